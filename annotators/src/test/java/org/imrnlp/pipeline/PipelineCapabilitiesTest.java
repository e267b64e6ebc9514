package org.imrnlp.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.imrnlp.annotators.clinical.DiagnosisAnnotator;
import org.imrnlp.type.DiagnosisAnnotation;
import org.junit.jupiter.api.Test;

/** Every engine declares what it reads, and something earlier in the pipeline writes it. */
class PipelineCapabilitiesTest {

    private static String simpleName(AnalysisEngineDescription d) {
        String name = d.getAnnotatorImplementationName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Test
    void everyDeclaredInputIsWrittenByAnEarlierEngine() throws Exception {
        List<AnalysisEngineDescription> all = ImrPipeline.components();
        TypeSystem types = CasCreationUtils.createCas(ImrPipeline.typeSystem(), null, null).getTypeSystem();
        for (int i = 0; i < all.size(); i++) {
            for (String input : Capabilities.inputs(all.get(i))) {
                boolean written = false;
                for (int j = 0; j < i && !written; j++) {
                    written = Capabilities.writes(all.get(j), input, types);
                }
                assertTrue(written, simpleName(all.get(i)) + " reads " + input + ", which no earlier engine writes");
            }
        }
    }

    @Test
    void theDiagnosisAnnotatorNeedsOnlyCleanUpSectionsSentencesCredentialsAndTheLexiconPass() throws Exception {
        List<String> names = ImrPipeline.componentsFor(createEngineDescription(DiagnosisAnnotator.class)).stream()
                .map(PipelineCapabilitiesTest::simpleName).toList();
        assertEquals(List.of("CleanTextAnnotator", "SectionAnnotator", "SentenceAnnotator", "ReviewerCredentialAnnotator",
                "ClinicalLexiconAnnotator", "DiagnosisAnnotator", "BackmapAnnotator"), names);
    }

    @Test
    void thoseEnginesFindTheSameDiagnosesAsTheWholePipeline() throws Exception {
        String text = "Diagnoses: 1. Lumbar radiculopathy, left. 2. Cervical strain.\n"
                + "He has chronic neck pain and a history of diabetes.\n";
        AggregateBuilder alone = new AggregateBuilder();
        for (AnalysisEngineDescription d : ImrPipeline.componentsFor(createEngineDescription(DiagnosisAnnotator.class))) {
            alone.add(d);
        }
        assertEquals(diagnoses(text, ImrPipeline.description()), diagnoses(text, alone.createAggregateDescription()));
        assertTrue(diagnoses(text, ImrPipeline.description()).contains("Cervical strain"));
    }

    private static List<String> diagnoses(String text, AnalysisEngineDescription pipeline) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, pipeline);
        return JCasUtil.select(jcas, DiagnosisAnnotation.class).stream().map(DiagnosisAnnotation::getCoveredText).toList();
    }
}
