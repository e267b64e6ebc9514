package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrnlp.core.ClinicalMention;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.MentionType;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coordinated modifiers sharing one head ({@code suicidal or homicidal ideation}), capital therapy
 * abbreviations with a cue of a course of therapy ({@code 12 sessions of PT}, never {@code pt} or
 * {@code PT/INR}), consultations, pain sites after {@code at}, and heads with their abbreviation in
 * parentheses ({@code coordination-sentences.txt}).
 */
class CoordinationSentencesTest {

    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    static Stream<Arguments> sentences() {
        return SentenceCases.read("coordination-sentences.txt");
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

    /** The context annotator negates the whole coordinated mention a denial names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The patient denies bowel or bladder dysfunction.|bowel or bladder dysfunction|true",
        "She denies suicidal or homicidal ideation.|suicidal or homicidal ideation|true",
        "No bowel/bladder incontinence was reported.|bowel/bladder incontinence|true",
        "He reports upper and lower extremity weakness.|upper and lower extremity weakness|false"})
    void denialNegatesTheCoordinatedMention(String sentence, String text, boolean negated) {
        Extraction x = EXTRACTOR.extract(sentence);
        String found = x.all().stream().filter(m -> m.type() == MentionType.SYMPTOM)
                .map(m -> m.text() + "|" + ((ClinicalMention) m).assertion().negated()).collect(Collectors.joining(";"));
        assertEquals(text + "|" + negated, found);
    }
}
