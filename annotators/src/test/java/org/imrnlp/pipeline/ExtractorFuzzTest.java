package org.imrnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Mention;
import org.imrnlp.core.text.CleanText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Jazzer fuzz targets over the whole pipeline and the clean-up. {@code mvn verify} runs them in
 * regression mode, on the inputs committed under
 * {@code src/test/resources/org/imrnlp/pipeline/ExtractorFuzzTestInputs/} (earlier crashes
 * included); {@code JAZZER_FUZZ=1 mvn -pl annotators -am test -Dtest=ExtractorFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} fuzzes (see the README), and a crash it finds is saved
 * there as a new regression input.
 */
class ExtractorFuzzTest {

    private static ImrExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    /** Any text is annotated, and every annotation's text is the input at its offsets. */
    @FuzzTest(maxDuration = "60s")
    void extract(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Extraction x = extractor.extract(text, "fuzz");
        for (Mention m : x.all()) {
            assertTrue(0 <= m.begin() && m.begin() <= m.end() && m.end() <= text.length());
            assertEquals(text.substring(m.begin(), m.end()), m.text());
        }
    }

    /** The clean-up maps every clean character back into the original text, in order. */
    @FuzzTest(maxDuration = "30s")
    void cleanText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        CleanText clean = CleanText.of(text);
        int previous = 0;
        for (int i = 0; i < clean.text().length(); i++) {
            int original = clean.toOriginal(i);
            assertTrue(0 <= original && original < Math.max(1, text.length()), () -> "offset outside the text");
            assertTrue(original >= previous, () -> "offsets out of order");
            previous = original;
        }
    }
}
