package org.imrnlp.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.uima.UIMAException;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceSpecifier;
import org.apache.uima.util.InvalidXMLException;
import org.imrnlp.annotators.ner.ClinicalNerModel;
import org.imrnlp.core.Extraction;
import org.imrnlp.models.FuzzyWords;
import org.imrnlp.models.RulePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: turns a letter or clinical note into an {@link Extraction}.
 *
 * <p>Thread-safe; create one and reuse it. Each calling thread borrows an analysis engine and a
 * CAS from a pool (created on first need, reused afterwards), and the lexicons behind the
 * engines are loaded once and shared. Close it to release the engines.
 *
 * <pre>{@code
 * try (ImrExtractor extractor = ImrExtractor.createDefault()) {
 *     Extraction x = extractor.extract(text);
 * }
 * }</pre>
 */
public final class ImrExtractor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImrExtractor.class);

    private final AnalysisEngineDescription description;
    private final int maxChars;
    /** The longest an extraction may take, or null for no limit. */
    private final Duration timeBudget;
    /** Threads that run extractions under a time budget (daemons, made on demand). */
    private final ExecutorService runners = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "imrnlp-extract");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    private ImrExtractor(AnalysisEngineDescription description, int maxChars, Duration timeBudget)
            throws ResourceInitializationException {
        this.description = description;
        this.maxChars = maxChars;
        this.timeBudget = timeBudget;
        long start = System.nanoTime();
        ExecutorService preloader = preloadDelegates(description);
        try {
            idle.push(newWorker());
        } finally {
            preloader.shutdownNow();
        }
        LOG.debug("IMR-NLP pipeline ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** An extractor running the default pipeline ({@link ImrPipeline#description()}). */
    public static ImrExtractor createDefault() {
        try {
            return new ImrExtractor(ImrPipeline.description(), DocumentText.DEFAULT_MAX_CHARS, DEFAULT_TIME_BUDGET);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("cannot initialise the IMR-NLP pipeline: " + e.getMessage(), e);
        }
    }

    /** A builder for an extractor running the default pipeline plus the caller's additions. */
    public static Builder builder() {
        return new Builder();
    }

    /** An extractor running a pipeline of the caller's (it must start with the clean-up annotator). */
    public static ImrExtractor create(AnalysisEngineDescription pipeline) throws ResourceInitializationException {
        return new ImrExtractor(Objects.requireNonNull(pipeline, "pipeline"), DocumentText.DEFAULT_MAX_CHARS,
                DEFAULT_TIME_BUDGET);
    }

    /** Extracts from {@code text}; the result's source is {@code "text"}. */
    public Extraction extract(String text) {
        return extract(text, "text");
    }

    /** Extracts from {@code text}, labelling the result with {@code source}. */
    public Extraction extract(String text, String source) {
        return extract(text, source, jcas -> { });
    }

    /**
     * Extracts from {@code text} and hands the analysed CAS to {@code casConsumer} before the
     * CAS goes back to the pool, for callers who also need what the extraction leaves out
     * (sentences, tokens) or the CAS itself (XMI). The consumer must not keep the CAS.
     */
    public Extraction extract(String text, String source, Consumer<JCas> casConsumer) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(casConsumer, "casConsumer");
        if (closed) {
            throw new IllegalStateException("extractor is closed");
        }
        if (text.length() > maxChars) {
            throw new ExtractionException(DocumentText.tooLong(source, text.length(), maxChars), null);
        }
        Worker worker = idle.poll();
        if (worker == null) {
            try {
                worker = newWorker();
            } catch (ResourceInitializationException e) {
                throw new ExtractionException("extraction failed for " + source + ": " + ExtractionException.reason(e), e);
            }
        }
        if (timeBudget == null) {
            return run(worker, text, source, casConsumer, new AtomicBoolean());
        }
        AtomicBoolean abandoned = new AtomicBoolean();
        Worker acquired = worker;
        Future<Extraction> future = runners.submit(() -> run(acquired, text, source, casConsumer, abandoned));
        try {
            return future.get(timeBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned.set(true);
            LOG.warn("extraction abandoned for source {}: over the time budget of {} ms", source, timeBudget.toMillis());
            throw new ExtractionException(source + ": took longer than the time budget of " + timeBudget.toMillis() / 1000.0
                    + " s (abandoned)", null);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new ExtractionException(e.getCause().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted while extracting " + source, e);
        }
    }

    /**
     * Runs the pipeline on {@code text} with {@code worker}, handed back to the pool after; a
     * worker whose extraction was {@code abandoned} (over the time budget) is destroyed when it is
     * done, not reused, and one that failed is dropped.
     */
    private Extraction run(Worker worker, String text, String source, Consumer<JCas> casConsumer,
                           AtomicBoolean abandoned) {
        try {
            worker.jcas.reset();
            worker.jcas.setDocumentText(text);
            worker.engine.process(worker.jcas);
            if (abandoned.get()) {
                worker.engine.destroy();
                throw new ExtractionException(source + ": abandoned", null);
            }
            Extraction extraction = ExtractionBuilder.build(worker.jcas, source);
            casConsumer.accept(worker.jcas);
            handBack(worker);
            return extraction;
        } catch (UIMAException | RuntimeException e) {
            if (e instanceof ExtractionException x && x.getCause() == null) {
                throw x;
            }
            String reason = ExtractionException.reason(e);
            LOG.warn("extraction failed for source {}: {}", source, reason);
            throw new ExtractionException("extraction failed for " + source + ": " + reason, e);
        }
    }

    /** Extracts from a {@code .txt} (UTF-8) or {@code .pdf} file; the source is its file name. */
    public Extraction extract(Path file) throws IOException {
        return extract(DocumentText.read(file, maxChars), file.getFileName().toString());
    }

    /** The default time budget of one extraction. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(120);

    /** The longest an extraction may take before it is abandoned with an error, or null for no limit. */
    public Duration timeBudget() {
        return timeBudget;
    }

    /** The longest text, in characters, this extractor annotates; a longer one is refused. */
    public int maxChars() {
        return maxChars;
    }

    /**
     * Runs the pipeline on {@code jcas} (whose document text is set) without building an
     * extraction, for callers who read the CAS themselves.
     */
    public void process(JCas jcas) throws UIMAException {
        if (closed) {
            throw new IllegalStateException("extractor is closed");
        }
        Worker worker = idle.poll();
        if (worker == null) {
            worker = newWorker();
        }
        try {
            worker.engine.process(jcas);
        } finally {
            handBack(worker);
        }
    }

    /** Returns a worker to the pool, or destroys it when the extractor was closed meanwhile. */
    private void handBack(Worker worker) {
        idle.push(worker);
        if (closed && idle.remove(worker)) {
            worker.engine.destroy();
        }
    }

    /**
     * Builds the aggregate's delegates, last first, on the other cores and drops them, while the
     * calling thread builds the CAS and the aggregate from the first delegate on: the resources
     * the delegates share (lexicons, compiled patterns) are loaded once per JVM, so the two
     * meet in the middle and start-up takes less wall time. A delegate that fails here fails
     * again, with its message, when the aggregate is built.
     */
    private static ExecutorService preloadDelegates(AnalysisEngineDescription description) {
        int helpers = Runtime.getRuntime().availableProcessors() - 1;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, helpers), r -> {
            Thread t = new Thread(r, "imrnlp-preload");
            t.setDaemon(true);
            return t;
        });
        if (helpers < 1 || description.isPrimitive()) {
            return pool;
        }
        List<ResourceSpecifier> delegates;
        try {
            delegates = new ArrayList<>(description.getDelegateAnalysisEngineSpecifiers().values());
        } catch (InvalidXMLException e) {
            return pool;
        }
        Collections.reverse(delegates);
        for (ResourceSpecifier delegate : delegates) {
            pool.execute(() -> {
                try {
                    UIMAFramework.produceAnalysisEngine(delegate).destroy();
                } catch (ResourceInitializationException | RuntimeException e) {
                    LOG.debug("preloading a delegate failed: {}", e.getClass().getName());
                }
            });
        }
        return pool;
    }

    private Worker newWorker() throws ResourceInitializationException {
        try {
            AnalysisEngine engine = AnalysisEngineFactory.createEngine(description);
            JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
            return new Worker(engine, jcas);
        } catch (UIMAException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        runners.shutdown();
        FuzzyWords.forgetAll();
        for (Worker worker = idle.poll(); worker != null; worker = idle.poll()) {
            worker.engine.destroy();
        }
    }

    /** Builds an extractor: the default pipeline, plus OpenNLP name-finder models and user dictionaries if added. */
    public static final class Builder {

        private final List<Path> nerModels = new ArrayList<>();
        private final List<Path> dictionaries = new ArrayList<>();
        private boolean clinicalModel;
        private int maxChars = DocumentText.DEFAULT_MAX_CHARS;
        private Duration timeBudget = DEFAULT_TIME_BUDGET;
        private Path rulePack;

        private Builder() {
        }

        /**
         * Reads vocabularies and rules from the rule pack at {@code location} (a directory or
         * {@code .zip} file with a {@value RulePack#MANIFEST} manifest; see {@link RulePack}) instead
         * of the built-in pack: its files replace the built-in ones of the same path, absent files
         * stay built in. Null means the built-in pack. A pack that cannot be used fails at once, and
         * a bad row fails {@link #build()}, with an {@link IllegalArgumentException} naming the file
         * and line. Extractors with different packs may run side by side in one JVM.
         */
        public Builder rulePack(Path location) {
            if (location != null) {
                RulePack pack = RulePack.open(location);
                if (!pack.unknownFiles().isEmpty()) {
                    LOG.warn("rule pack {}: files the annotators never read (misspelled or misplaced?): {}",
                            location, pack.unknownFiles());
                }
            }
            this.rulePack = location;
            return this;
        }

        /**
         * The longest text to annotate, in characters (default
         * {@value DocumentText#DEFAULT_MAX_CHARS}); a longer text or PDF is refused with an error
         * naming it. Time and memory per document grow linearly with its length.
         */
        public Builder maxChars(int maxChars) {
            if (maxChars < 1) {
                throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
            }
            this.maxChars = maxChars;
            return this;
        }

        /**
         * Adds an OpenNLP name-finder model (trained with {@code imrnlp train-ner}); its spans
         * become annotations of the model's types, placed after tokens so that later annotators
         * (context) see them.
         */
        public Builder addNerModel(Path model) {
            Objects.requireNonNull(model, "model");
            if (!Files.isRegularFile(model)) {
                throw new IllegalArgumentException("no such model file: " + model);
            }
            nerModels.add(model);
            return this;
        }

        /**
         * Also runs the clinical name-finder model shipped with the library
         * ({@link ClinicalNerModel}: exam findings, symptoms, diagnoses and
         * procedures the rules missed; default off).
         */
        public Builder clinicalModel(boolean enabled) {
            this.clinicalModel = enabled;
            return this;
        }

        /**
         * Adds a user dictionary (a licensed vocabulary the project cannot ship): a cTAKES BSV file
         * ({@code .bsv}, {@code CUI|TUI|TEXT} rows, types from the UMLS semantic type) or a TSV file
         * of term, type ({@code Medication}, {@code Diagnosis}, {@code Symptom}, {@code Procedure}) and
         * code. Its terms are matched after the built-in annotators and give their ids to mentions
         * as {@code conceptId} ({@link org.imrnlp.annotators.clinical.UserDictionaryAnnotator}).
         * A bad row fails {@link #build()} with an {@link IllegalArgumentException} naming the file
         * and line.
         */
        public Builder addDictionary(Path dictionary) {
            Objects.requireNonNull(dictionary, "dictionary");
            if (!Files.isRegularFile(dictionary)) {
                throw new IllegalArgumentException("no such dictionary file: " + dictionary);
            }
            dictionaries.add(dictionary);
            return this;
        }

        /**
         * The longest one extraction may take (default two minutes; null for no limit): past it the
         * caller gets an {@link ExtractionException} at once, and the abandoned work finishes on a
         * thread of its own and is thrown away. Linear engines and the character limit keep real
         * documents far below it (10 million characters take about 20 s).
         */
        public Builder timeBudget(Duration timeBudget) {
            if (timeBudget != null && (timeBudget.isNegative() || timeBudget.isZero())) {
                throw new IllegalArgumentException("the time budget must be positive: " + timeBudget);
            }
            this.timeBudget = timeBudget;
            return this;
        }

        /**
         * The extractor; throws {@link IllegalArgumentException} for a bad user dictionary and
         * {@link IllegalStateException} if a model cannot be loaded.
         */
        public ImrExtractor build() {
            try {
                List<AnalysisEngineDescription> engines = new ArrayList<>();
                if (clinicalModel) {
                    engines.add(ClinicalNerModel.engine());
                }
                for (Path model : nerModels) {
                    engines.add(ImrPipeline.nerEngine(model));
                }
                return new ImrExtractor(ImrPipeline.descriptionWithNer(engines, dictionaries, rulePack), maxChars,
                        timeBudget);
            } catch (ResourceInitializationException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof IllegalArgumentException bad) {
                        throw new IllegalArgumentException(bad.getMessage(), e);
                    }
                }
                throw new IllegalStateException("cannot initialise the IMR-NLP pipeline: " + e.getMessage(), e);
            }
        }
    }

    private record Worker(AnalysisEngine engine, JCas jcas) {
    }
}
