package org.imrnlp.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClinicalVocabularyTest {

    private static final ClinicalVocabulary VOCABULARY = ClinicalVocabulary.shared();

    /** Each token with its tags, e.g. {@code tunnel[diagnosis:I]}. */
    private static String tagged(String sentence) {
        String[] tokens = sentence.split(" ");
        List<List<String>> tags = VOCABULARY.tag(tokens);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            out.add(tags.get(i).isEmpty() ? tokens[i] : tokens[i] + tags.get(i));
        }
        return String.join(" ", out);
    }

    @Test
    void tagsPhrasesOfEachCategoryWithTheirFirstAndInnerTokens() {
        assertEquals("Left[laterality:B] carpal[diagnosis:B] tunnel[diagnosis:I] syndrome[diagnosis:I] with"
                        + " numbness[symptom:B] ; Spurling[exam_test:B] positive[exam_result:B] .",
                tagged("Left carpal tunnel syndrome with numbness ; Spurling positive ."));
    }

    @Test
    void matchesWordsAcrossPunctuationAndIgnoresCase() {
        assertEquals("LOW[body_site:B] -[body_site:I] BACK[body_site:I] hurts",
                tagged("LOW - BACK hurts"));
        assertEquals("an MRI[procedure:B] and Epidural[procedure:B] steroid[procedure:I]"
                        + " injection[procedure:I]",
                tagged("an MRI and Epidural steroid injection"));
    }

    @Test
    void abbreviationsMarkedExactMatchOnlyAsWritten() {
        assertEquals("ACHM[diagnosis:B] confirmed", tagged("ACHM confirmed"));
        assertEquals("achm confirmed", tagged("achm confirmed"));
    }

    @Test
    void leavesVocabularyStopTermsOut() {
        assertEquals("the disease", tagged("the disease"));
    }

    @Test
    void checksumIdentifiesTheVocabulary() {
        assertTrue(VOCABULARY.sha256().matches("[0-9a-f]{64}"), VOCABULARY.sha256());
        assertEquals(VOCABULARY.sha256(), ClinicalVocabulary.shared().sha256());
    }
}
