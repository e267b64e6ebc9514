package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.corpus.LetterGenerator;
import org.imrnlp.corpus.format.BratFormat;
import org.imrnlp.corpus.train.NerCorpus;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-annotate, correct, retrain loop from the command line, on generated letters. */
class TrainNerCommandTest {

    @TempDir
    Path dir;

    private Path corpus(int letters) throws IOException {
        Path corpus = dir.resolve("corpus");
        Path gold = corpus.resolve("gold");
        Files.createDirectories(gold);
        LetterGenerator generator = new LetterGenerator(11);
        for (int i = 0; i < letters; i++) {
            String name = String.format("case.%03d", i); // dots inside a letter name
            LetterGenerator.Letter letter = generator.next(name + ".txt");
            Files.writeString(corpus.resolve(name + ".txt"), letter.text());
            if (i % 2 == 0) {
                JsonForm.write(letter.gold(), gold.resolve(name + ".meds.json"));
            } else {
                Files.writeString(corpus.resolve(name + ".ann"), BratFormat.write(letter.gold(), letter.text()));
            }
        }
        Files.writeString(corpus.resolve("unlabelled.txt"), "A letter nobody annotated.\n");
        return corpus;
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = ImrNlpCommand.run(args);
            return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void corpusReadsJsonAndBratGoldAndSkipsLettersWithoutGold() throws IOException {
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            NerCorpus.Samples samples = NerCorpus.read(corpus(6), List.of("Medication"), extractor);
            assertEquals(6, samples.documents());
            assertEquals(1, samples.lettersWithoutGold());
            assertEquals(0, samples.leftOut());
            assertTrue(samples.spans() >= 18, "spans " + samples.spans());
        }
    }

    @Test
    void trainsCrossValidatesWritesTheModelAndAnnotatesWithIt() throws IOException {
        Path corpus = corpus(30);
        Path model = dir.resolve("models/meds.bin");
        String[] train = run("train-ner", "--corpus", corpus.toString(), "--types", "Medication", "--out", model.toString(),
                "--folds", "3", "--iterations", "40", "--cutoff", "1");
        assertEquals("0", train[0], train[2]);
        assertTrue(train[1].contains("3-fold cross-validation"), train[1]);
        assertTrue(train[1].lines().anyMatch(l -> l.startsWith("Medication ")), train[1]);
        assertTrue(train[2].contains("30 documents"), train[2]);
        assertTrue(Files.isRegularFile(model));

        Path letter = dir.resolve("new.txt");
        Files.writeString(letter, new LetterGenerator(99).next("new.txt").text());
        String[] annotated = run("annotate", letter.toString(), "--model", model.toString());
        assertEquals("0", annotated[0], annotated[2]);
        assertTrue(annotated[1].contains("\"type\":\"Medication\""), annotated[1]);

        Path brat = dir.resolve("brat");
        String[] toBrat = run("annotate", letter.toString(), "--model", model.toString(), "--format", "brat", "--out",
                brat.toString());
        assertEquals("0", toBrat[0], toBrat[2]);
        assertTrue(Files.readString(brat.resolve("new.ann")).contains("\tMedication "));
        assertTrue(Files.exists(brat.resolve("annotation.conf")));
    }

    @Test
    void moreFoldsThanLettersGiveOneLetterPerFold() throws IOException {
        String[] train = run("train-ner", "--corpus", corpus(3).toString(), "--types", "Medication", "--out",
                dir.resolve("m.bin").toString(), "--folds", "10", "--iterations", "10", "--cutoff", "1");
        assertEquals("0", train[0], train[2]);
        assertTrue(train[2].contains("imrnlp: 3 letters with gold, fewer than 10 folds: 3-fold cross-validation,"
                + " one letter per fold"), train[2]);
        assertTrue(train[1].startsWith("3-fold cross-validation\n"), train[1]);
        assertTrue(Files.isRegularFile(dir.resolve("m.bin")));
        assertEquals("2", run("train-ner", "--corpus", dir.toString(), "--types", "Medication", "--out",
                dir.resolve("n.bin").toString(), "--folds", "1")[0]);
    }

    @Test
    void foldsAreCappedAtTheLetters() {
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.PrintWriter writer = new java.io.PrintWriter(err);
        assertEquals(10, TrainNerCommand.foldsFor(10, 30, writer));
        assertEquals(0, TrainNerCommand.foldsFor(0, 30, writer));
        assertEquals("", err.toString());
        assertEquals(5, TrainNerCommand.foldsFor(10, 5, writer));
        assertEquals(0, TrainNerCommand.foldsFor(10, 1, writer));
        writer.flush();
        assertEquals(2, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("1 letter with gold: too few for cross-validation; training only"), err.toString());
    }

    @Test
    void badUsageExitsWithTwoAndOneLine() {
        String[] result = run("annotate", "x.txt", "--format", "brat");
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("give --out DIR"), result[2]);
        assertEquals("2", run("annotate", "x.txt", "--format", "yaml")[0]);
    }
}
