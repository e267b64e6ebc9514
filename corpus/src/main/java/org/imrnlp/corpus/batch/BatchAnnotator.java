package org.imrnlp.corpus.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.imrnlp.corpus.format.Analysis;
import org.imrnlp.corpus.format.BratConfiguration;
import org.imrnlp.corpus.format.OutputFormat;
import org.imrnlp.corpus.format.TokenSpans;
import org.imrnlp.corpus.format.XmiFormat;
import org.imrnlp.pipeline.DocumentText;
import org.imrnlp.pipeline.ImrExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates every {@code .txt} and {@code .pdf} under a folder into a mirrored output folder,
 * on several threads sharing one {@link ImrExtractor}.
 *
 * <ul>
 * <li>Each letter {@code dir/name.txt} or {@code dir/name.pdf} gives {@code out/dir/name.EXT}
 *     for the format; a PDF also gives {@code out/dir/name.txt}, its extracted text, so that
 *     offsets stay meaningful (where {@code name.txt} and {@code name.pdf} both exist, the PDF's
 *     outputs are named {@code name.pdf.EXT}).</li>
 * <li>Every file is written to a temporary file in its folder and moved into place atomically;
 *     the main output is written last, so a letter is done exactly when it exists. A re-run
 *     skips done letters and removes temporary files an interrupted run left behind.</li>
 * <li>With {@link OutputFormat#JSONL} all letters go to one {@code annotations.jsonl}, one line
 *     each (source = the letter's path under the input folder); a re-run skips the sources it
 *     holds and drops a line cut off by an interruption.</li>
 * <li>XMI output gets the type system descriptor, BRAT output BRAT's {@code annotation.conf}
 *     and {@code visual.conf} for the types written, at the top of the output folder.</li>
 * <li>The types written are the format's {@link OutputFormat#defaultTypes()} (BRAT leaves out
 *     Section) unless {@link Builder#types} chooses them.</li>
 * <li>A letter that cannot be read or annotated gets {@code out/dir/name.error.json} with the
 *     message, and the batch goes on; a failed letter is tried again on a re-run.</li>
 * </ul>
 */
public final class BatchAnnotator {

    /** Suffix of the temporary files; files with it under the output folder are removed at start. */
    public static final String TEMP_SUFFIX = ".imrnlp-tmp";
    /** The JSON Lines output file. */
    public static final String JSONL_FILE = "annotations.jsonl";
    /** The lock file that keeps two batches from writing into one output folder at once. */
    public static final String LOCK_FILE = ".imrnlp-batch.lock";
    /** Suffix of a letter's error record. */
    public static final String ERROR_SUFFIX = ".error.json";

    private static final Logger LOG = LoggerFactory.getLogger(BatchAnnotator.class);

    private final Path input;
    private final Path output;
    private final OutputFormat format;
    private final List<String> types;
    private final int threads;
    private final ImrExtractor extractor;
    private final Listener listener;
    /** Output folders known to exist, so a folder is created (or checked) once, not per letter. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Error records a previous run left; removed when their letter is done. */
    private final Set<Path> errorRecords = ConcurrentHashMap.newKeySet();

    private BatchAnnotator(Builder b) {
        this.input = b.input;
        this.output = b.output;
        this.format = b.format;
        this.types = b.types == null ? b.format.defaultTypes() : b.types;
        this.threads = b.threads;
        this.extractor = b.extractor;
        this.listener = b.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What happened to one letter. */
    public enum Outcome { DONE, SKIPPED, FAILED }

    /** Told of progress; called from the worker threads. */
    public interface Listener {

        /** Before the first letter: how many letters there are in all. */
        default void started(int total) {
        }

        /** After each letter; {@code chars} is its text length (0 unless done). */
        default void finished(Path letter, Outcome outcome, long chars, String error) {
        }
    }

    /**
     * The counts of a run; {@code leftOut} counts the annotations the token-based formats (CoNLL,
     * OpenNLP) could not write in the letters done ({@link OutputFormat#leftOut}).
     */
    public record Summary(int done, int skipped, int failed, long chars, long nanos, TokenSpans.LeftOut leftOut) {

        /** How many letters were annotated per second. */
        public double lettersPerSecond() {
            return nanos == 0 ? 0 : done * 1e9 / nanos;
        }

        /** How many megabytes (10^6 characters) of text were annotated per second. */
        public double megabytesPerSecond() {
            return nanos == 0 ? 0 : chars * 1e3 / nanos;
        }
    }

    /** Annotates what is not done yet. */
    public Summary run() throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(output);
        checkWritable(output);
        try (FileChannel lockFile = FileChannel.open(output.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new IOException(output + ": another batch is writing into this folder (" + LOCK_FILE + " is locked)");
            }
            return runLocked(start);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IOException(output + ": another batch of this JVM is writing into this folder", e);
        }
    }

    private Summary runLocked(long start) throws IOException {
        folders.add(output);
        scanOutput();
        List<Letter> letters = letters();
        listener.started(letters.size());
        if (format == OutputFormat.XMI && !Files.exists(output.resolve(XmiFormat.TYPE_SYSTEM_FILE))) {
            writeAtomically(output.resolve(XmiFormat.TYPE_SYSTEM_FILE), XmiFormat::writeTypeSystem);
        }
        if (format == OutputFormat.BRAT && !Files.exists(output.resolve(BratConfiguration.FILE))) {
            writeString(output.resolve(BratConfiguration.FILE), BratConfiguration.annotationConf(types));
            writeString(output.resolve(BratConfiguration.VISUAL_FILE), BratConfiguration.visualConf(types));
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong chars = new AtomicLong();
        AtomicReference<TokenSpans.LeftOut> leftOut = new AtomicReference<>(TokenSpans.LeftOut.NONE);
        try (JsonLinesOutput lines = format == OutputFormat.JSONL ? JsonLinesOutput.open(output.resolve(JSONL_FILE)) : null) {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "imrnlp-batch");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>(letters.size());
                for (Letter letter : letters) {
                    futures.add(pool.submit(() -> {
                        Outcome outcome;
                        long length = 0;
                        String error = null;
                        if (isDone(letter, lines)) {
                            outcome = Outcome.SKIPPED;
                            skipped.incrementAndGet();
                        } else {
                            try {
                                Annotated annotated = annotate(letter, lines);
                                leftOut.accumulateAndGet(annotated.leftOut(), TokenSpans.LeftOut::plus);
                                length = annotated.chars();
                                outcome = Outcome.DONE;
                                done.incrementAndGet();
                                chars.addAndGet(length);
                            } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                                // an error on one letter (even out of memory: its allocations are dropped) never stops the others
                                error = message(letter, e);
                                recordError(letter, error);
                                outcome = Outcome.FAILED;
                                failed.incrementAndGet();
                            }
                        }
                        listener.finished(letter.file, outcome, length, error);
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("batch interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("batch failed: " + e.getCause().getMessage(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return new Summary(done.get(), skipped.get(), failed.get(), chars.get(), System.nanoTime() - start,
                leftOut.get());
    }

    private boolean isDone(Letter letter, JsonLinesOutput lines) {
        return lines != null ? lines.contains(letter.source) : Files.exists(letter.outputBase(format.extension()));
    }

    /** What annotating one letter gave: its length and the annotations its format left out. */
    private record Annotated(long chars, TokenSpans.LeftOut leftOut) {
    }

    private Annotated annotate(Letter letter, JsonLinesOutput lines) throws IOException {
        String text = DocumentText.read(letter.file, extractor.maxChars());
        Analysis analysis = Analysis.of(extractor, text, letter.source, format);
        createFolder(letter.outputDir);
        if (letter.isPdf && format != OutputFormat.BRAT) {
            writeString(letter.outputBase("txt"), text);
        }
        for (Map.Entry<String, String> file : format.render(analysis, types).entrySet()) {
            if (lines != null) {
                lines.append(file.getValue());
            } else {
                writeString(letter.outputBase(file.getKey().substring(1)), file.getValue());
            }
        }
        Path errorRecord = letter.outputBase(ERROR_SUFFIX.substring(1));
        if (errorRecords.remove(errorRecord)) {
            Files.deleteIfExists(errorRecord);
        }
        return new Annotated(text.length(), format.leftOut(analysis, types));
    }

    /** Fails at once, before any letter is annotated, if nothing can be written into {@code folder}. */
    private static void checkWritable(Path folder) throws IOException {
        Path probe;
        try {
            probe = Files.createTempFile(folder, ".imrnlp-probe", TEMP_SUFFIX);
        } catch (IOException e) {
            throw new IOException(folder + ": cannot write into the output folder (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        Files.delete(probe);
    }

    private static String message(Letter letter, Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e instanceof Error ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.getMessage();
        return message.contains(letter.file.toString()) ? message : letter.file + ": " + message;
    }

    private void recordError(Letter letter, String message) {
        try {
            createFolder(letter.outputDir);
            String json = "{\"source\": " + quote(letter.source) + ", \"error\": " + quote(message) + "}\n";
            writeString(letter.outputBase(ERROR_SUFFIX.substring(1)), json);
        } catch (IOException e) {
            LOG.warn("cannot write the error record for {}: {}", letter.source, e.getMessage());
        }
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static void writeString(Path target, String content) throws IOException {
        writeAtomically(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes through a temporary file in the target's folder, then moves it into place atomically. */
    static void writeAtomically(Path target, Writer writer) throws IOException {
        Path temp = TempFiles.beside(target, TEMP_SUFFIX);
        try {
            try (var out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a file's content. */
    @FunctionalInterface
    interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** Removes the temporary files an interrupted run left behind and notes the error records. */
    private void scanOutput() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                } else if (name.endsWith(ERROR_SUFFIX)) {
                    errorRecords.add(file);
                }
            }
        }
    }

    private void createFolder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    private List<Letter> letters() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).filter(DocumentText::isDocument).sorted().toList();
        }
        Set<Path> texts = new HashSet<>();
        for (Path f : files) {
            if (!DocumentText.isPdf(f)) {
                texts.add(stripExtension(f));
            }
        }
        List<Letter> letters = new ArrayList<>(files.size());
        for (Path file : files) {
            boolean pdf = DocumentText.isPdf(file);
            Path relative = input.relativize(file);
            Path base = pdf && texts.contains(stripExtension(file)) ? relative : stripExtension(relative);
            Path outputDir = relative.getParent() == null ? output : output.resolve(relative.getParent());
            letters.add(new Letter(file, relative.toString().replace('\\', '/'), pdf, outputDir,
                    base.getFileName().toString()));
        }
        return letters;
    }


    private static Path stripExtension(Path file) {
        String name = file.getFileName().toString();
        Path stripped = Path.of(name.substring(0, name.lastIndexOf('.')));
        return file.getParent() == null ? stripped : file.getParent().resolve(stripped);
    }

    /** One input file and where its outputs go. */
    private record Letter(Path file, String source, boolean isPdf, Path outputDir, String baseName) {

        Path outputBase(String extension) {
            return outputDir.resolve(baseName + "." + extension);
        }
    }

    /** Options; input, output and extractor are required. */
    public static final class Builder {

        private Path input;
        private Path output;
        private OutputFormat format = OutputFormat.JSON;
        private List<String> types;
        private int threads = 1;
        private ImrExtractor extractor;
        private Listener listener = new Listener() {
        };

        private Builder() {
        }

        /** The folder of letters, read recursively. */
        public Builder input(Path input) {
            this.input = Objects.requireNonNull(input, "input");
            return this;
        }

        /** The output folder (created if missing); it must not be inside the input folder. */
        public Builder output(Path output) {
            this.output = Objects.requireNonNull(output, "output");
            return this;
        }

        public Builder format(OutputFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * The annotation types to write (JSON names, or {@code all}); by default the format's
         * {@link OutputFormat#defaultTypes()}. XMI writes the whole CAS and takes none.
         */
        public Builder types(java.util.Collection<String> types) {
            this.types = OutputFormat.typesNamed(Objects.requireNonNull(types, "types"));
            return this;
        }

        /** Worker threads (at least 1). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The extractor the threads share; the caller closes it. */
        public Builder extractor(ImrExtractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public BatchAnnotator build() {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(extractor, "extractor");
            if (types != null && !format.choosesTypes()) {
                throw new IllegalArgumentException(format.name().toLowerCase(Locale.ROOT)
                        + " writes the whole CAS: the types cannot be chosen");
            }
            if (!Files.isDirectory(input)) {
                throw new IllegalArgumentException(input + ": not a folder");
            }
            Path in = input.toAbsolutePath().normalize();
            Path out = output.toAbsolutePath().normalize();
            if (out.startsWith(in)) {
                throw new IllegalArgumentException("the output folder " + output + " must not be inside the input folder "
                        + input);
            }
            input = in;
            output = out;
            return new BatchAnnotator(this);
        }
    }
}
