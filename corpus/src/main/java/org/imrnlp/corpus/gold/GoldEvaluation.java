package org.imrnlp.corpus.gold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.corpus.eval.Evaluation;
import org.imrnlp.corpus.eval.Evaluator;
import org.imrnlp.pipeline.ImrExtractor;

/**
 * Runs the extractor on every document of a {@link GoldCorpus} and scores it per group: split
 * ({@code test} first, then {@code dev}) by kind ({@code letter}, {@code note}), the group named
 * {@code SPLIT-KIND} ({@code test-letter}). Each group is scored on its own, so that the test
 * figures never mix with the figures of the documents rules were written from.
 */
public final class GoldEvaluation {

    /** The splits in report order. */
    public static final List<String> SPLITS = List.of("test", "dev");
    /** The kinds in report order. */
    public static final List<String> KINDS = List.of("letter", "note");

    private GoldEvaluation() {
    }

    /** The evaluation of each non-empty group, in report order. */
    public static Map<String, Evaluation> evaluate(GoldCorpus gold, ImrExtractor extractor) {
        return evaluate(gold, extractor, SPLITS);
    }

    /** The evaluation of each non-empty group of the given splits, in report order; other splits are not annotated. */
    public static Map<String, Evaluation> evaluate(GoldCorpus gold, ImrExtractor extractor, List<String> splits) {
        Map<String, Evaluation> groups = new LinkedHashMap<>();
        for (String split : SPLITS) {
            if (!splits.contains(split)) {
                continue;
            }
            for (String kind : KINDS) {
                List<GoldCorpus.Document> documents = gold.select(split, kind);
                if (documents.isEmpty()) {
                    continue;
                }
                Map<String, AnnotatedDocument> goldDocuments = new LinkedHashMap<>();
                Map<String, AnnotatedDocument> predicted = new LinkedHashMap<>();
                Map<String, String> texts = new LinkedHashMap<>();
                for (GoldCorpus.Document d : documents) {
                    String source = d.entry().source();
                    goldDocuments.put(source, d.gold());
                    texts.put(source, d.text());
                    predicted.put(source, extractor.extract(d.text(), source).toDocument());
                }
                groups.put(split + "-" + kind, Evaluator.builder().texts(texts::get).build().evaluate(goldDocuments, predicted));
            }
        }
        return groups;
    }
}
