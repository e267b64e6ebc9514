package org.imrnlp.corpus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.imrnlp.annotators.ner.NerFloors;
import org.imrnlp.corpus.eval.Counts;
import org.junit.jupiter.api.Test;

/** How {@link FloorSweep} chooses a type's floor from the swept rows. */
class FloorSweepTest {

    private static FloorSweep.Row row(String type, double floor, Counts letter, Counts note) {
        return new FloorSweep.Row(type, floor, Map.of("letter", letter, "note", note));
    }

    @Test
    void takesTheBestMeanF1ThatLowersNoKindAndTheHigherFloorOfEqualScores() {
        Counts rules = new Counts(80, 10, 20);
        List<FloorSweep.Row> rows = List.of(
                row("ExamFinding", NerFloors.OFF, rules, rules),
                // most recall, but the notes lose F1
                row("ExamFinding", 0.0, new Counts(95, 10, 5), new Counts(82, 40, 18)),
                row("ExamFinding", 0.8, new Counts(84, 10, 16), new Counts(81, 10, 19)),
                row("ExamFinding", 0.9, new Counts(84, 10, 16), new Counts(81, 10, 19)),
                row("ExamFinding", 0.95, new Counts(81, 10, 19), rules));
        assertEquals(Map.of("ExamFinding", 0.9), FloorSweep.choose(List.of("ExamFinding"), rows).byType());
    }

    @Test
    void aTypeNoFloorImprovesIsOff() {
        Counts rules = new Counts(80, 10, 20);
        List<FloorSweep.Row> rows = List.of(
                row("Symptom", NerFloors.OFF, rules, rules),
                row("Symptom", 0.5, new Counts(82, 20, 18), new Counts(81, 30, 19)),
                row("Symptom", 0.98, rules, rules));
        assertEquals(Map.of("Symptom", NerFloors.OFF), FloorSweep.choose(List.of("Symptom"), rows).byType());
    }

    @Test
    void aFloorThatCostsMoreThanTheGuardInPrecisionIsNotChosenThoughItsF1IsBest() {
        Counts rules = new Counts(80, 10, 20);  // P 0.889
        List<FloorSweep.Row> rows = List.of(
                row("Diagnosis", NerFloors.OFF, rules, rules),
                // F1 0.878 in both kinds, but P 0.857: 0.032 below the rules'
                row("Diagnosis", 0.6, new Counts(90, 15, 10), new Counts(90, 15, 10)),
                // F1 0.862, P 0.884: within the guard
                row("Diagnosis", 0.8, new Counts(84, 11, 16), new Counts(84, 11, 16)));
        assertEquals(Map.of("Diagnosis", 0.8), FloorSweep.choose(List.of("Diagnosis"), rows).byType());
    }
}
