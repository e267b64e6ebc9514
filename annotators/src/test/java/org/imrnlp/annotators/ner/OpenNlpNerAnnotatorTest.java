package org.imrnlp.annotators.ner;

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
import org.imrnlp.core.Extraction;
import org.imrnlp.models.ner.NerTrainer;
import org.imrnlp.pipeline.ImrExtractor;
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

    @Test
    void aModelNameWithADotIsAFullTypeNameAndGuideNamesMapToImrTypes() {
        assertEquals("org.imrnlp.type.Medication", OpenNlpNerAnnotator.uimaTypeName("Medication"));
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
