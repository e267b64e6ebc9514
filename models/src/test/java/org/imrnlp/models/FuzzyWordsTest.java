package org.imrnlp.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyWordsTest {

    private final FuzzyWords words = FuzzyWords.of(
            List.of("radiculopathy", "discectomy", "diskectomy", "sciatica", "neuropathy", "short"), 8,
            length -> length >= 12 ? 2 : 1);

    private String near(String word) {
        return words.near(word).stream().map(n -> n.word() + ":" + n.distance()).sorted().toList().toString();
    }

    @Test
    void findsSubstitutionsInsertionsDeletionsAndTranspositionsAsOneEdit() {
        assertEquals("[radiculopathy:1]", near("radiculapathy"));
        assertEquals("[neuropathy:1]", near("neuropathyy"));
        assertEquals("[neuropathy:1]", near("neuropaty"));
        assertEquals("[neuropathy:1]", near("nueropathy"));
        assertEquals("[sciatica:1]", near("sciaitca"));
    }

    @Test
    void allowsTwoEditsOnlyWhereTheWordLengthSaysSo() {
        assertEquals("[radiculopathy:2]", near("radiculapaty"));
        assertEquals("[]", near("nueropaty"));
    }

    @Test
    void reportsEveryNearWordAndNeverTheWordItselfOrAnotherFirstLetter() {
        assertEquals("[discectomy:1, diskectomy:1]", near("disectomy"));
        assertEquals("[diskectomy:1]", near("discectomy"));
        assertEquals("[]", near("ruropathy"));
        assertEquals("[]", near("shorts"));
    }
}
