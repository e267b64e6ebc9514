package org.imrnlp.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrnlp.cli.ImrNlpCommand;
import org.imrnlp.corpus.LetterGenerator;
import org.imrnlp.corpus.format.BratConfiguration;
import org.imrnlp.corpus.format.OutputFormat;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The types a batch writes, and the annotations a token-based format leaves out, in its summary. */
class BatchTypesTest {

    @TempDir
    static Path root;
    static Path input;
    static ImrExtractor extractor;

    @BeforeAll
    static void letters() throws IOException {
        extractor = ImrExtractor.createDefault();
        input = root.resolve("in");
        Files.createDirectories(input);
        LetterGenerator generator = new LetterGenerator(3);
        for (int i = 0; i < 3; i++) {
            Files.writeString(input.resolve("l" + i + ".txt"), generator.next("l" + i + ".txt").text());
        }
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    @Test
    void sectionsInConllCrossSentenceEndsAndAreCountedInTheSummary() throws IOException {
        BatchAnnotator.Summary s = BatchAnnotator.builder().input(input).output(root.resolve("conll"))
                .format(OutputFormat.CONLL).types(List.of("Section")).extractor(extractor).build().run();
        assertEquals(3, s.done());
        assertTrue(s.leftOut().crossingSentence() >= 3, s.leftOut().reasons());
        assertEquals(s.leftOut().crossingSentence(), s.leftOut().total());
        assertTrue(Files.readString(root.resolve("conll/l0.conll")).startsWith("# columns: TOKEN Section\n"));

        BatchAnnotator.Summary medications = BatchAnnotator.builder().input(input).output(root.resolve("conll-meds"))
                .format(OutputFormat.CONLL).types(List.of("Medication")).extractor(extractor).build().run();
        assertEquals(0, medications.leftOut().total(), medications.leftOut().reasons());
    }

    @Test
    void bratBatchWritesTheChosenTypesAndAMatchingConfiguration() throws IOException {
        Path out = root.resolve("brat");
        BatchAnnotator.builder().input(input).output(out).format(OutputFormat.BRAT).types(List.of("Medication", "Dose"))
                .extractor(extractor).build().run();
        String ann = Files.readString(out.resolve("l1.ann"));
        assertTrue(ann.lines().filter(l -> l.startsWith("T"))
                .allMatch(l -> l.contains("\tMedication ") || l.contains("\tDose ")), ann);
        assertTrue(ann.contains("\tDoseOf Arg1:"), ann);
        assertEquals(BratConfiguration.annotationConf(List.of("Medication", "Dose")),
                Files.readString(out.resolve(BratConfiguration.FILE)));
        assertThrows(IllegalArgumentException.class, () -> BatchAnnotator.builder().input(input).output(root.resolve("x"))
                .format(OutputFormat.XMI).types(List.of("Medication")).extractor(extractor).build());
    }

    @Test
    void theCommandLineSummaryReportsWhatWasLeftOut() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = ImrNlpCommand.run("batch", input.toString(), "--out", root.resolve("cli").toString(), "--format",
                    "opennlp", "--types", "Section,Medication");
        } finally {
            System.setErr(stderr);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, log);
        assertTrue(log.matches("(?s).*imrnlp: \\d+ annotations left out of the opennlp output, which cannot hold them"
                + " \\(\\d+ crossing a sentence end, \\d+ overlapping another, \\d+ on no token\\)\\R.*"), log);
        assertFalse(log.contains("imrnlp: 0 annotations"), log);
    }
}
