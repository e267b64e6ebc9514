package org.imrnlp.corpus.eval;

import static org.imrnlp.corpus.eval.Docs.a;
import static org.imrnlp.corpus.eval.Docs.doc;
import static org.imrnlp.corpus.eval.Docs.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinnedScoresTest {

    /** Medication strict F1 2/5, lenient 4/5; Diagnosis strict 0, lenient 1. */
    private static Evaluation evaluation() {
        return Evaluator.create().evaluate(
                set(doc("d.txt", a("M1", "Medication", 10, 18), a("M2", "Medication", 30, 36),
                        a("C1", "Diagnosis", 50, 70))),
                set(doc("d.txt", a("T1", "Medication", 10, 18), a("T2", "Medication", 29, 36),
                        a("T3", "Medication", 80, 85), a("T4", "Diagnosis", 55, 60))));
    }

    private static PinnedScores read(String tsv) throws IOException {
        return PinnedScores.read(new StringReader(tsv), "pins.tsv");
    }

    @Test
    void figuresAtOrAboveTheirPinsPass() throws IOException {
        PinnedScores pins = read("type\tstrict_f1\tlenient_f1\n# comment\n\nMedication\t0.4000\t0.8000\n"
                + "Diagnosis\t0.0\t1.0\n");
        assertEquals(List.of(), pins.check(evaluation()));
    }

    @Test
    void figuresWithinEpsilonBelowTheirPinsPass() throws IOException {
        assertEquals(List.of(), read("type\tstrict_f1\tlenient_f1\nMedication\t0.4004\t0.8004\n").check(evaluation()));
    }

    @Test
    void figuresBelowTheirPinsFailWithAMessageEach() throws IOException {
        PinnedScores pins = read("type\tstrict_f1\tlenient_f1\nMedication\t0.4006\t0.9\nDiagnosis\t0.0\t1.0\n"
                + "PainScore\t0.5\t0.5\n");
        assertEquals(List.of("Medication strict F1 0.4000 is below its pin 0.4006",
                "Medication lenient F1 0.8000 is below its pin 0.9000",
                "PainScore strict F1 0.0000 is below its pin 0.5000",
                "PainScore lenient F1 0.0000 is below its pin 0.5000"), pins.check(evaluation()));
    }

    @Test
    void pinsOfAnEvaluationAreWrittenRoundedDown() throws IOException {
        Evaluation e = Evaluator.create().evaluate(
                set(doc("d.txt", a("M1", "Medication", 0, 4), a("M2", "Medication", 5, 9), a("M3", "Medication", 10, 14))),
                set(doc("d.txt", a("T1", "Medication", 0, 4), a("T2", "Medication", 5, 9))));
        StringWriter out = new StringWriter();

        PinnedScores.of(e).write(out);

        assertEquals("type\tstrict_f1\tlenient_f1\nMedication\t0.8000\t0.8000\nMedication.assertion.subject\t1.0000\t1.0000\n",
                out.toString());
        assertTrue(read(out.toString()).check(e).isEmpty());
    }

    @Test
    void attributeAccuracyAndAssertionFlagsArePinnedAndChecked() throws IOException {
        // strength right on 1 of 2 matched medications; negated: gold 2, predicted 1, both on M1 (F1 2/3)
        Evaluation e = Evaluator.create().evaluate(
                set(doc("d.txt", Docs.negated("M1", "Medication", 0, 4, true), Docs.negated("M2", "Medication", 5, 9, true)),
                        doc("e.txt", a("M3", "Medication", 0, 4, "strength", "6 mg"), a("M4", "Medication", 5, 9, "strength", "2 mg"))),
                set(doc("d.txt", Docs.negated("T1", "Medication", 0, 4, true), Docs.negated("T2", "Medication", 5, 9, false)),
                        doc("e.txt", a("T3", "Medication", 0, 4, "strength", "6 mg"), a("T4", "Medication", 5, 9, "strength", "4 mg"))));
        StringWriter out = new StringWriter();

        PinnedScores.of(e).write(out);

        assertTrue(out.toString().contains("\nMedication.strength\t0.5000\t0.5000\n"), out.toString());
        assertTrue(out.toString().contains("\nassertion.negated\t0.6666\t0.6666\n"), out.toString());
        assertEquals(List.of("Medication.strength accuracy 0.5000 is below its pin 0.7500",
                "assertion.negated F1 0.6667 is below its pin 1.0000"),
                read("type\tstrict_f1\tlenient_f1\nMedication.strength\t0.75\t0.75\nassertion.negated\t1\t1\n").check(e));
    }

    @Test
    void aHeaderOnlyFilePinsNothing() throws IOException {
        assertTrue(read("type\tstrict_f1\tlenient_f1\n").isEmpty());
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        IOException e = assertThrows(IOException.class, () -> read("Medication\t0.4\t0.8\n"));
        assertTrue(e.getMessage().startsWith("pins.tsv: the first line must be the header"), e.getMessage());
    }

    @Test
    void aBadNumberNamesTheLine() {
        IOException e = assertThrows(IOException.class, () -> read("type\tstrict_f1\tlenient_f1\nMedication\tx\t0.8\n"));
        assertTrue(e.getMessage().startsWith("pins.tsv:2: not a number"), e.getMessage());
    }
}
