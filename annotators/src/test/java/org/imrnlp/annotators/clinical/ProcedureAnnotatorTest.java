package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.imrnlp.core.MentionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Procedure mentions in new sentences of the kinds case summaries and exam notes contain
 * ({@code procedure-sentences.txt}), found by the procedure annotator with only the engines it
 * declares it needs.
 */
class ProcedureAnnotatorTest {

    static Stream<Arguments> sentences() {
        return SentenceCases.read("procedure-sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheExpectedProcedures(String sentence, String expected) {
        assertEquals(expected, SentenceCases.renderAlone(sentence, MentionType.PROCEDURE, ProcedureAnnotator.class));
    }
}
