package org.imrnlp.annotators.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.annotators.text.CleanTextAnnotator;
import org.imrnlp.annotators.text.SentenceAnnotator;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.pipeline.ImrPipeline;
import org.imrnlp.type.DiagnosisAnnotation;
import org.imrnlp.type.ExamFindingAnnotation;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.NegatedStatementAnnotation;
import org.imrnlp.type.ProcedureAnnotation;
import org.imrnlp.type.SymptomAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContextAnnotatorTest {

    private static AnalysisEngine cleanAndSentences;
    private static AnalysisEngine context;

    @BeforeAll
    static void engines() throws Exception {
        cleanAndSentences = AnalysisEngineFactory.createEngine(AnalysisEngineFactory.createEngineDescription(
                AnalysisEngineFactory.createEngineDescription(CleanTextAnnotator.class),
                AnalysisEngineFactory.createEngineDescription(SentenceAnnotator.class)));
        context = AnalysisEngineFactory.createEngine(ContextAnnotator.class);
    }

    /** Runs clean-up and sentences on {@code text}; returns the clean-text view, where the test adds annotations. */
    private static JCas prepare(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, cleanAndSentences);
        return CleanTextView.view(jcas);
    }

    /** Adds an annotation of {@code kind} over the {@code occurrence}-th (from 0) {@code phrase}. */
    private static <T extends IdentifiedAnnotation> T add(JCas jcas, Class<T> kind, String phrase, int occurrence)
            throws Exception {
        String text = jcas.getDocumentText();
        int begin = -1;
        for (int i = 0; i <= occurrence; i++) {
            begin = text.indexOf(phrase, begin + 1);
        }
        T a = kind.getConstructor(JCas.class, int.class, int.class).newInstance(jcas, begin, begin + phrase.length());
        AssertionCodes.setDefaults(a);
        a.addToIndexes();
        return a;
    }

    private static <T extends IdentifiedAnnotation> T add(JCas jcas, Class<T> kind, String phrase) throws Exception {
        return add(jcas, kind, phrase, 0);
    }

    private static void segment(JCas jcas, String id, String from, String to) {
        String text = jcas.getDocumentText();
        Segment s = new Segment(jcas, text.indexOf(from), text.indexOf(to) + to.length());
        s.setId(id);
        s.addToIndexes();
    }

    private static List<String> render(JCas jcas) {
        List<String> out = new ArrayList<>();
        for (IdentifiedAnnotation a : JCasUtil.select(jcas, IdentifiedAnnotation.class)) {
            if (a instanceof NegatedStatementAnnotation n) {
                out.add("NegatedStatement[" + n.getCoveredText().replaceAll("\\s+", " ") + "] cue=" + n.getCue()
                        + " target=" + n.getTargetText());
            } else {
                Assertion s = AssertionCodes.read(a);
                out.add(a.getClass().getSimpleName().replaceFirst("Annotation$", "") + "[" + a.getCoveredText() + "]"
                        + (s.negated() ? " negated" : "") + (s.uncertain() ? " uncertain" : "")
                        + (a.getConditional() ? " conditional" : "") + (s.historical() ? " historical" : "")
                        + (s.generic() ? " generic" : "") + " subject=" + a.getSubject());
            }
        }
        return out;
    }

    /** The rendered annotations of the whole pipeline on {@code text} whose type is one of {@code types}. */
    private static List<String> wholePipeline(String text, String... types) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, ImrPipeline.description());
        List<String> wanted = List.of(types);
        return render(jcas).stream().filter(s -> wanted.contains(s.substring(0, s.indexOf('[')))).toList();
    }

    @Test
    void negatesAcrossPdfLineBreaksAndEndsScopeAtBut() throws Exception {
        JCas jcas = prepare("He continues to suffer from constant\n\ndepression but denies\n\nsuicidal ideations.\n\n");
        add(jcas, DiagnosisAnnotation.class, "depression");
        SymptomAnnotation ideation = add(jcas, SymptomAnnotation.class, "suicidal ideations");
        SimplePipeline.runPipeline(jcas, context);
        assertEquals(List.of(
                "Diagnosis[depression] subject=patient",
                "NegatedStatement[denies suicidal ideations] cue=denies target=suicidal ideations",
                "Symptom[suicidal ideations] negated subject=patient"), render(jcas));
        NegatedStatementAnnotation n = JCasUtil.selectSingle(jcas, NegatedStatementAnnotation.class);
        assertSame(ideation, n.getTarget());
        assertEquals(jcas.getDocumentText().indexOf("denies"), n.getBegin());
    }

    @Test
    void completedMakesATreatmentHistoricalButNotAFinding() throws Exception {
        JCas jcas = prepare("The worker has completed eight sessions of physical therapy. The repair was completed without "
                + "complications.\n");
        add(jcas, ProcedureAnnotation.class, "physical therapy");
        add(jcas, DiagnosisAnnotation.class, "complications");
        SimplePipeline.runPipeline(jcas, context);
        assertEquals(List.of("Procedure[physical therapy] historical subject=patient",
                "NegatedStatement[without complications] cue=without target=complications",
                "Diagnosis[complications] negated subject=patient"), render(jcas));
    }

    @Test
    void theEngineReadsTheSentenceOfTheCasNotASecondSentenceRule() throws Exception {
        // the Sentence goes on over "Dr. Lee" (an abbreviation); the engine's scope must too
        JCas jcas = prepare("He denies numbness as noted by Dr. Lee and tingling in the hands.\n");
        assertEquals(1, JCasUtil.select(jcas, Sentence.class).size());
        add(jcas, SymptomAnnotation.class, "numbness");
        add(jcas, SymptomAnnotation.class, "tingling");
        SimplePipeline.runPipeline(jcas, context);
        assertEquals(List.of(
                "NegatedStatement[denies numbness as noted by Dr. Lee and tingling] cue=denies target=tingling",
                "NegatedStatement[denies numbness] cue=denies target=numbness",
                "Symptom[numbness] negated subject=patient",
                "Symptom[tingling] negated subject=patient"), render(jcas));
    }

    @Test
    void aListSharingOneVerbIsNegatedWhole() throws Exception {
        // the exam-finding span takes in "was noted"; that verb is the whole list's
        assertEquals(List.of("ExamFinding[spasm] negated subject=patient",
                        "ExamFinding[tenderness was noted] negated subject=patient"),
                wholePipeline("No spasm or tenderness was noted.\n", "ExamFinding"));
        assertEquals(List.of("ExamFinding[tenderness] negated subject=patient",
                        "ExamFinding[range of motion was full] subject=patient"),
                wholePipeline("There was no tenderness, and range of motion was full.\n", "ExamFinding"));
    }

    @Test
    void imrPhrasingNegatesFindingsButNotTheDecision() throws Exception {
        JCas jcas = prepare("There is no documentation of muscle spasm on examination. The records do not reveal "
                + "a diagnosis of fibromyalgia. The request for Zanaflex 4 mg #60 is not medically necessary.");
        add(jcas, SymptomAnnotation.class, "muscle spasm");
        add(jcas, DiagnosisAnnotation.class, "fibromyalgia");
        add(jcas, MedicationAnnotation.class, "Zanaflex");
        SimplePipeline.runPipeline(jcas, context);
        assertEquals(List.of(
                "NegatedStatement[There is no documentation of muscle spasm] cue=There is no documentation of"
                        + " target=muscle spasm",
                "Symptom[muscle spasm] negated subject=patient",
                "NegatedStatement[do not reveal a diagnosis of fibromyalgia] cue=do not reveal target=fibromyalgia",
                "Diagnosis[fibromyalgia] negated subject=patient",
                "Medication[Zanaflex] subject=patient"), render(jcas));
    }

    @Test
    void guidelinePhrasingIsGenericOnlyInTheRationale() throws Exception {
        String sentence = "Muscle relaxants should be used for acute exacerbations of low back pain.";
        JCas jcas = prepare("Case summary: " + sentence + "\nDecision rationale: " + sentence + "\n");
        segment(jcas, "case-summary", "Case summary:", "pain.");
        String text = jcas.getDocumentText();
        Segment rationale = new Segment(jcas, text.indexOf("Decision rationale:"), text.length());
        rationale.setId("rationale");
        rationale.addToIndexes();
        add(jcas, SymptomAnnotation.class, "low back pain", 0);
        add(jcas, SymptomAnnotation.class, "low back pain", 1);
        SimplePipeline.runPipeline(jcas, context);
        assertEquals(List.of("Symptom[low back pain] subject=patient", "Symptom[low back pain] generic subject=patient"),
                render(jcas));
    }

    @Test
    void setsHistoryHypotheticalFamilyAndOtherSubjects() throws Exception {
        JCas jcas = prepare("He was previously treated with physical therapy. If a diagnosis of anxiety disorder "
                + "existed, an antidepressant would be appropriate. His mother has rheumatoid arthritis. "
                + "Straight leg raise is positive at 40 degrees. Rule out lumbar radiculopathy.");
        add(jcas, ProcedureAnnotation.class, "physical therapy");
        add(jcas, DiagnosisAnnotation.class, "anxiety disorder");
        add(jcas, DiagnosisAnnotation.class, "rheumatoid arthritis");
        add(jcas, ExamFindingAnnotation.class, "Straight leg raise is positive at 40 degrees");
        add(jcas, DiagnosisAnnotation.class, "lumbar radiculopathy");
        SimplePipeline.runPipeline(jcas, context);
        assertEquals(List.of(
                "Procedure[physical therapy] historical subject=patient",
                "Diagnosis[anxiety disorder] uncertain conditional subject=patient",
                "Diagnosis[rheumatoid arthritis] subject=family_member",
                "ExamFinding[Straight leg raise is positive at 40 degrees] subject=patient",
                "Diagnosis[lumbar radiculopathy] uncertain subject=patient"), render(jcas));
    }

    @Test
    void oneNegatedStatementPerTargetOfAList() throws Exception {
        JCas jcas = prepare("The patient denies fever, chills or night sweats, and the wound is healing.");
        add(jcas, SymptomAnnotation.class, "fever");
        add(jcas, SymptomAnnotation.class, "chills");
        add(jcas, SymptomAnnotation.class, "night sweats");
        add(jcas, DiagnosisAnnotation.class, "wound");
        SimplePipeline.runPipeline(jcas, context);
        assertEquals(List.of(
                "NegatedStatement[denies fever, chills or night sweats] cue=denies target=night sweats",
                "NegatedStatement[denies fever, chills] cue=denies target=chills",
                "NegatedStatement[denies fever] cue=denies target=fever",
                "Symptom[fever] negated subject=patient",
                "Symptom[chills] negated subject=patient",
                "Symptom[night sweats] negated subject=patient",
                "Diagnosis[wound] subject=patient"), render(jcas));
    }

    @Test
    void wholePipelineNegatesAFlareAndAPsychiatricDiagnosisButNotTheComplaint() throws Exception {
        List<String> found = wholePipeline("She does not have a clear exacerbation of neck pain. The medical records do not reveal\n\n"
                + "a psychiatric disorder. There is no evidence of an acute flare-up.\n", "NegatedStatement", "Symptom", "Diagnosis");
        assertEquals(List.of(
                "NegatedStatement[does not have a clear exacerbation] cue=does not have target=exacerbation",
                "Symptom[exacerbation] negated subject=patient",
                "Symptom[neck pain] subject=patient",
                "NegatedStatement[do not reveal a psychiatric disorder] cue=do not reveal target=psychiatric disorder",
                "Diagnosis[psychiatric disorder] negated subject=patient",
                "NegatedStatement[There is no evidence of an acute flare-up] cue=There is no evidence of"
                        + " target=acute flare-up",
                "Symptom[acute flare-up] negated subject=patient"), found);
    }

    @Test
    void aTestResultNegatesWhatWasSoughtButNotTheTest() throws Exception {
        JCas jcas = prepare("The MRI of the right knee was unremarkable. The EMG was negative. Tenderness was negative. "
                + "Nerve conduction studies were negative for carpal tunnel syndrome.");
        add(jcas, ProcedureAnnotation.class, "MRI of the right knee");
        add(jcas, ProcedureAnnotation.class, "EMG");
        add(jcas, ExamFindingAnnotation.class, "Tenderness");
        add(jcas, ProcedureAnnotation.class, "Nerve conduction studies");
        add(jcas, DiagnosisAnnotation.class, "carpal tunnel syndrome");
        SimplePipeline.runPipeline(jcas, context);
        assertEquals(List.of(
                "Procedure[MRI of the right knee] subject=patient",
                "Procedure[EMG] subject=patient",
                "NegatedStatement[Tenderness was negative] cue=was negative target=Tenderness",
                "ExamFinding[Tenderness] negated subject=patient",
                "Procedure[Nerve conduction studies] subject=patient",
                "NegatedStatement[negative for carpal tunnel syndrome] cue=negative for target=carpal tunnel syndrome",
                "Diagnosis[carpal tunnel syndrome] negated subject=patient"), render(jcas));
    }

    @Test
    void wholePipelineEndsANegationAtTheCommaOfAnIntroductoryPhrase() throws Exception {
        List<String> found = wholePipeline("Decision rationale: Without evidence of neuropathic pain, continued\n\n"
                + "gabapentin is not supported. There was no evidence of radiculopathy on EMG.\n",
                "NegatedStatement", "Medication", "Diagnosis", "Procedure");
        assertEquals(List.of(
                "NegatedStatement[Without evidence of neuropathic pain] cue=Without evidence of target=neuropathic pain",
                "Diagnosis[neuropathic pain] negated subject=patient",
                "Medication[gabapentin] subject=patient",
                "NegatedStatement[There was no evidence of radiculopathy] cue=There was no evidence of"
                        + " target=radiculopathy",
                "Diagnosis[radiculopathy] negated subject=patient",
                "Procedure[EMG] subject=patient"), found);
    }

    @Test
    void wholePipelineKeepsACoordinatedReflexResultOutOfABackwardNegation() throws Exception {
        List<String> found = wholePipeline("Deep tendon reflexes are trace at the knees and absent at the ankles.\n",
                "NegatedStatement", "ExamFinding");
        assertEquals(List.of(
                "ExamFinding[Deep tendon reflexes are trace at the knees] subject=patient",
                "ExamFinding[absent at the ankles] subject=patient"), found);
    }

    @Test
    void wholePipelineReadsTemplatedReviewOfSystemsLines() throws Exception {
        List<String> found = wholePipeline("Fever: no\nNausea: yes\nClonus: absent.\n"
                + "ROS: Negative for chills. Positive for back pain.\nNo: vomiting, constipation.\n",
                "NegatedStatement", "Symptom", "ExamFinding");
        assertEquals(List.of(
                "NegatedStatement[Fever: no] cue=no target=Fever",
                "Symptom[Fever] negated subject=patient",
                "Symptom[Nausea] subject=patient",
                "NegatedStatement[Clonus: absent] cue=absent target=Clonus",
                "ExamFinding[Clonus] negated subject=patient",
                "NegatedStatement[Negative for chills] cue=Negative for target=chills",
                "Symptom[chills] negated subject=patient",
                "Symptom[back pain] subject=patient",
                "NegatedStatement[No: vomiting, constipation] cue=No target=constipation",
                "NegatedStatement[No: vomiting] cue=No target=vomiting",
                "Symptom[vomiting] negated subject=patient",
                "Symptom[constipation] negated subject=patient"), found);
    }

    @Test
    void wholePipelineSeparatesPastFromCurrentAndFamilyFromPatient() throws Exception {
        List<String> found = wholePipeline("She has a history of gastric bypass surgery and currently has gastritis. "
                + "Family history: diabetes in his mother. He stopped gabapentin due to dizziness and now takes Lyrica.\n",
                "Procedure", "Diagnosis", "Medication");
        assertEquals(List.of(
                "Procedure[gastric bypass surgery] historical subject=patient",
                "Diagnosis[gastritis] subject=patient",
                "Diagnosis[diabetes] subject=family_member",
                "Medication[gabapentin] historical subject=patient",
                "Medication[Lyrica] subject=patient"), found);
    }

    @Test
    void contextComesAfterEveryAnnotatorThatMakesMentions() throws Exception {
        List<AnalysisEngineDescription> components = ImrPipeline.components();
        // only the mapping back to original offsets and the cTAKES semantics, which fills features of
        // the mentions and makes none, follow
        assertEquals(ContextAnnotator.class.getName(),
                components.get(components.size() - 3).getAnnotatorImplementationName());
        assertEquals(org.imrnlp.annotators.text.BackmapAnnotator.class.getName(),
                components.get(components.size() - 2).getAnnotatorImplementationName());
        assertEquals(org.imrnlp.annotators.ctakes.CtakesConceptAnnotator.class.getName(),
                components.get(components.size() - 1).getAnnotatorImplementationName());
    }
}
