package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.imrnlp.core.MentionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Diagnosis mentions in new sentences of the kinds case summaries and exam notes contain ({@code diagnosis-sentences.txt}). */
class DiagnosisAnnotatorTest {

    static Stream<Arguments> sentences() {
        return SentenceCases.read("diagnosis-sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheExpectedDiagnosiss(String sentence, String expected) {
        assertEquals(expected, SentenceCases.render(sentence, MentionType.DIAGNOSIS));
    }
}
