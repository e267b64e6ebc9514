package org.imrnlp.annotators.context;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When {@link DocumentNouns} sees a document noun right after a mention. */
class DocumentNounsTest {

    private static final DocumentNouns NOUNS = new DocumentNouns(List.of("progress notes", "notes", " Records "));

    @Test
    void aNounAfterWhiteSpaceFollowsWhateverItsCase() {
        String text = "There are no physical therapy Progress Notes on file.";
        assertTrue(NOUNS.follows(text, text.indexOf(" Progress")));
        assertTrue(NOUNS.follows("no chiropractic records", "no chiropractic".length()));
    }

    @Test
    void aLongerWordOrNoSpaceIsNoNoun() {
        assertFalse(NOUNS.follows("no therapy notebook", "no therapy".length()));
        assertFalse(NOUNS.follows("no therapynotes", "no therapy".length()));
        assertFalse(NOUNS.follows("no therapy was noted", "no therapy".length()));
        assertFalse(NOUNS.follows("no therapy", "no therapy".length()));
    }
}
