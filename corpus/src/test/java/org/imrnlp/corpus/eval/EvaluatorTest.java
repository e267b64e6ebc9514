package org.imrnlp.corpus.eval;

import static org.imrnlp.corpus.eval.Docs.a;
import static org.imrnlp.corpus.eval.Docs.doc;
import static org.imrnlp.corpus.eval.Docs.negated;
import static org.imrnlp.corpus.eval.Docs.set;
import static org.imrnlp.corpus.eval.Docs.withAssertion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.json.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final double EXACT = 1e-12;

    private static Evaluation evaluate(Map<String, AnnotatedDocument> gold, Map<String, AnnotatedDocument> pred) {
        return Evaluator.create().evaluate(gold, pred);
    }

    private static void assertPrf(Counts c, double p, double r, double f1) {
        assertEquals(p, c.precision(), EXACT, "precision of " + c);
        assertEquals(r, c.recall(), EXACT, "recall of " + c);
        assertEquals(f1, c.f1(), EXACT, "F1 of " + c);
    }

    @Test
    void strictNeedsTheSameSpanLenientAnOverlap() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt",
                a("M1", "Medication", 10, 18), a("M2", "Medication", 30, 36), a("C1", "Diagnosis", 50, 70)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt",
                a("T1", "Medication", 10, 18), a("T2", "Medication", 29, 36), a("T3", "Medication", 80, 85),
                a("T4", "Diagnosis", 55, 60)));

        Evaluation e = evaluate(gold, pred);

        TypeScore med = e.type("Medication").orElseThrow();
        assertEquals(2, med.gold());
        assertEquals(3, med.predicted());
        assertEquals(new Counts(1, 2, 1), med.strict());
        assertPrf(med.strict(), 1.0 / 3, 1.0 / 2, 2.0 / 5);
        assertEquals(new Counts(2, 1, 0), med.lenient());
        assertPrf(med.lenient(), 2.0 / 3, 1.0, 4.0 / 5);

        TypeScore dx = e.type("Diagnosis").orElseThrow();
        assertEquals(new Counts(0, 1, 1), dx.strict());
        assertPrf(dx.strict(), 0, 0, 0);
        assertEquals(new Counts(1, 0, 0), dx.lenient());
        assertPrf(dx.lenient(), 1, 1, 1);

        TypeScore micro = e.micro();
        assertEquals(3, micro.gold());
        assertEquals(4, micro.predicted());
        assertPrf(micro.strict(), 1.0 / 4, 1.0 / 3, 2.0 / 7);
        assertPrf(micro.lenient(), 3.0 / 4, 1.0, 6.0 / 7);
    }

    @Test
    void typesAreListedInTheGuidesOrder() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("S1", "Section", 0, 100),
                a("C1", "Diagnosis", 5, 9), a("M1", "Medication", 20, 25)));
        assertEquals(List.of("Medication", "Diagnosis", "Section"),
                evaluate(gold, gold).types().stream().map(TypeScore::type).toList());
    }

    @Test
    void oneLongPredictionMatchesOnlyOneOfTheGoldItOverlaps() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("C1", "Diagnosis", 0, 10), a("C2", "Diagnosis", 12, 20)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt", a("T1", "Diagnosis", 0, 20)));

        TypeScore dx = evaluate(gold, pred).type("Diagnosis").orElseThrow();

        assertEquals(new Counts(1, 0, 1), dx.lenient());
        assertPrf(dx.lenient(), 1, 1.0 / 2, 2.0 / 3);
    }

    @Test
    void twoPredictionsInsideOneGoldGiveOneMatchAndOneFalseHit() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("X1", "ExamFinding", 0, 10)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt", a("T1", "ExamFinding", 0, 5), a("T2", "ExamFinding", 5, 10)));

        TypeScore x = evaluate(gold, pred).type("ExamFinding").orElseThrow();

        assertEquals(new Counts(1, 1, 0), x.lenient());
        assertEquals(new Counts(0, 2, 1), x.strict());
    }

    @Test
    void lenientMatchingFindsTheMostPairsNotTheGreedyOnes() {
        // A overlaps X by 5 and Y by 4, B only X by 6: greedy A-X would leave B unmatched.
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("A", "Symptom", 0, 10), a("B", "Symptom", 9, 20)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt", a("X", "Symptom", 5, 15), a("Y", "Symptom", 0, 4)));

        Evaluation e = evaluate(gold, pred);

        assertEquals(new Counts(2, 0, 0), e.type("Symptom").orElseThrow().lenient());
        assertEquals(2, e.errors().stream().filter(x -> x.kind() == EvaluationError.Kind.BOUNDARY).count());
    }

    @Test
    void exactSpansArePairedBeforeOverlappingOnes() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("A", "Procedure", 10, 20)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt", a("X", "Procedure", 8, 20), a("Y", "Procedure", 10, 20)));

        TypeScore p = evaluate(gold, pred).type("Procedure").orElseThrow();

        assertEquals(new Counts(1, 1, 0), p.strict());
        assertEquals(new Counts(1, 1, 0), p.lenient());
    }

    @Test
    void aRepeatedPredictionIsAFalseHit() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("M1", "Medication", 3, 9)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt", a("T1", "Medication", 3, 9), a("T2", "Medication", 3, 9)));

        TypeScore m = evaluate(gold, pred).type("Medication").orElseThrow();

        assertEquals(new Counts(1, 1, 0), m.strict());
        assertEquals(new Counts(1, 1, 0), m.lenient());
    }

    @Test
    void sameSpanOfAnotherTypeDoesNotMatch() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("C1", "Diagnosis", 0, 10)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt", a("T1", "Symptom", 0, 10)));

        Evaluation e = Evaluator.builder().types(List.of("Diagnosis", "Symptom")).build().evaluate(gold, pred);

        assertEquals(new Counts(0, 0, 1), e.type("Diagnosis").orElseThrow().lenient());
        assertEquals(new Counts(0, 1, 0), e.type("Symptom").orElseThrow().lenient());
    }

    @Test
    void countsAddUpOverDocuments() {
        Map<String, AnnotatedDocument> gold = set(doc("a.txt", a("M1", "Medication", 0, 5)),
                doc("b.txt", a("M1", "Medication", 0, 5), a("M2", "Medication", 10, 15)));
        Map<String, AnnotatedDocument> pred = set(doc("a.txt", a("T1", "Medication", 0, 5)),
                doc("b.txt", a("T1", "Medication", 10, 14)));

        TypeScore m = evaluate(gold, pred).type("Medication").orElseThrow();

        assertEquals(new Counts(1, 1, 2), m.strict());
        assertEquals(new Counts(2, 0, 1), m.lenient());
        assertPrf(m.lenient(), 1, 2.0 / 3, 4.0 / 5);
    }

    @Test
    void aGoldDocumentWithoutPredictionCountsAsAllMisses() {
        Map<String, AnnotatedDocument> gold = set(doc("a.txt", a("M1", "Medication", 0, 5)),
                doc("b.txt", a("M1", "Medication", 0, 5), a("M2", "Medication", 10, 15)));
        Map<String, AnnotatedDocument> pred = set(doc("a.txt", a("T1", "Medication", 0, 5)),
                doc("c.txt", a("T1", "Medication", 0, 5)));

        Evaluation e = evaluate(gold, pred);

        assertEquals(new Counts(1, 0, 2), e.type("Medication").orElseThrow().lenient());
        assertEquals(List.of("b.txt"), e.missingPredictions());
        assertEquals(List.of("c.txt"), e.ungradedPredictions());
        assertEquals(2, e.documents());
    }

    @Test
    void typesTheGoldDoesNotAnnotateAreLeftOutButCounted() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("M1", "Medication", 0, 5)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt", a("T1", "Medication", 0, 5), a("T2", "Section", 0, 50),
                a("T3", "Section", 50, 90), a("T4", "Date", 60, 66)));

        Evaluation e = evaluate(gold, pred);

        assertEquals(List.of("Medication"), e.types().stream().map(TypeScore::type).toList());
        assertEquals(Map.of("Section", 2, "Date", 1), e.unscoredTypes());
        assertPrf(e.micro().lenient(), 1, 1, 1);
    }

    @Test
    void chosenTypesAreScoredEvenWhenTheGoldHasNone() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("M1", "Medication", 0, 5)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt", a("T1", "Medication", 0, 5), a("T2", "PainScore", 20, 24)));

        Evaluation e = Evaluator.builder().types(List.of("PainScore")).build().evaluate(gold, pred);

        assertEquals(1, e.types().size());
        assertEquals(new Counts(0, 1, 0), e.type("PainScore").orElseThrow().lenient());
        assertEquals(Map.of("Medication", 1), e.unscoredTypes());
    }

    @Test
    void agreementComparesSharedDocumentsOverEitherAnnotatorsTypesAndIsSymmetric() {
        Map<String, AnnotatedDocument> first = set(
                doc("a.txt", a("M1", "Medication", 0, 5), a("M2", "Medication", 10, 15), a("C1", "Diagnosis", 20, 30)),
                doc("only-first.txt", a("M1", "Medication", 0, 5)));
        Map<String, AnnotatedDocument> second = set(
                doc("a.txt", a("X1", "Medication", 0, 5), a("X2", "Medication", 11, 15), a("X3", "Symptom", 40, 45)),
                doc("only-second.txt", a("X1", "Medication", 0, 5)));

        Evaluation ab = Evaluator.create().agreement(first, second);
        Evaluation ba = Evaluator.create().agreement(second, first);

        assertEquals(1, ab.documents());
        assertEquals(List.of("Medication", "Diagnosis", "Symptom"), ab.types().stream().map(TypeScore::type).toList());
        assertEquals(new Counts(1, 1, 1), ab.type("Medication").orElseThrow().strict());
        assertEquals(new Counts(1, 1, 1), ba.type("Medication").orElseThrow().strict());
        assertEquals(1.0 / 2, ab.type("Medication").orElseThrow().strict().f1(), EXACT);
        assertEquals(1.0, ab.type("Medication").orElseThrow().lenient().f1(), EXACT);
        assertEquals(new Counts(0, 0, 1), ab.type("Diagnosis").orElseThrow().lenient());
        assertEquals(new Counts(0, 1, 0), ba.type("Diagnosis").orElseThrow().lenient());
        assertEquals(ab.micro().lenient().f1(), ba.micro().lenient().f1(), EXACT);
        assertEquals(2.0 / 3, ab.micro().lenient().f1(), EXACT);
    }

    @Test
    void attributeAccuracyCountsCorrectWrongMissingAndExtraValues() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt",
                a("M1", "Medication", 0, 10, "normalized", "tizanidine"),
                a("M2", "Medication", 20, 30, "normalized", "gabapentin"),
                a("M3", "Medication", 40, 50, "normalized", "hydrocodone/acetaminophen"),
                a("M4", "Medication", 60, 70),
                a("M5", "Medication", 80, 90, "normalized", "clonazepam")));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt",
                a("T1", "Medication", 0, 10, "normalized", " Tizanidine "),
                a("T2", "Medication", 22, 30, "normalized", "pregabalin"),
                a("T3", "Medication", 40, 50),
                a("T4", "Medication", 60, 70, "strength", "6 mg")));

        Evaluation e = evaluate(gold, pred);

        AttributeScore normalized = e.attribute("Medication", "normalized").orElseThrow();
        assertEquals(new AttributeScore("Medication", "normalized", 3, 1, 1, 1, 0), normalized);
        assertEquals(1.0 / 3, normalized.accuracy(), EXACT);
        assertEquals(new AttributeScore("Medication", "strength", 0, 0, 0, 0, 1),
                e.attribute("Medication", "strength").orElseThrow());
    }

    @Test
    void valuesCompareWithCaseAndSpacesIgnored() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt",
                a("D1", "DisputedItem", 0, 40, "decision", "UPHELD", "guideline", "MTUS  Chronic Pain"),
                a("D2", "DateOfInjury", 50, 57, "iso", "2007-02-10"),
                a("D3", "Date", 60, 68, "iso", "2013-05", "role", "report")));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt",
                a("T1", "DisputedItem", 0, 40, "decision", "upheld", "guideline", "MTUS Chronic\nPain"),
                a("T2", "DateOfInjury", 50, 57, "iso", "2007-10-02"),
                a("T3", "Date", 60, 68, "iso", "2013-05", "role", "other")));

        Evaluation e = evaluate(gold, pred);

        assertEquals(1.0, e.attribute("DisputedItem", "decision").orElseThrow().accuracy());
        assertEquals(1.0, e.attribute("DisputedItem", "guideline").orElseThrow().accuracy());
        assertEquals(0.0, e.attribute("DateOfInjury", "iso").orElseThrow().accuracy());
        assertEquals(1.0, e.attribute("Date", "iso").orElseThrow().accuracy());
        assertEquals(0.0, e.attribute("Date", "role").orElseThrow().accuracy());
    }

    @Test
    void referenceAttributesCompareTheAnnotationsTheyPointAt() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt",
                a("M1", "Medication", 0, 8), a("M2", "Medication", 30, 35),
                a("M3", "Dose", 9, 12, "kind", "strength", "medication", "M1"),
                a("M4", "Dose", 13, 16, "kind", "quantity", "medication", "M1"),
                a("N1", "NegatedStatement", 40, 60, "cue", "no", "target", "spasm")));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt",
                a("T1", "Medication", 0, 8), a("T2", "Dose", 9, 12, "kind", "strength", "medication", "T1"),
                a("T3", "Dose", 13, 16, "kind", "strength", "medication", "T4"), a("T4", "Medication", 30, 35),
                a("T5", "NegatedStatement", 40, 60, "cue", "No", "target", "T6"),
                new org.imrnlp.core.json.Annotation("T6", "ExamFinding", 50, 56, "spasm", Map.of(), null)));

        Evaluation e = evaluate(gold, pred);

        assertEquals(new AttributeScore("Dose", "medication", 2, 1, 1, 0, 0),
                e.attribute("Dose", "medication").orElseThrow());
        assertEquals(new AttributeScore("Dose", "kind", 2, 1, 1, 0, 0), e.attribute("Dose", "kind").orElseThrow());
        assertEquals(1.0, e.attribute("NegatedStatement", "target").orElseThrow().accuracy());
        assertEquals(1.0, e.attribute("NegatedStatement", "cue").orElseThrow().accuracy());
    }

    @Test
    void negatedIsScoredOverMatchedClinicalAnnotations() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt",
                negated("C1", "Diagnosis", 0, 5, true),
                negated("C2", "Symptom", 10, 15, true),
                negated("C3", "ExamFinding", 20, 25, false),
                negated("C4", "Medication", 30, 35, false),
                negated("C5", "Procedure", 40, 45, false),
                negated("C6", "Diagnosis", 50, 55, true),
                a("C7", "Dose", 60, 65)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt",
                negated("T1", "Diagnosis", 0, 5, true),
                negated("T2", "Symptom", 11, 15, false),
                negated("T3", "ExamFinding", 20, 25, true),
                negated("T4", "Medication", 30, 35, false),
                a("T5", "Procedure", 40, 45),
                a("T7", "Dose", 60, 65)));

        Evaluation e = evaluate(gold, pred);

        AssertionScore neg = e.assertion("negated").orElseThrow();
        assertEquals(5, neg.pairs());
        assertEquals(2, neg.gold());
        assertEquals(2, neg.predicted());
        assertEquals(new Counts(1, 1, 1), neg.counts());
        assertPrf(neg.counts(), 1.0 / 2, 1.0 / 2, 1.0 / 2);
        assertEquals(new AssertionScore("uncertain", 5, 0, 0, Counts.ZERO), e.assertion("uncertain").orElseThrow());
    }

    @Test
    void otherFlagsAndTheSubjectAreScoredToo() {
        Assertion family = new Assertion(false, false, true, false, Assertion.Subject.FAMILY);
        Assertion uncertain = new Assertion(false, true, false, false, Assertion.Subject.PATIENT);
        Map<String, AnnotatedDocument> gold = set(doc("d.txt",
                withAssertion("C1", "Diagnosis", 0, 5, family), withAssertion("C2", "Procedure", 10, 15, uncertain)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt",
                withAssertion("T1", "Diagnosis", 0, 5, Assertion.AFFIRMED),
                withAssertion("T2", "Procedure", 10, 15, uncertain)));

        Evaluation e = evaluate(gold, pred);

        assertEquals(new Counts(0, 0, 1), e.assertion("historical").orElseThrow().counts());
        assertEquals(new Counts(1, 0, 0), e.assertion("uncertain").orElseThrow().counts());
        assertEquals(new AttributeScore("Diagnosis", Evaluator.SUBJECT, 1, 0, 1, 0, 0),
                e.attribute("Diagnosis", Evaluator.SUBJECT).orElseThrow());
        assertEquals(1.0, e.attribute("Procedure", Evaluator.SUBJECT).orElseThrow().accuracy());
    }

    @Test
    void errorsListEveryMissFalseHitBoundaryAndAttributeWithContext() {
        String text = "Current medications include Zanaflex 6 mg and\nNorco 10/325.\n\nThe patient denies "
                + "suicidal ideations but reports depression.";
        int zan = text.indexOf("Zanaflex");
        int norco = text.indexOf("Norco");
        int si = text.indexOf("suicidal ideations");
        int dep = text.indexOf("depression");
        Map<String, AnnotatedDocument> gold = set(doc("d.txt",
                Docs.t("M1", "Medication", text, zan, zan + 8),
                Docs.t("M2", "Medication", text, norco, norco + 5),
                new org.imrnlp.core.json.Annotation("C1", "Symptom", si, si + 18, "suicidal ideations", Map.of(),
                        new Assertion(true, false, false, false, Assertion.Subject.PATIENT))));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt",
                Docs.t("T1", "Medication", text, zan, zan + 13),
                new org.imrnlp.core.json.Annotation("T2", "Symptom", si, si + 18, "suicidal ideations", Map.of(),
                        Assertion.AFFIRMED),
                Docs.t("T3", "Symptom", text, dep, dep + 10)));

        Evaluation e = Evaluator.builder().texts(Map.of("d.txt", text)::get).build().evaluate(gold, pred);

        assertEquals(List.of(
                new EvaluationError("d.txt", EvaluationError.Kind.BOUNDARY, "Medication", zan, zan + 8, "Zanaflex",
                        "predicted " + zan + "-" + (zan + 13) + " \"Zanaflex 6 mg\"",
                        "Current medications include [[Zanaflex]] 6 mg and Norco 10/325. The patient den"),
                new EvaluationError("d.txt", EvaluationError.Kind.MISS, "Medication", norco, norco + 5, "Norco", "",
                        "t medications include Zanaflex 6 mg and [[Norco]] 10/325. The patient denies suicidal id"),
                new EvaluationError("d.txt", EvaluationError.Kind.ATTRIBUTE, "Symptom", si, si + 18,
                        "suicidal ideations", "negated: gold=true predicted=false",
                        "g and Norco 10/325. The patient denies [[suicidal ideations]] but reports depression."),
                new EvaluationError("d.txt", EvaluationError.Kind.FALSE_HIT, "Symptom", dep, dep + 10, "depression", "",
                        "t denies suicidal ideations but reports [[depression]].")), e.errors());
    }

    @Test
    void errorListingIsTabSeparatedWithAHeader() throws Exception {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt", a("M1", "Medication", 0, 5)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt", a("T1", "Medication", 7, 9)));
        java.io.StringWriter out = new java.io.StringWriter();

        EvaluationReport.writeErrors(evaluate(gold, pred), out);

        assertEquals(EvaluationReport.ERRORS_HEADER + "\n"
                + "d.txt\tMISS\tMedication\t0\t5\t\t\t\n"
                + "d.txt\tFALSE_HIT\tMedication\t7\t9\t\t\t\n", out.toString());
    }

    @Test
    void contextIsOneLineAndStopsAtTheTextsEnds() {
        assertEquals("a b [[c d]] e", Evaluator.context("a\n\n b \tc\nd e", 7, 10));
        assertEquals("", Evaluator.context("short", 2, 9));
        String longText = "x".repeat(100) + "PAIN" + "y".repeat(100);
        String context = Evaluator.context(longText, 100, 104);
        assertEquals("x".repeat(40) + "[[PAIN]]" + "y".repeat(40), context);
    }

    @Test
    void theTableShowsCountsAndFigures() {
        Map<String, AnnotatedDocument> gold = set(doc("d.txt",
                a("M1", "Medication", 10, 18), a("M2", "Medication", 30, 36)));
        Map<String, AnnotatedDocument> pred = set(doc("d.txt",
                a("T1", "Medication", 10, 18), a("T2", "Medication", 29, 36), a("T3", "Medication", 80, 85)));

        String table = EvaluationReport.table(evaluate(gold, pred));

        assertEquals("""
                type           gold   pred | strict               | lenient
                                           |      P      R     F1 |      P      R     F1
                Medication        2      3 | 0.3333 0.5000 0.4000 | 0.6667 1.0000 0.8000
                micro             2      3 | 0.3333 0.5000 0.4000 | 0.6667 1.0000 0.8000

                attributes (lenient matches)
                type         attribute         compared correct wrong missing extra accuracy
                Medication   assertion.subject        2       2     0       0     0   1.0000

                assertion flags (lenient matches of clinical types; P/R/F1 of true)
                flag        pairs  gold  pred    tp    fp    fn |      P      R     F1
                negated         2     0     0     0     0     0 | 1.0000 1.0000 1.0000
                uncertain       2     0     0     0     0     0 | 1.0000 1.0000 1.0000
                historical      2     0     0     0     0     0 | 1.0000 1.0000 1.0000
                generic         2     0     0     0     0     0 | 1.0000 1.0000 1.0000
                """, table);
    }
}
