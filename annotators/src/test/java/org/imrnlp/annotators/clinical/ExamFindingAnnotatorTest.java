package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.imrnlp.core.MentionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ExamFinding mentions in new sentences of the kinds case summaries and exam notes contain ({@code exam-finding-sentences.txt}). */
class ExamFindingAnnotatorTest {

    static Stream<Arguments> sentences() {
        return SentenceCases.read("exam-finding-sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheExpectedExamFindings(String sentence, String expected) {
        assertEquals(expected, SentenceCases.render(sentence, MentionType.EXAM_FINDING));
    }
}
