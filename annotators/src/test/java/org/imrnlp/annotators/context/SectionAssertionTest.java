package org.imrnlp.annotators.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.ClinicalMention;
import org.imrnlp.core.Extraction;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Section headings that set the assertion of the mentions under them (context-section-assertions.tsv). */
class SectionAssertionTest {

    private static ImrExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private static List<String> render(String text) {
        Extraction x = extractor.extract(text);
        return x.diagnoses().stream().map(d -> d.text() + " " + flags(d.assertion())).toList();
    }

    private static String flags(Assertion a) {
        return (a.historical() ? "historical " : "") + a.subject().toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void mentionsUnderAPastHistoryHeadingAreHistorical() {
        assertEquals(List.of("lumbar radiculopathy patient", "Hypertension historical patient", "asthma historical patient"),
                render("HISTORY OF PRESENT ILLNESS:, She reports lumbar radiculopathy.,PAST MEDICAL HISTORY:, Hypertension"
                        + " and asthma.,PLAN:, Physical therapy."));
    }

    @Test
    void aFamilyHistoryIsNotAlsoHistorical() {
        assertEquals(List.of("hypertension family"),
                render("FAMILY HISTORY:\nHer brother has a history of hypertension.\nPLAN:\nFollow up."));
    }

    @Test
    void mentionsUnderAFamilyHistoryHeadingAreTheFamilys() {
        assertEquals(List.of("hypertension family", "diabetes family", "Chronic pain patient"),
                render("FAMILY HISTORY:\nMother has hypertension and diabetes.\nASSESSMENT:\nChronic pain."));
    }
}
