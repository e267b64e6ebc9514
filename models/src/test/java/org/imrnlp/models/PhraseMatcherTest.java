package org.imrnlp.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher<String> matcher = PhraseMatcher.of(Map.of(
            "muscle relaxant", "class", "muscle relaxants", "class", "norco", "drug", "low back pain", "symptom",
            "back pain", "symptom"));

    private List<String> found(String text) {
        return matcher.findAll(text).stream().map(m -> text.substring(m.begin(), m.end())).toList();
    }

    @Test
    void prefersTheLongestPhraseAndIgnoresCase() {
        assertEquals(List.of("Muscle Relaxants", "NORCO"), found("Muscle Relaxants such as NORCO were tried."));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertEquals(List.of(), found("Norcodeine and relaxant muscles are not phrases here"));
    }

    @Test
    void letsAnyWhitespaceRunMatchOneSpace() {
        assertEquals(List.of("low  back\n pain"), found("complains of low  back\n pain today"));
    }

    @Test
    void findsAPhraseThatStartsInsideALongerFailedMatch() {
        assertEquals(List.of("back pain"), found("lower back pain"));
    }
}
