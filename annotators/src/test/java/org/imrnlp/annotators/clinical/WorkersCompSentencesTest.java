package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrnlp.core.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
        assertEquals(expected, render(sentence));
    }

    /**
     * Pain that starts an item of a progress report's diagnosis list, or has a code written next
     * to it, is a Diagnosis; pain the narrative under the list reports stays a Symptom.
     */
    @Test
    void painListedUnderADiagnosesHeadingIsADiagnosis() {
        String note = "DIAGNOSES:\n\n \n\n1. Lumbar spine sprain/strain.\n\n2. M54.5 - Low back pain\n\n"
                + "3. Neck pain with radiation to the right arm\n\n4. G89.29 Other chronic pain\n\n"
                + "The patient reports low back pain radiating to the left leg.\n\n";
        assertEquals("""
                Diagnosis[Lumbar spine sprain/strain] bodySite=lumbar spine
                Diagnosis[Low back pain] bodySite=low back icd10=M54.5
                Diagnosis[Neck pain with radiation to the right arm] bodySite=neck laterality=right
                Diagnosis[chronic pain] icd10=G89.29
                Symptom[low back pain radiating to the left leg] bodySite=low back laterality=left""", render(note));
    }

    static Stream<String> hostileLists() {
        return Stream.of(
                "He has numbness in the " + "index, ".repeat(3000) + "fingers.",
                "Fracture of the " + "ligaments, ".repeat(3000) + "of the knee.",
                "Diagnoses: radiculopathy" + ", bilateral".repeat(3000) + ".",
                "Facet injections at " + "L4-L5, ".repeat(3000) + "L5-S1.",
                "Radiofrequency ablation" + ", L4-L5".repeat(3000) + ".",
                "Low back pain radiating to the leg" + " and the leg".repeat(3000) + ".",
                "Diagnoses: anxiety disorder" + " NOS".repeat(3000) + ".");
    }

    /** Thousands of list items after a head neither overflow the regex stack nor stall: lists are bounded. */
    @ParameterizedTest(name = "{index}")
    @MethodSource("hostileLists")
    @Timeout(60)
    void hostileListsAreBounded(String text) {
        assertFalse(render(text).isEmpty());
    }

    private static String render(String text) {
        return Stream.of(MentionType.DIAGNOSIS, MentionType.SYMPTOM, MentionType.PROCEDURE)
                .map(type -> SentenceCases.render(text, type))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
