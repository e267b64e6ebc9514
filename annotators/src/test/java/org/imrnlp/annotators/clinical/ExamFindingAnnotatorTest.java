package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrnlp.core.ClinicalMention;
import org.imrnlp.core.MentionType;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** ExamFinding mentions in new sentences of the kinds case summaries and exam notes contain ({@code exam-finding-sentences.txt}). */
class ExamFindingAnnotatorTest {

    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    static Stream<Arguments> sentences() {
        return SentenceCases.read("exam-finding-sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheExpectedExamFindings(String sentence, String expected) {
        assertEquals(expected, SentenceCases.render(sentence, MentionType.EXAM_FINDING));
    }

    /** Each finding's text and whether it is negated (`-`) or affirmed (`+`), `;`-separated. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Deep tendon reflexes are trace at the knees and absent at the ankles.|+Deep tendon reflexes are trace at the knees;+absent at the ankles",
        "Reflexes are 2+ at the biceps and absent at the ankles bilaterally.|+Reflexes are 2+ at the biceps;+absent at the ankles bilaterally",
        "On exam, the lumbar spine shows no tenderness, spasm or guarding.|-tenderness;-spasm;-guarding",
        "Neurologic examination was within normal limits.|+Neurologic examination was within normal limits",
    })
    void findingsCarryTheirNegation(String sentence, String expected) {
        assertEquals(expected, signed(sentence, MentionType.EXAM_FINDING));
    }

    /** Under an examination heading, spasm is an exam finding even where the line names no exam. */
    @Test
    void spasmUnderAnExaminationHeadingIsAFinding() {
        String note = "PHYSICAL EXAMINATION:\n\nLumbar spine: paraspinal spasm on the left, no tenderness.\n\n"
                + "SUBJECTIVE:\n\nShe reports muscle spasms at night.\n";
        assertEquals("+paraspinal spasm on the left;-tenderness", signed(note, MentionType.EXAM_FINDING));
        assertEquals("+muscle spasms", signed(note, MentionType.SYMPTOM));
    }

    private static String signed(String text, MentionType type) {
        return EXTRACTOR.extract(text).all().stream()
                .filter(m -> m.type() == type)
                .map(m -> (((ClinicalMention) m).assertion().negated() ? "-" : "+") + m.text())
                .collect(Collectors.joining(";"));
    }
}
