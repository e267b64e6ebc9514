package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.imrnlp.annotators.ner.NerFloors;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.corpus.LetterGenerator;
import org.imrnlp.corpus.gold.GoldCorpus;
import org.imrnlp.corpus.train.NerCorpus;
import org.imrnlp.models.TsvTable;
import org.imrnlp.models.ner.ClinicalVocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train-ner --gold}: trains on the dev split only, cross-validates rules plus model, sweeps the floors, writes a self-describing model and its floors. */
class TrainNerGoldTest {

    @TempDir
    static Path dir;
    static Path corpora;
    static Path gold;

    /** Eight generated dev documents (four letters, four notes) and two test letters, stored as gold. */
    @BeforeAll
    static void writeGold() throws IOException {
        corpora = dir.resolve("corpora");
        gold = dir.resolve("gold");
        Files.createDirectories(corpora.resolve("letters"));
        LetterGenerator generator = new LetterGenerator(5);
        for (int i = 0; i < 10; i++) {
            String split = i < 8 ? "dev" : "test";
            String kind = i % 2 == 0 ? "letter" : "note";
            String source = "letters/doc" + i + ".txt";
            LetterGenerator.Letter letter = generator.next(source);
            Files.writeString(corpora.resolve(source), letter.text(), StandardCharsets.UTF_8);
            AnnotatedDocument document = new AnnotatedDocument(source, letter.text().length(), letter.gold().annotations());
            GoldCorpus.store(gold, new GoldCorpus.Entry(source, split, kind, "-", "generated",
                    GoldCorpus.sha256(letter.text())), document, letter.text());
        }
    }

    @Test
    void trainsOnDevCrossValidatesWithTheRulesAndRecordsTheTrainingData() throws IOException {
        Path model = dir.resolve("out/meds.bin");
        Path floors = dir.resolve("out/meds-floors.tsv");
        AnnotateCommandTest.Result result = AnnotateCommandTest.run("train-ner", "--gold", gold.toString(), "--corpora", corpora.toString(), "--types",
                "Medication", "--features", "clinical", "--folds", "2", "--iterations", "20", "--cutoff", "1",
                "--out", model.toString(), "--floors", floors.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.err().contains("8 dev documents"), result.err());
        assertTrue(result.out().contains("== letter =="), result.out());
        assertTrue(result.out().contains("== note =="), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith("Medication") && l.contains("rules+model(any-entity,p>=0.00)")),
                result.out());
        for (String floor : new String[] {"off", "0.00", "0.50", "0.98"}) {
            assertTrue(result.out().lines().anyMatch(l -> l.matches("Medication +" + floor.replace(".", "\\.") + " \\|.*")),
                    floor + "\n" + result.out());
        }
        assertEquals(1, result.out().lines().filter(l -> l.endsWith("<- chosen")).count(), result.out());
        NerFloors chosen = NerFloors.of(TsvTable.parse(floors.toString(), Files.readAllLines(floors).stream()
                .filter(l -> !l.startsWith("#")).toList()));
        assertEquals(java.util.Set.of("Medication"), chosen.byType().keySet());
        assertTrue(result.out().lines().anyMatch(l -> l.matches("Medication +" + NerFloors.format(chosen.byType()
                .get("Medication")).replace(".", "\\.") + " \\|.*<- chosen")), result.out());

        TokenNameFinderModel written = new TokenNameFinderModel(model);
        GoldCorpus loaded = GoldCorpus.load(gold, corpora);
        assertEquals(NerCorpus.trainingChecksum(gold, loaded.select("dev", null)),
                written.getManifestProperty("imrnlp.training-data-sha256"));
        assertEquals("Medication", written.getManifestProperty("imrnlp.types"));
        assertEquals("clinical", written.getManifestProperty("imrnlp.features"));
        assertEquals(ClinicalVocabulary.shared().sha256(), written.getManifestProperty("imrnlp.vocabulary-sha256"));
    }

    @Test
    void theChecksumChangesWithTheGoldAndTheSplitIsDevOnly() throws IOException {
        GoldCorpus loaded = GoldCorpus.load(gold, corpora);
        assertTrue(!NerCorpus.trainingChecksum(gold, loaded.select("dev", null))
                .equals(NerCorpus.trainingChecksum(gold, loaded.select("dev", "letter"))));
        AnnotateCommandTest.Result result = AnnotateCommandTest.run("train-ner", "--gold", gold.toString(), "--corpora", corpora.toString(), "--split", "test",
                "--types", "Medication", "--out", dir.resolve("x.bin").toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("the test split is for scoring only"), result.err());
        result = AnnotateCommandTest.run("train-ner", "--gold", gold.toString(), "--corpora", corpora.toString(),
                "--folds", "0", "--types", "Medication", "--out", dir.resolve("x.bin").toString(), "--floors",
                dir.resolve("x.tsv").toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("--floors needs --gold and cross-validation"), result.err());
    }
}
