package org.imrnlp.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.context.ContextAssessor;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.Diagnosis;
import org.imrnlp.core.Dose;
import org.imrnlp.core.DoseKind;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Medication;
import org.imrnlp.corpus.batch.BatchAnnotator;
import org.imrnlp.corpus.format.OutputFormat;
import org.imrnlp.models.ner.NerTrainer;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java example of README.md, compiled and run unchanged (its imports among this file's), with
 * what it needs defined before it and its effect checked after it. {@link ReadmeJavaBlocksTest}
 * fails when README.md holds an example that is not here word for word.
 */
class ReadmeExamplesTest {

    private static final Path LETTER = Path.of("samples/letters/000_f7de4adc8d6a8410.txt");

    @TempDir
    Path dir;

    /** What the example printed on System.out. */
    private static String printed(Example example) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private interface Example {
        void run() throws Exception;
    }

    @Test
    void javaApi() throws Exception {
        Path letter = LETTER;
        String printed = printed(() -> {
            try (ImrExtractor extractor = ImrExtractor.createDefault()) {   // thread-safe; create once, reuse
                Extraction x = extractor.extract(letter);                    // or extract(String text)
                x.medications().forEach(m -> System.out.println(m.text() + " -> " + m.normalized()));
                x.datesOfInjury().forEach(d -> System.out.println("injured " + d.iso()));
                String json = x.toJson();                                    // the annotation guide's JSON form
            }
        });
        // the letter: "a work injury dated 2/10/07", "a request for Zanaflex (Tizanidine) 6mg #60"
        List<String> lines = printed.lines().toList();
        assertTrue(lines.contains("injured 2007-02-10"), printed);
        assertTrue(lines.contains("Zanaflex -> tizanidine"), printed);
    }

    @Test
    void batchWithAModel() throws Exception {
        Path in = Files.createDirectories(dir.resolve("letters"));
        Files.copy(LETTER, in.resolve("000.txt"));
        Path out = dir.resolve("work");
        Path model = trainTinyMedicationModel();

        try (ImrExtractor extractor = ImrExtractor.builder().addNerModel(model).build()) {
            BatchAnnotator.Summary s = BatchAnnotator.builder().input(in).output(out)
                    .format(OutputFormat.BRAT).threads(2).extractor(extractor).build().run();
        }

        assertTrue(Files.readString(out.resolve("000.ann")).contains("\tMedication "), "BRAT has medications");
        assertTrue(Files.exists(out.resolve("annotation.conf")));
    }

    private Path trainTinyMedicationModel() throws Exception {
        String[] drugs = {"Zanaflex", "Norco", "gabapentin", "Lyrica"};
        List<NameSample> samples = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            samples.add(NameSample.parse("He is taking <START:Medication> " + drugs[d % drugs.length] + " <END> "
                    + (d + 2) + " mg daily .", true));
            samples.add(NameSample.parse("The patient reports constant pain in the back .", false));
        }
        Path model = dir.resolve("meds.bin");
        NerTrainer.builder().iterations(30).cutoff(0).build().train(samples).serialize(model);
        return model;
    }

    @Test
    void uimaPipeline() throws Exception {
        String printed = printed(() -> {
            JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
            jcas.setDocumentText("The patient denies suicidal ideations. He takes Norco 10/325 mg twice a day.");
            SimplePipeline.runPipeline(jcas, ImrPipeline.description());
            for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
                System.out.println(sentence.getCoveredText());
            }
        });
        assertEquals(List.of("The patient denies suicidal ideations.", "He takes Norco 10/325 mg twice a day."),
                printed.lines().toList());
    }

    @Test
    void dosesOfAMedication() {
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            Medication norco = extractor.extract("Norco 10/325 mg 1 tablet PO q6h PRN #120.").medications().get(0);
            String strength = norco.strength();                         // "10/325 mg", derived from its Dose records
            Dose dose = norco.dose(DoseKind.STRENGTH).orElseThrow();    // value "10/325", unit "mg"
            norco.doses().forEach(d -> System.out.println(d.kind().label() + " " + d.written()));

            assertEquals("10/325 mg", strength);
            assertEquals("10/325", dose.value());
            assertEquals("mg", dose.unit());
            assertEquals(List.of("10/325 mg", "1", "tablet", "oral", "q6h", "PRN", "120"),
                    norco.doses().stream().map(Dose::written).toList());
        }
    }

    @Test
    void assertionOfAConceptFoundByAnotherTool() {
        Assertion a = ContextAssessor.assess("The patient denies chest pain.", 19, 29);   // a.negated() is true
        assertTrue(a.negated());
        assertEquals("chest pain", "The patient denies chest pain.".substring(19, 29));
    }

    @Test
    void userDictionary() throws Exception {
        Path dictionary = Files.writeString(dir.resolve("umls-subset.bsv"), "C0013720|T047|Ehlers-Danlos syndrome\n");

        // dictionary: the java.nio.file.Path of umls-subset.bsv (any number of addDictionary calls)
        ImrExtractor extractor = ImrExtractor.builder().addDictionary(dictionary).build();

        try (extractor) {
            List<Diagnosis> diagnoses = extractor.extract("She has a history of Ehlers-Danlos syndrome.").diagnoses();
            assertEquals(List.of("Ehlers-Danlos syndrome C0013720"),
                    diagnoses.stream().map(d -> d.text() + " " + d.conceptId()).toList());
        }
    }
}
