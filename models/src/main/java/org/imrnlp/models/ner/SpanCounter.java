package org.imrnlp.models.ner;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluationMonitor;
import opennlp.tools.util.Span;

/** Counts matched, extra and missed spans per type while OpenNLP evaluates a name finder. */
final class SpanCounter implements TokenNameFinderEvaluationMonitor {

    private final Map<String, int[]> counts = new TreeMap<>();

    @Override
    public void correctlyClassified(NameSample reference, NameSample prediction) {
        count(reference, prediction);
    }

    @Override
    public void misclassified(NameSample reference, NameSample prediction) {
        count(reference, prediction);
    }

    private synchronized void count(NameSample reference, NameSample prediction) {
        Set<Span> gold = new HashSet<>(Set.of(reference.getNames()));
        for (Span span : prediction.getNames()) {
            int[] c = counts.computeIfAbsent(span.getType(), t -> new int[3]);
            if (gold.remove(span)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (Span missed : gold) {
            counts.computeIfAbsent(missed.getType(), t -> new int[3])[2]++;
        }
    }

    synchronized NerTrainer.Scores total() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new NerTrainer.Scores(tp, fp, fn);
    }

    synchronized Map<String, NerTrainer.Scores> byType() {
        Map<String, NerTrainer.Scores> scores = new TreeMap<>();
        counts.forEach((type, c) -> scores.put(type, new NerTrainer.Scores(c[0], c[1], c[2])));
        return scores;
    }
}
