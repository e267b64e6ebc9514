package org.imrnlp.annotators.clinical;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.section.SectionAnnotator;
import org.imrnlp.annotators.text.CleanTextAnnotator;
import org.imrnlp.annotators.text.SentenceAnnotator;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.pipeline.ImrPipeline;
import org.imrnlp.type.DiagnosisAnnotation;
import org.imrnlp.type.LexiconMatch;
import org.junit.jupiter.api.Test;

/** The clinical lexicon pass writes its matches to the CAS, where the clinical annotators read them. */
class ClinicalLexiconAnnotatorTest {

    private static JCas lexiconPass(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, createEngineDescription(CleanTextAnnotator.class),
                createEngineDescription(SectionAnnotator.class), createEngineDescription(SentenceAnnotator.class),
                createEngineDescription(ClinicalLexiconAnnotator.class));
        return jcas;
    }

    private static List<String> matches(JCas jcas) {
        return JCasUtil.select(CleanTextView.view(jcas), LexiconMatch.class).stream()
                .map(m -> m.getLexicon() + "[" + m.getCoveredText() + "]").toList();
    }

    @Test
    void writesOneMatchPerGrownHeadOfEachLexicon() throws Exception {
        List<String> found = matches(lexiconPass(
                "He has chronic left lumbar radiculopathy. She reports numbness of the right hand. An MRI of the lumbar spine was done.\n"));
        assertTrue(found.contains("diagnosis[chronic left lumbar radiculopathy]"), found.toString());
        assertTrue(found.contains("symptom[numbness of the right hand]"), found.toString());
        assertTrue(found.contains("procedure[MRI of the lumbar spine]"), found.toString());
    }

    @Test
    void findsExamTriggerWordsInTheSamePass() throws Exception {
        List<String> found = matches(lexiconPass("On exam there was tenderness to palpation over the paraspinals.\n"));
        assertTrue(found.stream().anyMatch(s -> s.startsWith("exam-trigger[") && s.toLowerCase().contains("tender")),
                found.toString());
    }

    @Test
    void theDiagnosisAnnotatorChoosesAmongTheMatchesInTheCas() throws Exception {
        JCas jcas = lexiconPass("He has chronic left lumbar radiculopathy.\n");
        JCas view = CleanTextView.view(jcas);
        // a match the vocabularies would never make: the annotator reads the CAS, it does not rescan the text
        LexiconMatch invented = new LexiconMatch(view, 0, 2);
        invented.setLexicon(LexiconMatches.DIAGNOSIS);
        invented.setCategory("test");
        invented.setCoreEnd(2);
        invented.addToIndexes();
        SimplePipeline.runPipeline(jcas, createEngineDescription(DiagnosisAnnotator.class));
        assertEquals(List.of("He", "chronic left lumbar radiculopathy"),
                JCasUtil.select(view, DiagnosisAnnotation.class).stream().map(DiagnosisAnnotation::getCoveredText).toList());
    }
}
