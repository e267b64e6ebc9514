package org.imrnlp.models.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderCrossValidator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains OpenNLP name-finder models from sentences of tokens with labelled spans
 * ({@link NameSample}s; a sample with {@code clearAdaptiveData} set starts a new document) and
 * measures them by k-fold cross-validation over documents. Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * NerTrainer trainer = NerTrainer.builder().iterations(100).build();
 * NerTrainer.Report cv = trainer.crossValidate(samples, 10);
 * TokenNameFinderModel model = trainer.train(samples);
 * }</pre>
 */
public final class NerTrainer {

    private final String language;
    private final int iterations;
    private final int cutoff;
    private final byte[] features;
    private final Map<String, String> manifest;

    static {
        NerExtensions.register();
    }

    private NerTrainer(Builder builder) {
        this.language = builder.language;
        this.iterations = builder.iterations;
        this.cutoff = builder.cutoff;
        this.features = builder.features;
        this.manifest = Map.copyOf(builder.manifest);
    }

    /** The feature-generator descriptor of the clinical name finder (resource {@value #CLINICAL_FEATURES}). */
    public static byte[] clinicalFeatures() {
        try (InputStream in = NerTrainer.class.getResourceAsStream(CLINICAL_FEATURES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CLINICAL_FEATURES);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Classpath location of the clinical feature-generator descriptor. */
    public static final String CLINICAL_FEATURES = "/org/imrnlp/models/ner/clinical-features.xml";

    public static Builder builder() {
        return new Builder();
    }

    /** A model trained on all of {@code samples}. */
    public TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        requireSamples(samples);
        return NameFinderME.train(language, null, new CollectionObjectStream<>(samples), parameters(), factory());
    }

    /**
     * Precision, recall and F1 over {@code folds} folds: each fold's documents are tagged by a
     * model trained on the other folds' documents; a span counts when type, start and end match.
     */
    public Report crossValidate(List<NameSample> samples, int folds) throws IOException {
        requireSamples(samples);
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, not " + folds);
        }
        long documents = samples.stream().filter(NameSample::isClearAdaptiveDataSet).count();
        if (documents < folds) {
            throw new IllegalArgumentException(documents + " documents are too few for " + folds + " folds");
        }
        SpanCounter counter = new SpanCounter();
        TokenNameFinderCrossValidator validator = new TokenNameFinderCrossValidator(language, null, parameters(),
                factory(), counter);
        validator.evaluate(new CollectionObjectStream<>(samples), folds);
        return new Report(counter.total(), counter.byType());
    }

    private static void requireSamples(List<NameSample> samples) {
        Objects.requireNonNull(samples, "samples");
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        if (!samples.get(0).isClearAdaptiveDataSet()) {
            throw new IllegalArgumentException("the first sentence must start a document (clearAdaptiveData)");
        }
    }

    /** OpenNLP's default factory, or one with this trainer's features and manifest entries. */
    private TokenNameFinderFactory factory() {
        return features == null && manifest.isEmpty() ? new TokenNameFinderFactory()
                : new ManifestNerFactory(features, manifest);
    }

    private TrainingParameters parameters() {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        return parameters;
    }

    /** Span counts and the scores made from them. */
    public record Scores(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Cross-validated scores over all types and per type (sorted by type name). */
    public record Report(Scores overall, Map<String, Scores> byType) {

        public Report {
            byType = Collections.unmodifiableMap(new TreeMap<>(byType));
        }
    }

    /** Options; defaults: English, 100 iterations, feature cutoff 5 (OpenNLP's defaults). */
    public static final class Builder {

        private String language = "en";
        private int iterations = TrainingParameters.ITERATIONS_DEFAULT_VALUE;
        private int cutoff = TrainingParameters.CUTOFF_DEFAULT_VALUE;
        private byte[] features;
        private Map<String, String> manifest = Map.of();

        private Builder() {
        }

        /**
         * The feature-generator descriptor (OpenNLP's XML form, e.g. {@link #clinicalFeatures()});
         * null (the default) for OpenNLP's default features.
         */
        public Builder features(byte[] descriptor) {
            this.features = descriptor == null ? null : descriptor.clone();
            return this;
        }

        /** Entries written into the model's manifest (e.g. version, types, training-data checksum). */
        public Builder manifest(Map<String, String> entries) {
            this.manifest = Map.copyOf(entries);
            return this;
        }

        /** The language code written into the model. */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /** Training iterations (at least 1). */
        public Builder iterations(int iterations) {
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be at least 1, not " + iterations);
            }
            this.iterations = iterations;
            return this;
        }

        /** Features seen fewer times than this are dropped (at least 0). */
        public Builder cutoff(int cutoff) {
            if (cutoff < 0) {
                throw new IllegalArgumentException("cutoff must not be negative, not " + cutoff);
            }
            this.cutoff = cutoff;
            return this;
        }

        public NerTrainer build() {
            return new NerTrainer(this);
        }
    }
}
