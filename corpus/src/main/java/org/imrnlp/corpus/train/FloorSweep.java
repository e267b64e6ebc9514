package org.imrnlp.corpus.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imrnlp.annotators.ner.NerFloors;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.corpus.eval.Counts;
import org.imrnlp.corpus.eval.Evaluation;
import org.imrnlp.corpus.eval.Evaluator;
import org.imrnlp.corpus.eval.TypeScore;

/**
 * Chooses a name finder's per-type probability floors from a cross-validation of the rules plus
 * the model ({@link GoldNerCrossValidation}) run with no floor: for each candidate floor, every
 * model span below it is taken out of that run's answers and each type is scored (lenient, letters
 * and notes apart). A span's fate does not depend on the other model spans (the name finder's spans
 * of a sentence never overlap, and a span is kept out only by the rules' entities), so this gives
 * each type's figures the annotator would give with that floor. Per type the chosen floor has the
 * best mean F1 over the kinds among the floors that lower F1 in no kind and precision in no kind by
 * more than {@link #PRECISION_GUARD}; where none raises the mean F1 over the rules' the type is
 * {@link NerFloors#OFF}; of equal scores the higher floor wins. The precision guard keeps the
 * floors where a reader can trust what the model adds: without it the sweep chose 0.60 for
 * diagnoses on 70 dev documents, and about a third of the spans that floor added to unlabelled
 * letters and notes were wrong ({@code Acute}, {@code right hand}, {@code nerve roots}).
 */
public final class FloorSweep {

    /** The floors tried. */
    public static final List<Double> CANDIDATES = List.of(0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98);
    /** How far below the rules' precision, in any kind, a chosen floor's precision may fall. */
    public static final double PRECISION_GUARD = 0.02;

    /** One type under one floor ({@link NerFloors#OFF}: the rules alone): lenient counts per kind. */
    public record Row(String type, double floor, Map<String, Counts> byKind) {

        /** The mean over the kinds of the F1. */
        public double meanF1() {
            return byKind.values().stream().mapToDouble(Counts::f1).average().orElse(0);
        }
    }

    /** Every row (per type: the rules, then each candidate floor), the chosen floors, and spans with no probability. */
    public record Result(List<Row> rows, NerFloors chosen, int unmatchedSpans) {
    }

    private FloorSweep() {
    }

    /**
     * Sweeps the floors of {@code types} over the cross-validation {@code cv}, whose system
     * {@code unfloored} ran the model with no floor.
     */
    public static Result sweep(List<NerCorpus.GoldDocument> documents, List<String> types,
                               GoldNerCrossValidation.Result cv, String unfloored) {
        Map<String, AnnotatedDocument> rules = cv.predicted().get(GoldNerCrossValidation.RULES);
        Map<String, AnnotatedDocument> combined = cv.predicted().get(unfloored);
        if (combined == null) {
            throw new IllegalArgumentException("no system " + unfloored + " in the cross-validation");
        }
        Map<String, List<Annotation>> modelSpans = new LinkedHashMap<>();
        Map<String, Double> probability = new LinkedHashMap<>();
        int unmatched = 0;
        for (NerCorpus.GoldDocument d : documents) {
            String source = d.document().entry().source();
            Set<String> ruleKeys = new HashSet<>();
            rules.get(source).annotations().forEach(a -> ruleKeys.add(key(a)));
            Map<String, Double> found = cv.probabilities().getOrDefault(source, Map.of());
            List<Annotation> added = new ArrayList<>();
            for (Annotation a : combined.get(source).annotations()) {
                if (types.contains(a.type()) && !ruleKeys.contains(key(a))) {
                    Double p = found.get(key(a));
                    if (p == null) {
                        unmatched++;
                    } else {
                        added.add(a);
                        probability.put(source + "\t" + a.id(), p);
                    }
                }
            }
            modelSpans.put(source, added);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Map<String, Counts>> rulesCounts = score(documents, types, rules);
        types.forEach(t -> rows.add(new Row(t, NerFloors.OFF, rulesCounts.get(t))));
        for (double floor : CANDIDATES) {
            Map<String, AnnotatedDocument> answers = new LinkedHashMap<>();
            for (Map.Entry<String, AnnotatedDocument> e : combined.entrySet()) {
                String source = e.getKey();
                Set<Annotation> dropped = new HashSet<>();
                for (Annotation a : modelSpans.getOrDefault(source, List.of())) {
                    if (probability.get(source + "\t" + a.id()) < floor) {
                        dropped.add(a);
                    }
                }
                List<Annotation> kept = e.getValue().annotations().stream().filter(a -> !dropped.contains(a)).toList();
                answers.put(source, new AnnotatedDocument(source, e.getValue().textLength(), kept));
            }
            Map<String, Map<String, Counts>> counts = score(documents, types, answers);
            types.forEach(t -> rows.add(new Row(t, floor, counts.get(t))));
        }
        return new Result(rows, choose(types, rows), unmatched);
    }

    /** Per type, the chosen floor among {@code rows} (see the class comment). */
    static NerFloors choose(List<String> types, List<Row> rows) {
        Map<String, Double> chosen = new LinkedHashMap<>();
        for (String type : types) {
            Row off = rows.stream().filter(r -> r.type().equals(type) && r.floor() == NerFloors.OFF).findFirst()
                    .orElseThrow();
            Row best = off;
            for (Row r : rows) {
                if (!r.type().equals(type) || r == off || lowersAKind(r, off)) {
                    continue;
                }
                double gain = r.meanF1() - best.meanF1();
                if (gain > 1e-9 || (Math.abs(gain) <= 1e-9 && best != off && r.floor() > best.floor())) {
                    best = r;
                }
            }
            chosen.put(type, best.floor());
        }
        return new NerFloors(chosen);
    }

    private static boolean lowersAKind(Row r, Row off) {
        return r.byKind().entrySet().stream().anyMatch(e -> {
            Counts rules = off.byKind().get(e.getKey());
            return e.getValue().f1() < rules.f1() - 1e-9
                    || e.getValue().precision() < rules.precision() - PRECISION_GUARD - 1e-9;
        });
    }

    /** Per type, per kind, the lenient counts of {@code answers}. */
    private static Map<String, Map<String, Counts>> score(List<NerCorpus.GoldDocument> documents, List<String> types,
                                                         Map<String, AnnotatedDocument> answers) {
        Map<String, Map<String, Counts>> byType = new LinkedHashMap<>();
        types.forEach(t -> byType.put(t, new LinkedHashMap<>()));
        for (String kind : documents.stream().map(d -> d.document().entry().kind()).distinct().sorted().toList()) {
            Map<String, AnnotatedDocument> gold = new LinkedHashMap<>();
            Map<String, AnnotatedDocument> predicted = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (NerCorpus.GoldDocument d : documents) {
                if (d.document().entry().kind().equals(kind)) {
                    String source = d.document().entry().source();
                    gold.put(source, d.document().gold());
                    predicted.put(source, answers.get(source));
                    texts.put(source, d.document().text());
                }
            }
            Evaluation e = Evaluator.builder().types(types).texts(texts::get).build().evaluate(gold, predicted);
            for (String t : types) {
                byType.get(t).put(kind, e.type(t).map(TypeScore::lenient).orElse(Counts.ZERO));
            }
        }
        return byType;
    }

    private static String key(Annotation a) {
        return GoldNerCrossValidation.spanKey(a.type(), a.begin(), a.end());
    }
}
