package org.imrnlp.annotators.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.imrnlp.annotators.text.BackmapAnnotator;
import org.imrnlp.annotators.context.ContextAnnotator;
import org.imrnlp.annotators.text.CleanTextAnnotator;
import org.imrnlp.annotators.text.SentenceAnnotator;
import org.imrnlp.annotators.text.TokenAnnotator;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.models.ner.NerExtensions;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.Test;

/** The clinical name-finder model shipped in the models module, and the policy it runs with. */
class ClinicalNerModelTest {

    private static final String FINDINGS = "Patellar grind test is positive. Phalen maneuver reproduces paresthesias.";

    /** Sentences and tokens, the given name finder, then context: no rule-based entity annotators. */
    private static String modelOnly(AnalysisEngineDescription ner, String text) throws Exception {
        AggregateBuilder pipeline = new AggregateBuilder();
        pipeline.add(createEngineDescription(CleanTextAnnotator.class));
        pipeline.add(createEngineDescription(SentenceAnnotator.class));
        pipeline.add(createEngineDescription(TokenAnnotator.class));
        pipeline.add(ner);
        pipeline.add(createEngineDescription(ContextAnnotator.class));
        pipeline.add(createEngineDescription(BackmapAnnotator.class));
        try (ImrExtractor extractor = ImrExtractor.create(pipeline.createAggregateDescription())) {
            return extractor.extract(text).toDocument().annotations().stream().map(a -> a.type() + "[" + a.text() + "]")
                    .collect(Collectors.joining("; "));
        }
    }

    @Test
    void loadsFromTheClasspathAndDescribesItself() throws IOException {
        NerExtensions.register();
        try (InputStream in = ClinicalNerModel.class.getResourceAsStream(ClinicalNerModel.RESOURCE)) {
            byte[] bytes = in.readAllBytes();
            assertTrue(bytes.length < 5_000_000, "model size " + bytes.length);
            TokenNameFinderModel model = new TokenNameFinderModel(new java.io.ByteArrayInputStream(bytes));
            assertEquals("ExamFinding,Symptom,Diagnosis,Procedure", model.getManifestProperty("imrnlp.types"));
            assertEquals("clinical", model.getManifestProperty("imrnlp.features"));
            assertTrue(model.getManifestProperty("imrnlp.training-data-sha256").matches("[0-9a-f]{64}"));
            assertTrue(model.getManifestProperty(OpenNlpNerAnnotator.VOCABULARY_ENTRY).matches("[0-9a-f]{64}"));
            assertTrue(model.getManifestProperty("imrnlp.training-data").contains("split dev"));
        }
    }

    @Test
    void addsConfidentFindingsAndNeverSymptomsUnderItsPolicy() throws Exception {
        assertEquals("ExamFinding[Patellar grind test is positive]", modelOnly(ClinicalNerModel.engine(), FINDINGS));
        AnalysisEngineDescription everySymptom = createEngineDescription(OpenNlpNerAnnotator.class,
                OpenNlpNerAnnotator.PARAM_MODEL_RESOURCE, ClinicalNerModel.RESOURCE,
                OpenNlpNerAnnotator.PARAM_TYPE_MIN_PROBABILITIES, new String[] {"Symptom=0.5", "ExamFinding=1.01"});
        assertEquals("Symptom[paresthesias]", modelOnly(everySymptom, FINDINGS));
    }

    @Test
    void theBuilderOptionKeepsEveryRuleAnnotation() {
        String text = "EXAMINATION: Tenderness over the lateral epicondyle. Tinel sign is positive at the left wrist.\n\n"
                + "ASSESSMENT: 1. Lumbar facet arthropathy. 2. Cervical strain.\n";
        try (ImrExtractor rules = ImrExtractor.createDefault();
             ImrExtractor withModel = ImrExtractor.builder().clinicalModel(true).build()) {
            List<Annotation> ruleAnnotations = rules.extract(text).toDocument().annotations();
            Extraction combined = withModel.extract(text);
            List<String> combinedSpans = combined.toDocument().annotations().stream()
                    .map(a -> a.type() + a.begin() + "-" + a.end()).toList();
            for (Annotation a : ruleAnnotations) {
                assertTrue(combinedSpans.contains(a.type() + a.begin() + "-" + a.end()), a.toString());
            }
        }
    }
}
