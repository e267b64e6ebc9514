package org.imrnlp.annotators.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.text.BackmapAnnotator;
import org.imrnlp.annotators.text.CleanTextAnnotator;
import org.imrnlp.pipeline.ImrPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionAnnotatorTest {

    private static final Path LETTERS = Path.of("src/test/resources/letters");

    /** Sections rendered as {@code name[preferred text]}, one per line; checks their spans. */
    static String sections(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(CleanTextAnnotator.class),
                AnalysisEngineFactory.createEngineDescription(SectionAnnotator.class),
                AnalysisEngineFactory.createEngineDescription(BackmapAnnotator.class));
        List<Segment> segments = List.copyOf(JCasUtil.select(jcas, Segment.class));
        for (Segment s : segments) {
            String covered = s.getCoveredText();
            assertEquals(covered.strip(), covered, "section spans are trimmed");
            assertFalse(covered.isEmpty());
        }
        return segments.stream().map(s -> s.getId() + "[" + s.getPreferredText() + "]")
                .collect(Collectors.joining("\n"));
    }

    private static String letter(String name) throws IOException {
        return Files.readString(LETTERS.resolve(name));
    }

    @Test
    void layoutBWithDocumentsReviewed() throws Exception {
        assertEquals("""
                reviewer[HOW THE IMR FINAL DETERMINATION WAS MADE]
                case-summary[CLINICAL CASE SUMMARY]
                documents-reviewed[DOCUMENTS REVIEWED]
                decisions[IMR DECISION(S) AND RATIONALE(S)]
                rationale[Rationale Used by the Expert Reviewer]
                decisions[2) Regarding the request for a repeat lumbar epidural steroid injection at L5-S1:]
                rationale[Rationale Used by the Expert Reviewer]""", sections(letter("imr_b_01.txt")));
    }

    @Test
    void layoutBWithCredentialBlock() throws Exception {
        assertEquals("""
                reviewer[HOW THE IMR FINAL DETERMINATION WAS MADE]
                case-summary[CLINICAL CASE SUMMARY]
                documents-reviewed[DOCUMENTS REVIEWED]
                decisions[IMR DECISION(S) AND RATIONALE(S)]
                rationale[Rationale Used by the Expert Reviewer]
                decisions[2) Regarding the request for six sessions of cognitive behavioral therapy:]
                rationale[Rationale Used by the Expert Reviewer]""", sections(letter("imr_b_02.txt")));
    }

    @Test
    void layoutCWithListedIssues() throws Exception {
        assertEquals("""
                reviewer[MEDICAL PROFESSIONAL REVIEW]
                decisions[ISSUE AT DISPUTE]
                case-summary[CASE SUMMARY]
                rationale[Decision rationale]
                rationale[Decision rationale]""", sections(letter("imr_c_01.txt")));
    }

    @Test
    void layoutCWithIssueOnHeadingLine() throws Exception {
        assertEquals("""
                reviewer[MEDICAL PROFESSIONAL REVIEW]
                decisions[ISSUE AT DISPUTE]
                case-summary[CASE SUMMARY]
                rationale[Decision rationale]""", sections(letter("imr_c_02.txt")));
    }

    @Test
    void newLettersOfTheThreeLayouts() throws Exception {
        assertEquals("""
                reviewer[HOW THE IMR FINAL DETERMINATION WAS MADE]
                case-summary[CLINICAL CASE SUMMARY]
                decisions[IMR ISSUES, DECISIONS AND RATIONALES]
                rationale[Decision rationale]
                decisions[Soma 350mg #30:  Upheld]
                rationale[Decision rationale]""", sections(letter("imr_a_01.txt")));
        assertEquals("""
                reviewer[HOW THE IMR FINAL DETERMINATION WAS MADE]
                case-summary[CLINICAL CASE SUMMARY]
                documents-reviewed[DOCUMENTS REVIEWED]
                decisions[IMR DECISION(S) AND RATIONALE(S)]
                rationale[Rationale Used by the Expert Reviewer]
                decisions[2) Regarding the request for 12 sessions of physical therapy for the right knee:]
                rationale[Rationale Used by the Expert Reviewer]""", sections(letter("imr_b_03.txt")));
        assertEquals("""
                reviewer[MEDICAL PROFESSIONAL REVIEW]
                decisions[ISSUE AT DISPUTE]
                case-summary[CASE SUMMARY]
                rationale[Decision rationale]
                rationale[Decision rationale]
                rationale[Decision rationale]""", sections(letter("imr_c_03.txt")));
    }

    @Test
    void maximus2013LayoutWithSummaryLinesAndRegardingLines() throws Exception {
        assertEquals("""
                decisions[INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE]
                reviewer[Medical Qualifications of the Expert Reviewer]
                case-summary[Expert Reviewer Case Summary]
                decisions[IMR ISSUES, DECISIONS AND RATIONALES]
                rationale[Rationale for the Decision]
                decisions[2) Regarding the request for 8 sessions of aquatic therapy for the lumbar spine:]
                rationale[Rationale for the Decision]
                decisions[3) Regarding the request for a urine drug screen:]
                rationale[Rationale for the Decision]""", sections(letter("imr_2013_01.txt")));
    }

    @Test
    void maximus2013LayoutWithSummaryLinesOnly() throws Exception {
        assertEquals("""
                decisions[INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE]
                reviewer[Medical Qualifications of the Expert Reviewer]
                case-summary[Case Summary]
                decisions[IMR ISSUES, DECISIONS AND RATIONALES]
                rationale[Rationale for the Decision]
                rationale[Rationale for the Decision]""", sections(letter("imr_2013_02.txt")));
    }

    @Test
    void headingVariantsOfLayoutsBAndC() throws Exception {
        assertEquals("""
                reviewer[MEDICAL PROFESSIONAL REVIEW]
                decisions[ISSUE(S) IN DISPUTE]
                case-summary[CASE SUMMARY]
                rationale[Decision rationale]""", sections(" MEDICAL PROFESSIONAL REVIEW \n\nThe reviewer is Board "
                + "Certified in Neurology. \n\n \n\nISSUE(S) IN DISPUTE: \n\n1. Tramadol ER 150mg #30 \n\n \n\nCASE SUMMARY: "
                + "\n\nThe injured worker is a 47-year-old female. \n\n \n\nDecision rationale: \n\nNot indicated. \n\n"));
        assertEquals("""
                case-summary[CLINICAL CASE SUMMARY]
                documents-reviewed[RECORDS REVIEWED]
                decisions[IMR DECISION AND RATIONALE]
                rationale[Rationale Used by the Expert Reviewer]""", sections(" CLINICAL CASE SUMMARY \n\nShe has neck pain. "
                + "\n\n \n\nRECORDS REVIEWED \n\nProgress notes \n\n \n\nIMR DECISION AND RATIONALE \n\n1) Regarding the "
                + "request for an MRI: \n\n \n\nRationale Used by the Expert Reviewer: \n\nIt is indicated. \n\n"));
    }

    @Test
    void sectionRunsFromHeadingToNextHeading() throws Exception {
        String text = " CLINICAL CASE SUMMARY \n\nThe patient is a 38-year-old male. \n\n \n\nIMR ISSUES, DECISIONS AND RATIONALES \n\n"
                + "Zanaflex 2mg #60:  Upheld \n\n \n\nDecision rationale: Not indicated. \n\n";
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(CleanTextAnnotator.class),
                AnalysisEngineFactory.createEngineDescription(SectionAnnotator.class),
                AnalysisEngineFactory.createEngineDescription(BackmapAnnotator.class));
        List<String> covered = JCasUtil.select(jcas, Segment.class).stream().map(Segment::getCoveredText).toList();
        assertEquals(List.of("CLINICAL CASE SUMMARY \n\nThe patient is a 38-year-old male.",
                "IMR ISSUES, DECISIONS AND RATIONALES \n\nZanaflex 2mg #60:  Upheld",
                "Decision rationale: Not indicated."), covered);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HISTORY OF PRESENT ILLNESS\\nShe reports neck pain.\\nPHYSICAL EXAMINATION\\nTenderness over C5.\\nASSESSMENT\\nCervical strain.\\nPLAN\\nPhysical therapy."
                + " | history[HISTORY OF PRESENT ILLNESS],exam[PHYSICAL EXAMINATION],assessment[ASSESSMENT],plan[PLAN]",
        "Chief Complaint: Low back pain.\\nMedications: Norco 10/325 mg.\\nDiagnoses: Lumbar radiculopathy.\\nImpression: Stable.\\nPlan: Refill medications."
                + " | history[Chief Complaint],medications[Medications],diagnoses[Diagnoses],assessment[Impression],plan[Plan]",
        "SUBJECTIVE:\\nPain is 6/10.\\nOBJECTIVE:\\nGait is antalgic.\\nFUNCTIONAL CAPACITY\\nLifts 20 pounds."
                + " | history[SUBJECTIVE],exam[OBJECTIVE],other[FUNCTIONAL CAPACITY]",
        "The patient returns for follow-up. Pain is unchanged and she walks daily. | ''",
    })
    void genericClinicalHeadings(String csvText, String expected) throws Exception {
        String found = sections(csvText.replace("\\n", "\n")).replace('\n', ',');
        assertEquals(expected, found);
    }

    @Test
    void genericHeadingsAreNotUsedInImrLetters() throws Exception {
        String text = " CLINICAL CASE SUMMARY \n\nThe patient is a 38-year-old male. \n\n \n\nMEDICATIONS \n\nNorco 10/325 mg. \n\n";
        assertEquals("case-summary[CLINICAL CASE SUMMARY]", sections(text));
    }
}
