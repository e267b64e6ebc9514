package org.imrnlp.annotators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.pipeline.ImrPipeline;
import org.imrnlp.type.LexiconMatch;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.NegatedStatementAnnotation;
import org.imrnlp.type.OffsetMap;
import org.junit.jupiter.api.Test;

/** The pipeline annotates the clean-text view; the back-mapper moves every result to the original text once. */
class BackmapAnnotatorTest {

    private static JCas run(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, ImrPipeline.description());
        return jcas;
    }

    @Test
    void mapsSpansThatCleanUpJoinedBackToTheOriginalText() throws Exception {
        // clean-up splits the glued "usingNorco" and joins the line break inside the sentence
        String text = "He is now usingNorco 10 mg daily and denies\nsuicidal ideations.\n";
        JCas jcas = run(text);
        MedicationAnnotation m = JCasUtil.selectSingle(jcas, MedicationAnnotation.class);
        assertEquals(text.indexOf("Norco"), m.getBegin());
        assertEquals("Norco", m.getCoveredText());
        NegatedStatementAnnotation n = JCasUtil.selectSingle(jcas, NegatedStatementAnnotation.class);
        assertEquals("denies\nsuicidal ideations", n.getCoveredText());
        assertEquals("suicidal ideations", n.getTarget().getCoveredText());
    }

    @Test
    void linksPointAtTheCopiesInTheOriginalView() throws Exception {
        JCas jcas = run("Norco 10/325 mg one tablet twice daily. He denies numbness.\n");
        MedicationAnnotation m = JCasUtil.selectSingle(jcas, MedicationAnnotation.class);
        assertTrue(m.getDoses().size() > 0, "doses are linked");
        for (int i = 0; i < m.getDoses().size(); i++) {
            Annotation dose = (Annotation) m.getDoses().get(i);
            assertSame(jcas.getSofa(), dose.getSofa(), "dose " + dose.getCoveredText() + " lives in the original view");
            assertTrue(JCasUtil.select(jcas, dose.getClass()).contains(dose), "the linked dose is the indexed one");
        }
        NegatedStatementAnnotation n = JCasUtil.selectSingle(jcas, NegatedStatementAnnotation.class);
        assertSame(jcas.getSofa(), n.getTarget().getSofa());
    }

    @Test
    void leavesOnlyTheOffsetMapAndLexiconMatchesInTheCleanView() throws Exception {
        JCas jcas = run("Diagnoses: lumbar radiculopathy.\nNo spasm.\n");
        JCas clean = CleanTextView.view(jcas);
        List<String> left = JCasUtil.select(clean, Annotation.class).stream()
                .filter(a -> a != clean.getDocumentAnnotationFs() && !(a instanceof OffsetMap) && !(a instanceof LexiconMatch))
                .map(a -> a.getType().getShortName()).toList();
        assertEquals(List.of(), left);
        assertTrue(JCasUtil.select(jcas.getView(CAS.NAME_DEFAULT_SOFA), Annotation.class).size() > 5);
        assertEquals(List.of(), JCasUtil.select(jcas, LexiconMatch.class).stream().toList(),
                "the lexicon pass's working matches stay in the clean view");
        assertTrue(JCasUtil.select(clean, LexiconMatch.class).stream()
                .anyMatch(m -> m.getCoveredText().equals("lumbar radiculopathy") && "diagnosis".equals(m.getLexicon())));
    }
}
