package org.imrnlp.corpus.train;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.ner.OpenNlpNerAnnotator;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.corpus.eval.Evaluation;
import org.imrnlp.corpus.eval.Evaluator;
import org.imrnlp.corpus.format.TokenizedText;
import org.imrnlp.models.ner.NerTrainer;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;

/**
 * Cross-validates a name finder trained on gold documents together with the rules: the
 * documents are dealt into {@code k} folds (letters and notes each dealt in turn, so every fold
 * holds both kinds), each fold is annotated by the rules plus a model trained on the other folds,
 * under each {@link Policy}, and every system is scored on all documents per kind ({@code letter},
 * {@code note}) with the project's {@link Evaluator} (strict and lenient, assertions included).
 * Systems: {@value #RULES} (the extractor without a model), {@value #MODEL} (the model alone,
 * scored on the model's types only) and one per policy.
 */
public final class GoldNerCrossValidation {

    /** The name of the rules-only system. */
    public static final String RULES = "rules";
    /** The name of the model-only system. */
    public static final String MODEL = "model";

    /**
     * How model spans join the rules: the annotator's overlap policy, lowest span probability, and
     * per-type floors ({@code TYPE=P}) that replace it for their types.
     */
    public record Policy(String overlap, double minProbability, List<String> typeFloors) {

        public Policy {
            Objects.requireNonNull(overlap, "overlap");
            typeFloors = List.copyOf(typeFloors);
        }

        public Policy(String overlap, double minProbability) {
            this(overlap, minProbability, List.of());
        }

        /** The system's name, e.g. {@code rules+model(any-entity,p>=0.50)}. */
        public String name() {
            return String.format(Locale.ROOT, "rules+model(%s,p>=%.2f%s)", overlap, minProbability,
                    typeFloors.isEmpty() ? "" : "," + String.join(",", typeFloors));
        }
    }

    /**
     * Per system (in the order rules, model, policies), per kind, the evaluation; per system, per
     * document source, its annotations; per source, the probability of each span the fold's model
     * found there ({@link #spanKey}).
     */
    public record Result(Map<String, Map<String, Evaluation>> systems,
                         Map<String, Map<String, AnnotatedDocument>> predicted,
                         Map<String, Map<String, Double>> probabilities) {
    }

    /** The key of a span in {@link Result#probabilities()}: {@code TYPE:BEGIN-END}. */
    public static String spanKey(String type, int begin, int end) {
        return type + ":" + begin + "-" + end;
    }

    private GoldNerCrossValidation() {
    }

    /**
     * Runs the cross-validation. {@code documents} were read by {@link NerCorpus#fromGold} with a
     * rules-only extractor (their {@code extracted} annotations are the rules' answers).
     */
    public static Result run(List<NerCorpus.GoldDocument> documents, List<String> types, NerTrainer trainer,
                             int folds, List<Policy> policies) throws IOException {
        if (folds < 2 || folds > documents.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of documents ("
                    + documents.size() + "), not " + folds);
        }
        List<List<NerCorpus.GoldDocument>> dealt = deal(documents, folds);
        Map<String, Map<String, AnnotatedDocument>> predicted = new LinkedHashMap<>();
        predicted.put(RULES, new LinkedHashMap<>());
        predicted.put(MODEL, new LinkedHashMap<>());
        policies.forEach(p -> predicted.put(p.name(), new LinkedHashMap<>()));
        Map<String, Map<String, Double>> probabilities = new LinkedHashMap<>();
        for (NerCorpus.GoldDocument d : documents) {
            predicted.get(RULES).put(source(d), d.extracted());
        }
        for (int k = 0; k < folds; k++) {
            List<NameSample> training = new ArrayList<>();
            for (int other = 0; other < folds; other++) {
                if (other != k) {
                    dealt.get(other).forEach(d -> training.addAll(d.sentences()));
                }
            }
            TokenNameFinderModel model = trainer.train(training);
            NameFinderME finder = new NameFinderME(model);
            for (NerCorpus.GoldDocument d : dealt.get(k)) {
                Map<String, Double> found = new LinkedHashMap<>();
                predicted.get(MODEL).put(source(d), modelOnly(finder, d, found));
                probabilities.put(source(d), found);
            }
            Path file = Files.createTempFile("imrnlp-cv-", ".bin");
            try {
                model.serialize(file);
                for (Policy policy : policies) {
                    try (ImrExtractor extractor = ImrExtractor.create(ImrPipeline.descriptionWithNer(
                            List.of(engine(file, policy))))) {
                        for (NerCorpus.GoldDocument d : dealt.get(k)) {
                            predicted.get(policy.name()).put(source(d),
                                    extractor.extract(d.document().text(), source(d)).toDocument());
                        }
                    } catch (ResourceInitializationException e) {
                        throw new IOException("cannot run the fold's model: " + e.getMessage(), e);
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
        Map<String, Map<String, Evaluation>> systems = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, AnnotatedDocument>> system : predicted.entrySet()) {
            Map<String, Evaluation> byKind = new LinkedHashMap<>();
            for (String kind : kinds(documents)) {
                Map<String, AnnotatedDocument> gold = new LinkedHashMap<>();
                Map<String, String> texts = new LinkedHashMap<>();
                for (NerCorpus.GoldDocument d : documents) {
                    if (d.document().entry().kind().equals(kind)) {
                        gold.put(source(d), d.document().gold());
                        texts.put(source(d), d.document().text());
                    }
                }
                Evaluator.Builder evaluator = Evaluator.builder().texts(texts::get);
                if (system.getKey().equals(MODEL)) {
                    evaluator.types(types);
                }
                Map<String, AnnotatedDocument> answers = new LinkedHashMap<>();
                gold.keySet().forEach(s -> answers.put(s, system.getValue().get(s)));
                byKind.put(kind, evaluator.build().evaluate(gold, answers));
            }
            systems.put(system.getKey(), byKind);
        }
        return new Result(systems, predicted, probabilities);
    }

    /** The engine running a fold's model file under a policy. */
    private static AnalysisEngineDescription engine(Path model, Policy policy) throws ResourceInitializationException {
        return createEngineDescription(OpenNlpNerAnnotator.class,
                OpenNlpNerAnnotator.PARAM_MODEL_FILE, model.toString(),
                OpenNlpNerAnnotator.PARAM_OVERLAP, policy.overlap(),
                OpenNlpNerAnnotator.PARAM_MIN_PROBABILITY, (float) policy.minProbability(),
                OpenNlpNerAnnotator.PARAM_TYPE_MIN_PROBABILITIES, policy.typeFloors().toArray(new String[0]));
    }

    /**
     * The model's spans in a document as annotations (offsets from the document's tokens), each
     * span's probability (the mean of its tokens', as the annotator's floors read it) put into
     * {@code probabilities}.
     */
    private static AnnotatedDocument modelOnly(NameFinderME finder, NerCorpus.GoldDocument d,
                                               Map<String, Double> probabilities) {
        List<Annotation> found = new ArrayList<>();
        List<List<TokenizedText.Token>> sentences = d.tokens().sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<TokenizedText.Token> tokens = sentences.get(s);
            String[] words = tokens.stream().map(TokenizedText.Token::text).toArray(String[]::new);
            Span[] spans = finder.find(words);
            double[] p = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                Span span = spans[i];
                int begin = tokens.get(span.getStart()).begin();
                int end = tokens.get(span.getEnd() - 1).end();
                probabilities.put(spanKey(span.getType(), begin, end), p[i]);
                found.add(new Annotation("M" + found.size(), span.getType(), begin, end,
                        d.document().text().substring(begin, end), Map.of(), null));
            }
        }
        finder.clearAdaptiveData();
        return new AnnotatedDocument(source(d), d.document().text().length(), found);
    }

    /** Documents dealt into folds: letters first, then notes, each document to the next fold in turn. */
    static List<List<NerCorpus.GoldDocument>> deal(List<NerCorpus.GoldDocument> documents, int folds) {
        List<List<NerCorpus.GoldDocument>> dealt = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            dealt.add(new ArrayList<>());
        }
        int next = 0;
        for (String kind : kinds(documents)) {
            for (NerCorpus.GoldDocument d : documents) {
                if (d.document().entry().kind().equals(kind)) {
                    dealt.get(next++ % folds).add(d);
                }
            }
        }
        return dealt;
    }

    private static List<String> kinds(List<NerCorpus.GoldDocument> documents) {
        return documents.stream().map(d -> d.document().entry().kind()).distinct().sorted().toList();
    }

    private static String source(NerCorpus.GoldDocument d) {
        return d.document().entry().source();
    }
}
