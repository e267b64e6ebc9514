package org.imrnlp.annotators.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.imrnlp.models.RulePackException;
import org.imrnlp.models.TsvTable;
import org.junit.jupiter.api.Test;

/** The per-type floors of a name finder as a TSV file. */
class NerFloorsTest {

    private static NerFloors parse(String... lines) {
        return NerFloors.of(TsvTable.parse("floors.tsv", List.of(lines)));
    }

    @Test
    void readsNumbersAndOffAndWritesThemBack() {
        NerFloors floors = parse("type\tfloor", "Symptom\toff", "ExamFinding\t0.85");
        assertEquals(Map.of("ExamFinding", 0.85, "Symptom", NerFloors.OFF), floors.byType());
        assertArrayEquals(new String[] {"ExamFinding=0.85", "Symptom=2.0"}, floors.parameterEntries());
        List<String> lines = floors.lines(List.of("how they were chosen"));
        assertEquals(List.of("# how they were chosen", "type\tfloor", "ExamFinding\t0.85", "Symptom\toff"), lines);
        assertEquals(floors, parse(lines.subList(1, lines.size()).toArray(new String[0])));
    }

    @Test
    void aBadRowIsAnErrorNamingItsLine() {
        RulePackException e = assertThrows(RulePackException.class, () -> parse("type\tfloor", "Symptom\t1.5"));
        assertTrue(e.getMessage().startsWith("floors.tsv:2:"), e.getMessage());
        assertThrows(RulePackException.class, () -> parse("type\tfloor", "Symptom\thigh"));
        assertThrows(RulePackException.class, () -> parse("type\tfloor", "Symptom\t0.5", "Symptom\t0.6"));
    }

    @Test
    void theShippedFloorsNameEveryTypeOfTheModel() {
        assertEquals(List.of("Diagnosis", "ExamFinding", "Procedure", "Symptom"),
                List.copyOf(ClinicalNerModel.floors().byType().keySet()));
    }
}
