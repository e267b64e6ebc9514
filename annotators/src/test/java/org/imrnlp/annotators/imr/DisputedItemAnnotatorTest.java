package org.imrnlp.annotators.imr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.text.BackmapAnnotator;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.annotators.section.SectionAnnotator;
import org.imrnlp.annotators.text.CleanTextAnnotator;
import org.imrnlp.core.DisputedItem;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.ProcedureAnnotation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.imrnlp.type.DisputedItemAnnotation;

class DisputedItemAnnotatorTest {

    private static final Path LETTERS = Path.of("src/test/resources/letters");
    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static String items(String text) {
        return EXTRACTOR.extract(text).disputedItems().stream().map(d -> render(text, d))
                .collect(Collectors.joining("\n"));
    }

    private static String render(String text, DisputedItem d) {
        assertEquals(text.substring(d.begin(), d.end()), d.text());
        String rationale = d.rationaleBegin() < 0 ? "none"
                : text.substring(d.rationaleBegin(), d.rationaleEnd()).replaceAll("\\s+", " ");
        String[] words = rationale.split(" ");
        String shortRationale = words.length <= 6 ? rationale
                : String.join(" ", List.of(words).subList(0, 3)) + " ... " + String.join(" ",
                        List.of(words).subList(words.length - 3, words.length));
        return "DisputedItem[" + d.text().replaceAll("\\s+", " ") + "] item=" + d.item() + " decision=" + d.decision()
                + "\n  guideline=" + d.guideline() + "\n  claims=" + d.claimsAdministratorGuideline()
                + "\n  pages=" + d.pages() + " rationale=" + shortRationale;
    }

    private static String letter(String name) throws IOException {
        return Files.readString(LETTERS.resolve(name));
    }

    @Test
    void layoutBItemsWithGuidelineSentences() throws IOException {
        assertEquals("""
                DisputedItem[Regarding the request for Norco 10/325mg #120] item=Norco 10/325mg #120 decision=UPHELD
                  guideline=Chronic Pain Medical Treatment Guidelines, Criteria for use of opioids
                  claims=Chronic Pain Medical Treatment Guidelines, Opioids
                  pages=76-80 rationale=The guidelines require ... necessary and appropriate.
                DisputedItem[Regarding the request for a repeat lumbar epidural steroid injection at L5-S1] \
                item=repeat lumbar epidural steroid injection at L5-S1 decision=OVERTURNED
                  guideline=Chronic Pain Medical Treatment Guidelines, Epidural steroid injections (ESIs); \
                Official Disability Guidelines (ODG), Low Back chapter
                  claims=Official Disability Guidelines (ODG), Low Back chapter
                  pages=46 rationale=Repeat blocks should ... necessary and appropriate.""",
                items(letter("imr_b_01.txt")));
    }

    @Test
    void layoutBItemsWhenMtusDoesNotApply() throws IOException {
        assertEquals("""
                DisputedItem[Regarding the request for Ambien 10mg #30] item=Ambien 10mg #30 decision=UPHELD
                  guideline=Official Disability Guidelines (ODG), Mental Illness & Stress chapter, Zolpidem
                  claims=Official Disability Guidelines (ODG), Pain chapter, Insomnia treatment
                  pages=null rationale=Zolpidem is recommended ... necessary and appropriate.
                DisputedItem[Regarding the request for six sessions of cognitive behavioral therapy] \
                item=six sessions of cognitive behavioral therapy decision=OVERTURNED
                  guideline=Chronic Pain Medical Treatment Guidelines, Behavioral interventions
                  claims=Chronic Pain Medical Treatment Guidelines, Behavioral interventions
                  pages=23 rationale=The guidelines support ... necessary and appropriate.""",
                items(letter("imr_b_02.txt")));
    }

    @Test
    void layoutCListedIssuesPairWithRationalesInOrder() throws IOException {
        assertEquals("""
                DisputedItem[Physical therapy, 12 sessions for the right shoulder] \
                item=Physical therapy, 12 sessions for the right shoulder decision=UPHELD
                  guideline=MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine
                  claims=null
                  pages=98-99 rationale=The Expert Reviewer ... necessary and appropriate.
                DisputedItem[Celebrex 200mg #30] item=Celebrex 200mg #30 decision=OVERTURNED
                  guideline=MTUS Chronic Pain Medical Treatment Guidelines, NSAIDs, GI symptoms & cardiovascular risk
                  claims=null
                  pages=68-69 rationale=The Expert Reviewer ... necessary and appropriate.""",
                items(letter("imr_c_01.txt")));
    }

    @Test
    void layoutCIssueAsQuestion() throws IOException {
        assertEquals("""
                DisputedItem[Is the request for an MRI of the lumbar spine without contrast medically necessary and appropriate] \
                item=MRI of the lumbar spine without contrast decision=UPHELD
                  guideline=MTUS ACOEM Practice Guidelines, Chapter 12, Low Back Complaints
                  claims=null
                  pages=303-304 rationale=The Expert Reviewer ... necessary and appropriate.""",
                items(letter("imr_c_02.txt")));
    }

    @Test
    void newLayoutALetterWithOverturnedAndUpheldItems() throws IOException {
        assertEquals("""
                DisputedItem[Norco 10/325mg #120: Overturned] item=Norco 10/325mg #120 decision=OVERTURNED
                  guideline=MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use
                  claims=MTUS Chronic Pain Treatment Guidelines Opioids
                  pages=76-78, 80 rationale=The MTUS guidelines ... is medically necessary.
                DisputedItem[Soma 350mg #30: Upheld] item=Soma 350mg #30 decision=UPHELD
                  guideline=MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma); \
                Official Disability Guidelines (ODG) Pain Chapter, Muscle relaxants
                  claims=MTUS Chronic Pain Treatment Guidelines
                  pages=29 rationale=Carisoprodol is not ... not medically necessary.""",
                items(letter("imr_a_01.txt")));
    }

    @Test
    void newLayoutBLetterWithAcoemAndOdg() throws IOException {
        assertEquals("""
                DisputedItem[Regarding the request for an MRI arthrogram of the right knee] \
                item=MRI arthrogram of the right knee decision=OVERTURNED
                  guideline=ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 13; \
                Official Disability Guidelines, Knee and Leg chapter, MR arthrography
                  claims=Official Disability Guidelines (ODG), Knee and Leg chapter
                  pages=335-336 rationale=ODG recommends MR ... necessary and appropriate.
                DisputedItem[Regarding the request for 12 sessions of physical therapy for the right knee] \
                item=12 sessions of physical therapy for the right knee decision=UPHELD
                  guideline=Chronic Pain Medical Treatment Guidelines, Physical Medicine
                  claims=Postsurgical Treatment Guidelines
                  pages=98-99 rationale=The guidelines recommend ... necessary and appropriate.""",
                items(letter("imr_b_03.txt")));
    }

    @Test
    void newLayoutCLetterWithThreeIssues() throws IOException {
        assertEquals("""
                DisputedItem[Lidoderm 5% patch #30] item=Lidoderm 5% patch #30 decision=UPHELD
                  guideline=MTUS Chronic Pain Medical Treatment Guidelines, Lidoderm
                  claims=null
                  pages=56-57 rationale=The Expert Reviewer ... necessary and appropriate.
                DisputedItem[Cervical epidural steroid injection at C5-C6] \
                item=Cervical epidural steroid injection at C5-C6 decision=UPHELD
                  guideline=MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections
                  claims=null
                  pages=46 rationale=The Expert Reviewer ... necessary and appropriate.
                DisputedItem[Ambien 10mg #30] item=Ambien 10mg #30 decision=UPHELD
                  guideline=Official Disability Guidelines (ODG), Pain chapter, Insomnia treatment
                  claims=null
                  pages=null rationale=The Expert Reviewer ... necessary and appropriate.""",
                items(letter("imr_c_03.txt")));
    }

    @Test
    void decisionPhrasesWithThereforeCannotBeAndReasonable() throws IOException {
        assertEquals("""
                DisputedItem[Norco 10/325mg #90] item=Norco 10/325mg #90 decision=UPHELD
                  guideline=MTUS Chronic Pain Medical Treatment Guidelines, Opioids
                  claims=null
                  pages=74-80 rationale=The Expert Reviewer ... not medically necessary.
                DisputedItem[Flexeril 7.5mg #60] item=Flexeril 7.5mg #60 decision=UPHELD
                  guideline=MTUS Chronic Pain Medical Treatment Guidelines, Muscle relaxants
                  claims=null
                  pages=64 rationale=The Expert Reviewer ... considered medically necessary.
                DisputedItem[Physical therapy 2x4 for the lumbar spine] item=Physical therapy 2x4 for the lumbar spine \
                decision=OVERTURNED
                  guideline=MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine
                  claims=null
                  pages=98-99 rationale=The Expert Reviewer ... reasonable and necessary.
                DisputedItem[Urine drug screen] item=Urine drug screen decision=OVERTURNED
                  guideline=MTUS Chronic Pain Medical Treatment Guidelines, Drug testing
                  claims=null
                  pages=43 rationale=The Expert Reviewer ... necessary and appropriate.""",
                items(letter("imr_c_04.txt")));
    }

    @Test
    void maximus2013LetterTakesItsItemsFromRegardingLinesOnce() throws IOException {
        assertEquals("""
                DisputedItem[Regarding the request for Neurontin 600mg #90] item=Neurontin 600mg #90 decision=UPHELD
                  guideline=MTUS Chronic Pain Medical Treatment Guidelines
                  claims=MTUS Chronic Pain Medical Treatment Guidelines, Antiepilepsy drugs
                  pages=null rationale=The California MTUS ... necessary and appropriate.
                DisputedItem[Regarding the request for 8 sessions of aquatic therapy for the lumbar spine] \
                item=8 sessions of aquatic therapy for the lumbar spine decision=OVERTURNED
                  guideline=Official Disability Guidelines (ODG), Low Back chapter
                  claims=MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy
                  pages=null rationale=Aquatic therapy is ... necessary and appropriate.
                DisputedItem[Regarding the request for a urine drug screen] item=urine drug screen decision=UPHELD
                  guideline=ODG
                  claims=null
                  pages=null rationale=According to ODG, ... necessary and appropriate.""",
                items(letter("imr_2013_01.txt")));
    }

    @Test
    void maximus2013LetterWithOnlySummaryLines() throws IOException {
        assertEquals("""
                DisputedItem[MAXIMUS Federal Services, Inc. has determined the request for Mobic 15mg #30 is \
                medically necessary and appropriate] item=Mobic 15mg #30 decision=OVERTURNED
                  guideline=ACOEM guidelines
                  claims=null
                  pages=null rationale=ACOEM guidelines recommend ... necessary and appropriate.
                DisputedItem[MAXIMUS Federal Services, Inc. has determined the request for a right shoulder \
                subacromial corticosteroid injection is not medically necessary and appropriate] \
                item=right shoulder subacromial corticosteroid injection decision=UPHELD
                  guideline=ACOEM Practice Guidelines, Chapter 9, Shoulder Complaints
                  claims=null
                  pages=null rationale=The ACOEM Practice ... necessary and appropriate.""",
                items(letter("imr_2013_02.txt")));
    }

    @Test
    void summaryLineGivesTheDecisionWhenTheRationaleStatesNone() {
        String text = """
                1) MAXIMUS Federal Services, Inc. has determined the request for Ultram 50mg #60 is notmedically
                necessary and appropriate.

                IMR ISSUES, DECISIONS AND RATIONALES
                1) Regarding the request for Ultram 50mg #60:
                Rationale for the Decision:
                The guidelines call for documented functional benefit from opioids, which the records do not show.
                """;
        assertEquals("""
                DisputedItem[Regarding the request for Ultram 50mg #60] item=Ultram 50mg #60 decision=UPHELD
                  guideline=null
                  claims=null
                  pages=null rationale=The guidelines call ... do not show.""", items(text));
    }

    @Test
    void singleSummaryLineWithRequestedWording() {
        String text = """
                MAXIMUS Federal Services, Inc. has determined that the requested TENS unit rental for 30 days is
                medically necessary and appropriate.

                IMR ISSUES, DECISIONS AND RATIONALES
                Rationale for the Decision:
                Per the Chronic Pain Medical Treatment Guidelines, a one-month home trial of TENS is recommended
                as an adjunct to a program of functional restoration.
                """;
        assertEquals("""
                DisputedItem[MAXIMUS Federal Services, Inc. has determined that the requested TENS unit rental for \
                30 days is medically necessary and appropriate] item=TENS unit rental for 30 days decision=OVERTURNED
                  guideline=Chronic Pain Medical Treatment Guidelines
                  claims=null
                  pages=null rationale=Per the Chronic ... of functional restoration.""", items(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The California MTUS Chronic Pain Medical Treatment Guidelines state that opioids need monitoring."
                + "|MTUS Chronic Pain Medical Treatment Guidelines",
        "According to ODG, a repeat MRI is reserved for a significant change in symptoms.|ODG",
        "ACOEM guidelines recommend activity modification. The MTUS also supports a home program."
                + "|ACOEM guidelines; MTUS",
        "Per Official Disability Guidelines (ODG), Pain chapter, compounded creams are not recommended."
                + "|Official Disability Guidelines (ODG), Pain chapter",
        "The MTUS guidelines support it, and ODG Knee and Leg chapter agrees. The MTUS also notes..."
                + "|MTUS guidelines; ODG Knee and Leg chapter",
        "The utilization review cited ODG. The records show no flare of pain.|null",
        "The records show no documented benefit from the medication.|null",
    })
    void guidelineFromTheNamesARationaleCites(String rationale, String guideline) {
        String text = "IMR ISSUES, DECISIONS AND RATIONALES\n1) Regarding the request for Ultram 50mg #60:\n"
                + "Rationale for the Decision:\n" + rationale + " The request is not medically necessary.\n";
        assertEquals(guideline, String.valueOf(EXTRACTOR.extract(text).disputedItems().get(0).guideline()));
    }

    @Test
    void layoutAWithAcoemAndANonMtusCitation() throws IOException {
        assertEquals("""
                DisputedItem[MRI of the lumbar spine without contrast: Upheld] item=MRI of the lumbar spine without contrast \
                decision=UPHELD
                  guideline=MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, Low Back Complaints; \
                Official Disability Guidelines (ODG), Low Back Chapter, MRIs
                  claims=MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, Low Back Complaints
                  pages=303-304 rationale=Unequivocal objective findings ... not medically necessary.
                DisputedItem[12 sessions of acupuncture: Overturned] item=12 sessions of acupuncture decision=OVERTURNED
                  guideline=MTUS Acupuncture Medical Treatment Guidelines
                  claims=MTUS Acupuncture Medical Treatment Guidelines
                  pages=8-9 rationale=Acupuncture may be ... is medically necessary.""",
                items(letter("imr_a_02.txt")));
    }

    @Test
    void layoutAWithSeveralGuidelines() {
        String text = """
                 IMR ISSUES, DECISIONS AND RATIONALES \n
                The Final Determination was based on decisions for the disputed items/services set forth below: \n
                 \n
                Lidoderm 5% patch #30:  Overturned \n
                 \n
                Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines \n
                Page(s): 56-57.   \n
                 \n
                MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Lidoderm \n
                (lidocaine patch) Page(s): 56-57.  Decision based on Non-MTUS Citation Official Disability \n
                Guidelines (ODG), Pain chapter \n
                 \n
                Decision rationale: Topical lidocaine is recommended for localized peripheral pain after a \n
                trial of first-line therapy. The patient failed gabapentin. The request is medically necessary. \n
                """;
        assertEquals("""
                DisputedItem[Lidoderm 5% patch #30: Overturned] item=Lidoderm 5% patch #30 decision=OVERTURNED
                  guideline=MTUS Chronic Pain Treatment Guidelines Lidoderm (lidocaine patch); \
                Official Disability Guidelines (ODG), Pain chapter
                  claims=MTUS Chronic Pain Treatment Guidelines
                  pages=56-57 rationale=Topical lidocaine is ... is medically necessary.""", items(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The request for Norco 10/325mg #120 is not medically necessary and appropriate. | UPHELD",
        "Therefore, the request is considered medically unnecessary. | UPHELD",
        "Consequently, the medical necessity of continued use of Norco has not been established. | UPHELD",
        "The request is considered not medically necessary. | UPHELD",
        "Norco is not medically necessary at this time. | UPHELD",
        "Given the documented relief, the request for Norco is considered medically necessary. | OVERTURNED",
        "The request is medically necessary and appropriate. | OVERTURNED",
        "Although the prior request was not medically necessary, the current request is medically necessary. | OVERTURNED",
        "The guidelines were reviewed and the documentation is incomplete. | null",
    })
    void decisionFromRationale(String rationale, String decision) {
        String text = " IMR DECISION(S) AND RATIONALE(S) \n\n \n\n1) Regarding the request for Norco 10/325mg #120: \n\n \n\n"
                + "Rationale Used by the Expert Reviewer: \n\n" + rationale + " \n\n";
        assertEquals(decision, String.valueOf(EXTRACTOR.extract(text).disputedItems().get(0).decision()));
    }

    @Test
    void linksMedicationsAndProceduresInsideTheItemText() throws Exception {
        String text = " IMR ISSUES, DECISIONS AND RATIONALES \n\n"
                + "Zanaflex (Tizanidine) 6mg #60:  Upheld \n\n \n\n"
                + "Decision rationale: Zanaflex is not indicated. The request is not medically necessary. \n\n \n\n"
                + "TENS Unit supplies:  Overturned \n\n \n\n"
                + "Decision rationale: The TENS unit helps. The request is medically necessary. \n\n";
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(CleanTextAnnotator.class),
                AnalysisEngineFactory.createEngineDescription(SectionAnnotator.class));
        JCas view = CleanTextView.view(jcas);
        String clean = view.getDocumentText();
        medication(view, clean, "Zanaflex", 0);
        medication(view, clean, "Tizanidine", 0);
        medication(view, clean, "Zanaflex", 1);
        int cleanTens = clean.indexOf("TENS Unit");
        new ProcedureAnnotation(view, cleanTens, cleanTens + "TENS Unit".length()).addToIndexes();
        int inRationale = clean.indexOf("TENS unit");
        new ProcedureAnnotation(view, inRationale, inRationale + "TENS unit".length()).addToIndexes();
        SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(DisputedItemAnnotator.class),
                AnalysisEngineFactory.createEngineDescription(BackmapAnnotator.class));
        int tens = text.indexOf("TENS Unit");
        List<String> found = new ArrayList<>();
        for (DisputedItemAnnotation item : JCasUtil.select(jcas, DisputedItemAnnotation.class)) {
            List<String> requested = new ArrayList<>();
            for (IdentifiedAnnotation a : item.getRequested()) {
                requested.add(a.getType().getShortName() + "[" + a.getCoveredText() + "@" + a.getBegin() + "]");
            }
            found.add(item.getItem() + " -> " + requested);
        }
        int zanaflex = text.indexOf("Zanaflex");
        int tizanidine = text.indexOf("Tizanidine");
        assertEquals(List.of(
                "Zanaflex (Tizanidine) 6mg #60 -> [MedicationAnnotation[Zanaflex@" + zanaflex + "], MedicationAnnotation[Tizanidine@"
                        + tizanidine + "]]",
                "TENS Unit supplies -> [ProcedureAnnotation[TENS Unit@" + tens + "]]"), found);
    }

    private static void medication(JCas jcas, String text, String name, int occurrence) {
        int at = text.indexOf(name);
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(name, at + 1);
        }
        new MedicationAnnotation(jcas, at, at + name.length()).addToIndexes();
    }

    @Test
    void noItemsOutsideDecisionSections() {
        assertEquals("", items("The patient requests Zanaflex 2mg #60: Upheld by the insurer.\n"
                + "Decision rationale: The request is not medically necessary."));
    }
}
