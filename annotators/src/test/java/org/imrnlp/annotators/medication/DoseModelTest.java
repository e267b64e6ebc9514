package org.imrnlp.annotators.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.imrnlp.core.Dose;
import org.imrnlp.core.DoseKind;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Medication;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dose values live in one place: each medication lists its {@link Dose} records, and its strength,
 * amount, ... are derived from them, written as prescribers write them (never {@code mg/mg}).
 */
class DoseModelTest {

    private static ImrExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static Medication only(Extraction x) {
        assertEquals(1, x.medications().size(), x.medications().toString());
        return x.medications().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        She takes Norco 10/325 mg one tablet every six hours as needed.            | 10/325 | mg     | 10/325 mg
        He was switched to Percocet 7.5/325mg twice daily.                          | 7.5/325 | mg    | 7.5/325 mg
        Norco 7.5-325 mg was continued for breakthrough pain.                       | 7.5/325 | mg    | 7.5/325 mg
        Trial of Norco 10 mg/325 mg was requested.                                  | 10/325 | mg     | 10/325 mg
        Ibuprofen 600-800 mg three times a day with food.                           | 600-800 | mg    | 600-800 mg
        Cyclobenzaprine 5 mg at bedtime was prescribed.                             | 5      | mg     | 5 mg
        She applies Butrans 10 mcg/hour patches weekly.                             | 10     | mcg/hr | 10 mcg/hr
        Fentanyl 50 mcg/hr transdermal patch every 72 hours.                        | 50     | mcg/hr | 50 mcg/hr
        Capsaicin 0.1% cream applied to the knee.                                   | 0.1    | %      | 0.1%
        Diclofenac gel 1 percent four times daily.                                  | 1      | %      | 1%
        Calcium 600 mg/400 units daily for bone health.                             | 600 mg/400 units |  | 600 mg/400 units
        """)
    void strengthIsWrittenAsPrescribersWriteIt(String sentence, String value, String unit, String written) {
        Medication med = only(extractor.extract(sentence));
        Dose strength = med.dose(DoseKind.STRENGTH).orElseThrow();
        assertEquals(value, strength.value());
        assertEquals(unit, strength.unit());
        assertEquals(written, strength.written());
        assertEquals(written, med.strength());
        assertEquals(written, med.attributes().get("strength"));
    }

    @Test
    void theMedicationListsTheSameDoseRecordsTheExtractionHolds() {
        Extraction x = extractor.extract("Norco 10/325 mg 1 tablet PO q6h PRN pain #120 with 2 refills. "
                + "Tizanidine 4 mg at bedtime.");
        assertEquals(2, x.medications().size());
        for (Medication med : x.medications()) {
            List<Dose> linked = x.doses().stream().filter(d -> med.id().equals(d.medicationId())).toList();
            assertEquals(linked, med.doses());
            for (int i = 0; i < linked.size(); i++) {
                assertSame(linked.get(i), med.doses().get(i));
            }
        }
        Medication norco = x.medications().get(0);
        assertEquals("10/325 mg", norco.strength());
        assertEquals("1", norco.amount());
        assertEquals("tablet", norco.form());
        assertEquals("oral", norco.route());
        assertEquals("q6h, PRN", norco.frequency());
        assertEquals(List.of("q6h", "PRN"), norco.doses(DoseKind.FREQUENCY).stream().map(Dose::value).toList());
        assertEquals("120", norco.quantity());
        assertEquals("2", norco.refills());
        assertNull(norco.duration());
        assertEquals("4 mg", x.medications().get(1).strength());
    }

    @Test
    void aVolumeInjectedIsAnAmountWithItsUnit() {
        Extraction x = extractor.extract("The joint was injected with 3 cc of 1% lidocaine and 40 mg of Kenalog.");
        Medication lidocaine = x.medications().get(0);
        Dose amount = lidocaine.dose(DoseKind.AMOUNT).orElseThrow();
        assertEquals("3", amount.value());
        assertEquals("ml", amount.unit());
        assertEquals("3 ml", lidocaine.amount());
        assertEquals("1%", lidocaine.strength());
        assertEquals("40 mg", x.medications().get(1).strength());
    }

    @Test
    void aCompoundCreamSharesItsPercentagesByIngredientWithOnePercentSign() {
        Extraction x = extractor.extract("Flurbiprofen/Cyclobenzaprine/Menthol cream (20%/10%/4%) 180 gm was requested.");
        assertEquals(List.of("20/10%", "4%"), x.medications().stream().map(Medication::strength).toList());
    }
}
