package org.imrnlp.annotators.medication;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.text.BackmapAnnotator;
import org.imrnlp.annotators.text.CleanTextAnnotator;
import org.imrnlp.pipeline.ImrPipeline;
import org.imrnlp.type.MedicationAnnotation;
import org.junit.jupiter.api.Test;

/** The medication annotator on its own, with and without misspelling look-ups. */
class MedicationAnnotatorTest {

    private static List<String> medications(String text, boolean misspellings) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, createEngineDescription(CleanTextAnnotator.class),
                createEngineDescription(MedicationAnnotator.class,
                        MedicationAnnotator.PARAM_MATCH_MISSPELLINGS, misspellings),
                createEngineDescription(BackmapAnnotator.class));
        return JCasUtil.select(jcas, MedicationAnnotation.class).stream()
                .map(m -> m.getCoveredText() + "[" + m.getNormalized() + "/" + m.getDrugClass() + "]").toList();
    }

    @Test
    void findsMultiWordNamesAndKeepsOriginalOffsetsAcrossLineBreaks() throws Exception {
        assertEquals(List.of("MS Contin[morphine/opioid]", "Tizanidine \n\nHCL[tizanidine/muscle relaxant]",
                        "Milk of Magnesia[magnesium hydroxide/laxative]"),
                medications("He takes MS Contin and Tizanidine \n\nHCL 2 mg, with Milk of Magnesia.", true));
    }

    @Test
    void misspellingsCanBeSwitchedOff() throws Exception {
        String text = "60 TIZANDINE HCL 2MG and takingnorco";
        assertEquals(List.of("TIZANDINE HCL[tizanidine/muscle relaxant]", "norco[hydrocodone/acetaminophen/opioid]"),
                medications(text, true));
        assertEquals(List.of(), medications(text, false));
    }
}
