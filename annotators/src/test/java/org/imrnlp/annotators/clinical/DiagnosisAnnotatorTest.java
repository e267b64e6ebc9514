package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.imrnlp.core.MentionType;
import org.imrnlp.models.ResourceFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagnosis mentions in new sentences of the kinds case summaries and exam notes contain
 * ({@code diagnosis-sentences.txt}), found by the diagnosis annotator with only the engines it
 * declares it needs.
 */
class DiagnosisAnnotatorTest {

    static Stream<Arguments> sentences() {
        return SentenceCases.read("diagnosis-sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheExpectedDiagnosiss(String sentence, String expected) {
        assertEquals(expected, SentenceCases.renderAlone(sentence, MentionType.DIAGNOSIS, DiagnosisAnnotator.class));
    }

    static Stream<String> fuzzyStopwords() {
        return ResourceFiles.lines("clinical/fuzzy-stopwords.txt").stream().map(String::strip);
    }

    /** The words of {@code fuzzy-stopwords.txt} never become clinical mentions, in any case. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fuzzyStopwords")
    void stopWordsAreNeverReadAsMisspelledHeads(String word) {
        String sentence = "The reviewer noted " + word + " and " + word.toUpperCase(java.util.Locale.ROOT) + " today.";
        for (MentionType type : new MentionType[] {MentionType.DIAGNOSIS, MentionType.SYMPTOM, MentionType.PROCEDURE}) {
            assertEquals("", SentenceCases.render(sentence, type), type + " in: " + sentence);
        }
    }
}
