package org.imrnlp.corpus.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorpusTest {

    private static final String TEXT = "The injured worker denies numbness.\nShe takes Norco 10/325 mg twice a day.\n";
    private static final String SOURCE = "notes/0001_pain.txt";

    @TempDir
    Path corpora;
    @TempDir
    Path gold;

    @BeforeEach
    void writeText() throws IOException {
        Files.createDirectories(corpora.resolve("notes"));
        Files.writeString(corpora.resolve(SOURCE), TEXT, StandardCharsets.UTF_8);
    }

    private static Annotation annotation(String id, String type, String phrase, Map<String, String> attributes,
                                         Assertion assertion) {
        int begin = TEXT.indexOf(phrase);
        return new Annotation(id, type, begin, begin + phrase.length(), phrase, attributes, assertion);
    }

    private static AnnotatedDocument document() {
        Assertion negated = new Assertion(true, false, false, false, Assertion.Subject.PATIENT);
        return new AnnotatedDocument(SOURCE, TEXT.length(), List.of(
                annotation("s1", "Symptom", "numbness", Map.of(), negated),
                annotation("n1", "NegatedStatement", "denies numbness", Map.of("cue", "denies", "target", "s1"), null),
                annotation("m1", "Medication", "Norco", Map.of("normalized", "hydrocodone/acetaminophen"), Assertion.AFFIRMED),
                annotation("d1", "Dose", "10/325 mg", Map.of("kind", "strength", "medication", "m1"), null)));
    }

    private GoldCorpus.Entry entry() {
        return new GoldCorpus.Entry(SOURCE, "test", "note", "Pain Management", "blind, annotator h1", GoldCorpus.sha256(TEXT));
    }

    @Test
    void storesNoTextAndLoadsTheSameAnnotationsBack() throws IOException {
        GoldCorpus.store(gold, entry(), document(), TEXT);
        String stored = Files.readString(gold.resolve("test/0001_pain.json"));
        assertFalse(stored.contains("numbness"), "the stored gold must not hold document text");
        assertFalse(stored.contains("Norco"), "the stored gold must not hold document text");
        assertTrue(stored.contains("\"textSha\""));

        GoldCorpus loaded = GoldCorpus.load(gold, corpora);
        GoldCorpus.Document d = loaded.documents().get(SOURCE);
        assertEquals(entry(), d.entry());
        assertEquals(TEXT, d.text());
        assertEquals(document().annotations().stream().map(Annotation::text).sorted().toList(),
                d.gold().annotations().stream().map(Annotation::text).sorted().toList());
        Annotation symptom = d.gold().annotations().stream().filter(a -> a.id().equals("s1")).findFirst().orElseThrow();
        assertTrue(symptom.assertion().negated());
        assertEquals(List.of(d), loaded.select("test", "note"));
        assertEquals(List.of(), loaded.select("dev", null));
    }

    @Test
    void aChangedTextIsAnErrorNamingTheGoldFile() throws IOException {
        GoldCorpus.store(gold, entry(), document(), TEXT);
        Files.writeString(corpora.resolve(SOURCE), TEXT.replace("denies", "reports"), StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> GoldCorpus.load(gold, corpora));
        assertTrue(e.getMessage().contains("0001_pain.json"), e.getMessage());
        assertFalse(e.getMessage().contains("reports"), "no document text in messages");
    }

    @Test
    void aMissingTextIsAnError() throws IOException {
        GoldCorpus.store(gold, entry(), document(), TEXT);
        Files.delete(corpora.resolve(SOURCE));
        assertThrows(NoSuchFileException.class, () -> GoldCorpus.load(gold, corpora));
    }

    @Test
    void aShiftedSpanFailsItsChecksum() throws IOException {
        GoldCorpus.store(gold, entry(), document(), TEXT);
        Path file = gold.resolve("test/0001_pain.json");
        int begin = TEXT.indexOf("Norco");
        Files.writeString(file, Files.readString(file).replace("\"begin\":" + begin + ",", "\"begin\":" + (begin + 1) + ","));
        IOException e = assertThrows(IOException.class, () -> GoldCorpus.load(gold, corpora));
        assertTrue(e.getMessage().contains("annotation m1"), e.getMessage());
    }

    @Test
    void storingASpanWhoseTextIsNotTheDocumentsFails() {
        AnnotatedDocument wrong = new AnnotatedDocument(SOURCE, TEXT.length(),
                List.of(new Annotation("x", "Symptom", 0, 3, "Tha", Map.of(), Assertion.AFFIRMED)));
        assertThrows(IOException.class, () -> GoldCorpus.store(gold, entry(), wrong, TEXT));
    }

    @Test
    void storingAgainReplacesTheManifestRow() throws IOException {
        GoldCorpus.store(gold, entry(), document(), TEXT);
        GoldCorpus.Entry dev = new GoldCorpus.Entry(SOURCE, "dev", "note", "Pain Management", "pre-annotated, corrected",
                GoldCorpus.sha256(TEXT));
        GoldCorpus.store(gold, dev, document(), TEXT);
        assertEquals(List.of(dev), GoldCorpus.readManifest(gold));
    }
}
