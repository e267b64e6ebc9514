package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrnlp.core.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagnoses and procedures in new sentences of IMR case summaries and rationales
 * ({@code imr-record-sentences.txt}): diagnosis lists, imaging findings, operations, prior
 * treatment, requested procedures and guideline text.
 */
class ImrRecordSentencesTest {

    static Stream<Arguments> sentences() {
        return SentenceCases.read("imr-record-sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheExpectedDiagnosesAndProcedures(String sentence, String expected) {
        assertEquals(expected, render(sentence));
    }

    /** A diagnosis list wrapped over PDF lines (each followed by a blank line) keeps its mentions whole. */
    @Test
    void diagnosesWrappedOverPdfLinesStayWhole() {
        String text = "The diagnoses include status post L5-S1 anterior lumbar interbody fusion, left lower \n\n"
                + "extremity radiculopathy, and adjustment disorder with mixed anxiety and depressed \n\n"
                + "mood. The request for a left L5-S1 transforaminal epidural steroid injection is not \n\n"
                + "medically necessary.\n\n";
        assertEquals("""
                Diagnosis[status post L5-S1 anterior lumbar interbody fusion] bodySite=lumbar level=L5-S1
                Diagnosis[left lower \n\nextremity radiculopathy] bodySite=lower extremity laterality=left
                Diagnosis[adjustment disorder with mixed anxiety and depressed \n\nmood] icd10=F43.23
                Procedure[L5-S1 anterior lumbar interbody fusion] bodySite=lumbar level=L5-S1
                Procedure[left L5-S1 transforaminal epidural steroid injection] laterality=left level=L5-S1""",
                render(text));
    }

    private static String render(String text) {
        return Stream.of(MentionType.DIAGNOSIS, MentionType.SYMPTOM, MentionType.PROCEDURE)
                .map(type -> SentenceCases.render(text, type))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
