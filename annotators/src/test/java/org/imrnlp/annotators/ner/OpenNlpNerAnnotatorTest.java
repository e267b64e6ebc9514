package org.imrnlp.annotators.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import opennlp.tools.namefind.NameSample;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.core.Extraction;
import org.imrnlp.models.ner.NerTrainer;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenNlpNerAnnotatorTest {

    @TempDir
    static Path dir;
    static Path model;

    @BeforeAll
    static void trainTinyModel() throws IOException {
        String[] drugs = {"Zanaflex", "Norco", "gabapentin", "Lyrica", "Klonopin", "Celebrex"};
        List<NameSample> samples = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            samples.add(NameSample.parse("He is taking <START:Medication> " + drugs[d % drugs.length] + " <END> "
                    + (d + 2) + " mg daily .", true));
            samples.add(NameSample.parse("The request for <START:Medication> " + drugs[(d + 2) % drugs.length]
                    + " <END> is not medically necessary .", false));
            samples.add(NameSample.parse("The patient reports constant pain in the back .", false));
        }
        model = dir.resolve("meds.bin");
        NerTrainer.builder().iterations(60).cutoff(0).build().train(samples).serialize(model);
    }

    @Test
    void addsTheModelsSpansAsMedicationsWithDefaultAssertion() {
        try (ImrExtractor extractor = ImrExtractor.builder().addNerModel(model).build()) {
            Extraction x = extractor.extract("The patient reports constant pain.\n \nShe is taking Lyrica 75 mg daily.");
            assertEquals("Medication[Lyrica] negated=false",
                    x.medications().stream().map(m -> "Medication[" + m.text() + "] negated=" + m.assertion().negated())
                            .collect(Collectors.joining("; ")));
        }
    }

    @Test
    void skipsSpansOfAModelTypeThatIsNoAnnotationType() throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            samples.add(NameSample.parse("He takes Norco <START:Dose> " + (d + 5) + " mg <END> daily .", true));
        }
        Path doses = dir.resolve("doses.bin");
        NerTrainer.builder().iterations(30).cutoff(0).build().train(samples).serialize(doses);
        String text = "He takes Norco 7 mg daily.";
        try (ImrExtractor extractor = ImrExtractor.builder().addNerModel(doses).build();
             ImrExtractor rulesOnly = ImrExtractor.createDefault()) {
            assertEquals(rulesOnly.extract(text).all(), extractor.extract(text).all());
        }
    }

    /** A model that calls the word after "reports" or "denies" a symptom. */
    private static Path symptomModel() throws IOException {
        Path file = dir.resolve("symptoms.bin");
        if (Files.exists(file)) {
            return file;
        }
        String[] words = {"wobbliness", "radiculopathy", "dizziness", "giddiness", "fatigue", "lightheadedness"};
        List<NameSample> samples = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            samples.add(NameSample.parse("The patient reports <START:Symptom> " + words[d % words.length] + " <END> .", true));
            samples.add(NameSample.parse("She denies <START:Symptom> " + words[(d + 1) % words.length] + " <END> .", false));
            samples.add(NameSample.parse("The claims administrator denied the request .", false));
        }
        NerTrainer.builder().iterations(60).cutoff(0).build().train(samples).serialize(file);
        return file;
    }

    private static String symptoms(String overlap, float minProbability, String text) throws Exception {
        AnalysisEngineDescription engine = createEngineDescription(OpenNlpNerAnnotator.class,
                OpenNlpNerAnnotator.PARAM_MODEL_FILE, symptomModel().toString(),
                OpenNlpNerAnnotator.PARAM_OVERLAP, overlap,
                OpenNlpNerAnnotator.PARAM_MIN_PROBABILITY, minProbability);
        try (ImrExtractor extractor = ImrExtractor.create(ImrPipeline.descriptionWithNer(List.of(engine)))) {
            return extractor.extract(text).symptoms().stream().map(x -> x.text()).collect(Collectors.joining("; "));
        }
    }

    @Test
    void underTheSameTypePolicyOnlyAnAnnotationOfItsTypeKeepsASpanOut() throws Exception {
        assertEquals("wobbliness; radiculopathy", symptoms(OpenNlpNerAnnotator.OVERLAP_SAME_TYPE, 0,
                "The patient reports wobbliness.\n\nThe patient reports radiculopathy."));
    }

    @Test
    void underTheAnyEntityPolicyARuleDiagnosisKeepsASymptomSpanOut() throws Exception {
        String text = "The patient reports wobbliness.\n\nThe patient reports radiculopathy.";
        try (ImrExtractor rules = ImrExtractor.createDefault()) {
            assertEquals("radiculopathy", rules.extract(text).diagnoses().stream().map(x -> x.text())
                    .collect(Collectors.joining("; ")));
        }
        assertEquals("wobbliness", symptoms(OpenNlpNerAnnotator.OVERLAP_ANY_ENTITY, 0, text));
    }

    @Test
    void aSpanLessProbableThanTheFloorIsDropped() throws Exception {
        String text = "The patient reports wobbliness.";
        assertEquals("wobbliness", symptoms(OpenNlpNerAnnotator.OVERLAP_ANY_ENTITY, 0.5f, text));
        assertEquals("", symptoms(OpenNlpNerAnnotator.OVERLAP_ANY_ENTITY, 1.0f, text));
    }

    @Test
    void negationFromTheContextEngineAppliesToModelSpans() throws Exception {
        AnalysisEngineDescription engine = createEngineDescription(OpenNlpNerAnnotator.class,
                OpenNlpNerAnnotator.PARAM_MODEL_FILE, symptomModel().toString());
        try (ImrExtractor extractor = ImrExtractor.create(ImrPipeline.descriptionWithNer(List.of(engine)))) {
            assertEquals("wobbliness negated=true", extractor.extract("She denies wobbliness.").symptoms()
                    .stream().map(x -> x.text() + " negated=" + x.assertion().negated()).collect(Collectors.joining("; ")));
        }
    }

    @Test
    void refusesAnUnknownOverlapPolicyOrTwoModelSources() {
        assertThrows(ResourceInitializationException.class, () -> symptoms("some-type", 0, "text"));
        assertThrows(ResourceInitializationException.class, () -> ImrExtractor.create(ImrPipeline.descriptionWithNer(
                List.of(createEngineDescription(OpenNlpNerAnnotator.class)))));
    }

    @Test
    void aModelNameWithADotIsAFullTypeNameAndGuideNamesMapToImrTypes() {
        assertEquals("org.imrnlp.type.MedicationAnnotation", OpenNlpNerAnnotator.uimaTypeName("Medication"));
        assertEquals("org.imrnlp.type.ClinicalDate", OpenNlpNerAnnotator.uimaTypeName("Date"));
        assertEquals("org.apache.ctakes.typesystem.type.textsem.SignSymptomMention",
                OpenNlpNerAnnotator.uimaTypeName("org.apache.ctakes.typesystem.type.textsem.SignSymptomMention"));
    }

    @Test
    void refusesAMissingOrBrokenModelFile() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> ImrExtractor.builder().addNerModel(dir.resolve("none.bin")));
        Path broken = Files.writeString(dir.resolve("broken.bin"), "not a model");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ImrExtractor.builder().addNerModel(broken).build());
        assertTrue(e.getMessage().contains("cannot initialise"), e.getMessage());
    }
}
