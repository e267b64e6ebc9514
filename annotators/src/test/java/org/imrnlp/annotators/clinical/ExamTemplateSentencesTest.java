package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrnlp.core.ClinicalMention;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.MentionType;
import org.imrnlp.core.NegatedStatement;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templated PR-2 exam lines ({@code exam-template-sentences.txt}): signed results ({@code (-) SLR}),
 * signs not found ({@code no edema}), site labels before a colon, and where a negation ends.
 * Each case renders the exam findings and symptoms, negated ones marked {@code -}, then the
 * negated statements.
 */
class ExamTemplateSentencesTest {

    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    static Stream<Arguments> cases() {
        return SentenceCases.read("exam-template-sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheExpectedFindingsAndNegations(String note, String expected) {
        Extraction x = EXTRACTOR.extract(note.replace("\\n", "\n\n"));
        String found = x.all().stream()
                .filter(m -> m.type() == MentionType.EXAM_FINDING || m.type() == MentionType.SYMPTOM
                        || m.type() == MentionType.NEGATED_STATEMENT)
                .map(m -> m instanceof NegatedStatement n ? "NegatedStatement[" + n.text() + "] cue=" + n.cue()
                        : (m instanceof ClinicalMention c && c.assertion().negated() ? "-" : "") + SentenceCases.render(m))
                .collect(Collectors.joining("\n"));
        assertEquals(expected, found);
    }
}
