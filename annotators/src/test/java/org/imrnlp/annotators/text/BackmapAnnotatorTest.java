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
import org.imrnlp.type.Medication;
import org.imrnlp.type.NegatedStatement;
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
        Medication m = JCasUtil.selectSingle(jcas, Medication.class);
        assertEquals(text.indexOf("Norco"), m.getBegin());
        assertEquals("Norco", m.getCoveredText());
        NegatedStatement n = JCasUtil.selectSingle(jcas, NegatedStatement.class);
        assertEquals("denies\nsuicidal ideations", n.getCoveredText());
        assertEquals("suicidal ideations", n.getTarget().getCoveredText());
    }

    @Test
    void linksPointAtTheCopiesInTheOriginalView() throws Exception {
        JCas jcas = run("Norco 10/325 mg one tablet twice daily. He denies numbness.\n");
        Medication m = JCasUtil.selectSingle(jcas, Medication.class);
        assertTrue(m.getDoses().size() > 0, "doses are linked");
        for (int i = 0; i < m.getDoses().size(); i++) {
            Annotation dose = (Annotation) m.getDoses().get(i);
            assertSame(jcas.getSofa(), dose.getSofa(), "dose " + dose.getCoveredText() + " lives in the original view");
            assertTrue(JCasUtil.select(jcas, dose.getClass()).contains(dose), "the linked dose is the indexed one");
        }
        NegatedStatement n = JCasUtil.selectSingle(jcas, NegatedStatement.class);
        assertSame(jcas.getSofa(), n.getTarget().getSofa());
    }

    @Test
    void leavesOnlyTheOffsetMapInTheCleanView() throws Exception {
        JCas jcas = run("Diagnoses: lumbar radiculopathy.\nNo spasm.\n");
        JCas clean = CleanTextView.view(jcas);
        List<String> left = JCasUtil.select(clean, Annotation.class).stream()
                .filter(a -> a != clean.getDocumentAnnotationFs() && !(a instanceof OffsetMap))
                .map(a -> a.getType().getShortName()).toList();
        assertEquals(List.of(), left);
        assertTrue(JCasUtil.select(jcas.getView(CAS.NAME_DEFAULT_SOFA), Annotation.class).size() > 5);
    }
}
