package org.imrnlp.annotators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrnlp.annotators.text.SentenceSplitter.Bounds;
import org.junit.jupiter.api.Test;

/** The shared sentence rule on plain strings (SentenceAnnotatorTest covers it inside the pipeline). */
class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

    private static List<String> split(String text, int maxChars) {
        return SPLITTER.split(text, maxChars).stream().map(b -> text.substring(b.begin(), b.end())).toList();
    }

    @Test
    void splitsAtSentenceEndsAndLineBreaksWithoutWhiteSpaceAtTheEnds() {
        assertEquals(List.of("He was seen by Dr. Lee.", "He denies fever.", "Cough is present."),
                split("  He was seen by Dr. Lee. He denies fever.\nCough is present.  ", Integer.MAX_VALUE));
        assertEquals(List.of(new Bounds(2, 25)), SPLITTER.split("  He was seen by Dr. Lee.", 100));
    }

    @Test
    void anInitialOrAnAbbreviationEndsNoSentence() {
        assertEquals(1, split("Reviewed by J. Smith and Dr. Lee on 3/4/14.", Integer.MAX_VALUE).size());
        assertEquals(2, split("He saw Dr. Lee. He is better.", Integer.MAX_VALUE).size());
    }

    @Test
    void theAbbreviationsAreTheSplittersOwn() {
        String text = "He was seen by Dr. Lee today.";
        assertEquals(2, SentenceSplitter.of(List.of()).split(text, Integer.MAX_VALUE).size());
        assertEquals(1, SentenceSplitter.of(List.of("DR")).split(text, Integer.MAX_VALUE).size());
    }

    @Test
    void aLongRunIsCutAtItsLastSpaceBeforeTheLimit() {
        String text = "word ".repeat(30).strip();
        List<String> parts = split(text, 42);
        assertTrue(parts.size() > 1);
        for (String p : parts) {
            assertTrue(p.length() <= 42 && p.startsWith("word") && p.endsWith("word"), p);
        }
        assertEquals(text.replace(" ", ""), String.join("", parts).replace(" ", ""));
    }
}
