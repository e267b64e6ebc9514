package org.imrnlp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Dose#written()} and the dose accessors a {@link Medication} derives from its Dose records. */
class DoseRecordTest {

    private static Dose dose(String id, int begin, DoseKind kind, String value, String unit) {
        return new Dose(id, begin, begin + 1, "x", kind, value, unit, "T1");
    }

    @Test
    void aDoseIsWrittenWithItsUnitOncePercentagesWithoutASpace() {
        assertEquals("10/325 mg", dose("T2", 0, DoseKind.STRENGTH, "10/325", "mg").written());
        assertEquals("5-10 mg", dose("T2", 0, DoseKind.STRENGTH, "5-10", "mg").written());
        assertEquals("50 mcg/hr", dose("T2", 0, DoseKind.STRENGTH, "50", "mcg/hr").written());
        assertEquals("0.1%", dose("T2", 0, DoseKind.STRENGTH, "0.1", "%").written());
        assertEquals("3 ml", dose("T2", 0, DoseKind.AMOUNT, "3", "ml").written());
        assertEquals("600 mg/400 units", dose("T2", 0, DoseKind.STRENGTH, "600 mg/400 units", null).written());
        assertEquals("q6h", dose("T2", 0, DoseKind.FREQUENCY, "q6h", null).written());
        assertEquals("0.5", dose("T2", 0, DoseKind.STRENGTH, "0.5", "").written());
    }

    @Test
    void theMedicationsDoseAttributesComeFromItsDosesFirstOfEachKindAndEveryFrequency() {
        List<Dose> doses = List.of(dose("T2", 10, DoseKind.STRENGTH, "10/325", "mg"),
                dose("T3", 20, DoseKind.FREQUENCY, "q6h", null), dose("T4", 30, DoseKind.FREQUENCY, "PRN", null),
                dose("T5", 40, DoseKind.QUANTITY, "120", null));
        Medication norco = new Medication("T1", 0, 5, "Norco", "hydrocodone/acetaminophen", null, "opioid", doses,
                null, Assertion.AFFIRMED);
        assertEquals("10/325 mg", norco.strength());
        assertEquals("q6h, PRN", norco.frequency());
        assertEquals(2, norco.doses(DoseKind.FREQUENCY).size());
        assertEquals("120", norco.quantity());
        assertNull(norco.amount());
        assertTrue(norco.dose(DoseKind.ROUTE).isEmpty());
        assertEquals(Map.of("normalized", "hydrocodone/acetaminophen", "drugClass", "opioid", "strength", "10/325 mg",
                "frequency", "q6h, PRN", "quantity", "120"), norco.attributes());
    }

    @Test
    void theDoseListIsACopyAndNeverNull() {
        List<Dose> doses = new ArrayList<>(List.of(dose("T2", 10, DoseKind.STRENGTH, "5", "mg")));
        Medication m = new Medication("T1", 0, 5, "Norco", null, null, null, doses, null, Assertion.AFFIRMED);
        doses.clear();
        assertEquals(1, m.doses().size());
        assertThrows(UnsupportedOperationException.class, () -> m.doses().clear());
        assertEquals(List.of(), new Medication("T1", 0, 5, "Norco", null, null, null, null, null,
                Assertion.AFFIRMED).doses());
    }
}
