package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrnlp.core.MentionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagnoses, symptoms and procedures together in new sentences of workers' compensation progress
 * reports and letters ({@code wc-clinical-sentences.txt}): diagnosis lists in ICD and DSM wording,
 * injuries, imaging findings, complaints, and the treatments the disputes are about.
 */
class WorkersCompSentencesTest {

    static Stream<Arguments> sentences() {
        return SentenceCases.read("wc-clinical-sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheExpectedDiagnosesSymptomsAndProcedures(String sentence, String expected) {
        String found = Stream.of(MentionType.DIAGNOSIS, MentionType.SYMPTOM, MentionType.PROCEDURE)
                .map(type -> SentenceCases.render(sentence, type))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
        assertEquals(expected, found);
    }
}
