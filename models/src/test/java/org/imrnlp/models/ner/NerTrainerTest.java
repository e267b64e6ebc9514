package org.imrnlp.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

    private static final String[] DRUGS = {"Zanaflex", "Norco", "gabapentin", "Lyrica", "Klonopin", "Celebrex",
        "tramadol", "Cymbalta"};
    private static final String[] CLASSES = {"opioids", "NSAIDs", "benzodiazepines", "anticonvulsants"};

    /** Twelve small documents in OpenNLP's training format. */
    static List<NameSample> corpus() throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            String drug = DRUGS[d % DRUGS.length];
            String other = DRUGS[(d + 3) % DRUGS.length];
            String drugClass = CLASSES[d % CLASSES.length];
            samples.add(NameSample.parse("He has been taking <START:Medication> " + drug + " <END> " + (d + 1)
                    + " mg twice a day .", true));
            samples.add(NameSample.parse("The request for <START:Medication> " + other + " <END> is not medically"
                    + " necessary .", false));
            samples.add(NameSample.parse("Guidelines do not support long-term use of <START:DrugClass> " + drugClass
                    + " <END> .", false));
            samples.add(NameSample.parse("She denies suicidal ideations and sleeps poorly .", false));
        }
        return samples;
    }

    @Test
    void trainedModelFindsTheNamesItWasTaughtInNewSentences() throws IOException {
        TokenNameFinderModel model = NerTrainer.builder().iterations(60).cutoff(0).build().train(corpus());
        NameFinderME finder = new NameFinderME(model);
        String[] tokens = "The patient has been taking Norco 5 mg for pain .".split(" ");
        String found = Arrays.stream(finder.find(tokens))
                .map(s -> s.getType() + "[" + String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())) + "]")
                .collect(Collectors.joining(" "));
        assertEquals("Medication[Norco]", found);
    }

    @Test
    void aModelWithClinicalFeaturesDescribesItselfAndWorksAfterLoading() throws IOException {
        TokenNameFinderModel trained = NerTrainer.builder().iterations(60).cutoff(0)
                .features(NerTrainer.clinicalFeatures())
                .manifest(Map.of("imrnlp.types", "Medication,DrugClass", "imrnlp.training-data-sha256", "abc123"))
                .build().train(corpus());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.serialize(bytes);
        TokenNameFinderModel model = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("Medication,DrugClass", model.getManifestProperty("imrnlp.types"));
        assertEquals("abc123", model.getManifestProperty("imrnlp.training-data-sha256"));
        String descriptor = new String(NerTrainer.clinicalFeatures(), StandardCharsets.UTF_8);
        assertTrue(descriptor.contains(VocabularyFeatureGeneratorFactory.class.getName()), descriptor);
        String[] tokens = "The patient has been taking Lyrica 5 mg for numbness .".split(" ");
        Span[] found = new NameFinderME(model).find(tokens);
        assertEquals(1, found.length);
        assertEquals("Medication", found[0].getType());
        assertEquals("Lyrica", tokens[found[0].getStart()]);
    }

    @Test
    void crossValidationReportsPrecisionRecallAndF1PerType() throws IOException {
        NerTrainer.Report report = NerTrainer.builder().iterations(60).cutoff(0).build().crossValidate(corpus(), 3);
        assertEquals(List.of("DrugClass", "Medication"), List.copyOf(report.byType().keySet()));
        NerTrainer.Scores medication = report.byType().get("Medication");
        assertEquals(24, medication.truePositives() + medication.falseNegatives());
        assertTrue(report.overall().f1() > 0.5, "F1 " + report.overall().f1());
    }

    @Test
    void scoresAreComputedFromCounts() {
        NerTrainer.Scores s = new NerTrainer.Scores(6, 2, 4);
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(0.6, s.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, s.f1(), 1e-9);
        assertEquals(0, new NerTrainer.Scores(0, 0, 0).f1());
    }

    @Test
    void refusesBadOptionsAndCorpora() throws IOException {
        NerTrainer trainer = NerTrainer.builder().build();
        assertThrows(IllegalArgumentException.class, () -> NerTrainer.builder().iterations(0));
        assertThrows(IllegalArgumentException.class, () -> trainer.train(List.of()));
        assertThrows(IllegalArgumentException.class, () -> trainer.crossValidate(corpus(), 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer.crossValidate(corpus().subList(0, 8), 3));
        assertEquals("2 documents are too few for 3 folds", e.getMessage());
    }
}
