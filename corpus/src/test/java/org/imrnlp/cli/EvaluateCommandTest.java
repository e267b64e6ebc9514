package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static final String LETTER = "The patient is a 52-year-old female with a work injury dated 3/14/09.\n\n"
            + "She takes Lyrica 75 mg twice a day and denies numbness in the left leg.\n";

    @TempDir
    Path dir;

    private Path gold;
    private Path pred;
    private String out;
    private String err;

    @BeforeEach
    void folders() throws IOException {
        gold = Files.createDirectory(dir.resolve("gold"));
        pred = Files.createDirectory(dir.resolve("pred"));
        // Medication: strict 1/3 precision, 1/2 recall; lenient 2/3, 1.
        Files.writeString(gold.resolve("a.meds.json"), """
                {"source": "a.txt", "textLength": 100, "annotations": [
                  {"id": "M1", "type": "Medication", "begin": 10, "end": 18, "attributes": {"normalized": "tizanidine"}},
                  {"id": "M2", "type": "Medication", "begin": 30, "end": 36}]}
                """);
        Files.writeString(gold.resolve("a.clinical.json"), """
                {"source": "a.txt", "textLength": 100, "annotations": [
                  {"id": "C1", "type": "Diagnosis", "begin": 50, "end": 70,
                   "assertion": {"negated": true, "uncertain": false, "historical": false, "generic": false, "subject": "patient"}}]}
                """);
        Files.writeString(pred.resolve("run.jsonl"), """
                {"source": "a.txt", "textLength": 100, "annotations": [{"id": "T1", "type": "Medication", "begin": 10, "end": 18, "attributes": {"normalized": "tizanidine"}}, {"id": "T2", "type": "Medication", "begin": 29, "end": 36}, {"id": "T3", "type": "Medication", "begin": 80, "end": 85}, {"id": "T4", "type": "Diagnosis", "begin": 55, "end": 60, "assertion": {"negated": true}}]}
                """);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = ImrNlpCommand.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        err = e.toString();
        return status;
    }

    @Test
    void printsTheTypeAttributeAndAssertionTables() {
        assertEquals(0, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString()), err);

        assertTrue(out.startsWith("1 gold documents (" + gold + "), predictions from " + pred + "\n"), out);
        assertTrue(out.contains("Medication        2      3 | 0.3333 0.5000 0.4000 | 0.6667 1.0000 0.8000\n"), out);
        assertTrue(out.contains("Diagnosis         1      1 | 0.0000 0.0000 0.0000 | 1.0000 1.0000 1.0000\n"), out);
        assertTrue(out.contains("micro             3      4 | 0.2500 0.3333 0.2857 | 0.7500 1.0000 0.8571\n"), out);
        assertTrue(out.contains("Medication   normalized               1       1     0       0     0   1.0000\n"), out);
        assertTrue(out.contains("negated         3     1     1     1     0     0 | 1.0000 1.0000 1.0000\n"), out);
        assertEquals("", err);
    }

    @Test
    void jsonHasTheSameFigures() throws IOException {
        assertEquals(0, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--json"), err);

        JsonNode root = new ObjectMapper().readTree(out);
        assertEquals(1, root.get("documents").asInt());
        JsonNode med = root.get("types").get(0);
        assertEquals("Medication", med.get("type").asText());
        assertEquals(0.4, med.get("strict").get("f1").asDouble());
        assertEquals(2, med.get("lenient").get("tp").asInt());
        assertEquals(0.8571, root.get("micro").get("lenient").get("f1").asDouble());
        assertEquals("negated", root.get("assertions").get(0).get("flag").asText());
    }

    @Test
    void typesRestrictTheScoring() throws IOException {
        assertEquals(0, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--json",
                "--types", "Diagnosis"), err);

        JsonNode types = new ObjectMapper().readTree(out).get("types");
        assertEquals(1, types.size());
        assertEquals("Diagnosis", types.get(0).get("type").asText());
    }

    @Test
    void errorsAreWrittenToTheNamedFile() throws IOException {
        Path errors = dir.resolve("errors.tsv");

        assertEquals(0, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--errors",
                errors.toString()), err);

        assertEquals(List.of("document\tkind\ttype\tbegin\tend\ttext\tdetail\tcontext",
                "a.txt\tBOUNDARY\tMedication\t30\t36\t\tpredicted 29-36\t",
                "a.txt\tBOUNDARY\tDiagnosis\t50\t70\t\tpredicted 55-60\t",
                "a.txt\tFALSE_HIT\tMedication\t80\t85\t\t\t"), Files.readAllLines(errors));
    }

    @Test
    void textsGiveTheErrorListingItsContext() throws IOException {
        Path texts = Files.createDirectory(dir.resolve("texts"));
        String text = "0123456789" + "Zanaflex" + "x".repeat(48) + "\n\n" + "y".repeat(12) + "Norco" + "z".repeat(15);
        Files.writeString(texts.resolve("a.txt"), text);
        Path errors = dir.resolve("errors.tsv");

        assertEquals(0, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--texts",
                texts.toString(), "--errors", errors.toString()), err);

        assertEquals("a.txt\tFALSE_HIT\tMedication\t80\t85\tNorco\t\t" + "x".repeat(26) + " " + "y".repeat(12)
                + "[[Norco]]" + "z".repeat(15), Files.readAllLines(errors).get(3));
        assertEquals("", err);
    }

    @Test
    void goldTextThatIsNotTheLettersIsAWarningWithoutTheText() throws IOException {
        Path texts = Files.createDirectory(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "0123456789" + "Zanaflex" + "x".repeat(82));
        Files.writeString(gold.resolve("a.extra.json"), """
                {"source": "a.txt", "textLength": 100, "annotations": [
                  {"id": "S1", "type": "Symptom", "begin": 10, "end": 18, "text": "Zanaflax"}]}
                """);

        assertEquals(0, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--texts",
                texts.toString()));

        assertEquals("imrnlp: warning: gold a.txt annotation S1 (Symptom 10-18): its text differs from the "
                + "letter's text at that span\n", err);
    }

    @Test
    void aGoldDocumentWithoutPredictionIsAWarningAndAllMisses() throws IOException {
        Files.writeString(gold.resolve("b.meds.json"), """
                {"source": "b.txt", "textLength": 40, "annotations": [
                  {"id": "M1", "type": "Medication", "begin": 1, "end": 5}]}
                """);

        assertEquals(0, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString()));

        assertEquals("imrnlp: warning: no prediction for gold document b.txt (" + gold.resolve("b.meds.json")
                + "); counted as all misses\n", err);
        assertTrue(out.contains("Medication        3      3 | 0.3333 0.3333 0.3333 | 0.6667 0.6667 0.6667\n"), out);
    }

    @Test
    void aMissingFolderIsOneLineAndStatusOne() {
        Path nowhere = dir.resolve("nowhere");

        assertEquals(1, run("evaluate", "--gold", nowhere.toString(), "--pred", pred.toString()));

        assertEquals("imrnlp: " + nowhere + ": no such folder\n", err);
        assertEquals("", out);
    }

    @Test
    void unreadableJsonIsOneLineNamingTheFileAndStatusOne() throws IOException {
        Path bad = Files.writeString(pred.resolve("bad.json"), "{\"source\": \"a.txt\",\n \"annotations\": [}");

        assertEquals(1, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString()));

        assertTrue(err.startsWith("imrnlp: " + bad + ": not a document in the JSON form"), err);
        assertEquals(1, err.lines().count(), err);
    }

    @Test
    void differentTextLengthsAreRefused() throws IOException {
        Files.writeString(pred.resolve("run.jsonl"), "{\"source\": \"a.txt\", \"textLength\": 99, \"annotations\": []}\n");

        assertEquals(1, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString()));

        assertTrue(err.startsWith("imrnlp: source a.txt: textLength 100 in "), err);
    }

    @Test
    void anUnknownTypeIsBadUsage() {
        assertEquals(2, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--types", "Drug"));
        assertTrue(err.startsWith("unknown type 'Drug' in --types (known: Medication, Dose,"), err);
    }

    @Test
    void predictionsOrLettersAreRequired() {
        assertEquals(2, run("evaluate", "--gold", gold.toString()));
        assertEquals(2, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--letters", "x"));
    }

    @Test
    void helpDescribesTheOptions() {
        assertEquals(0, run("evaluate", "--help"));
        for (String option : List.of("--gold", "--pred", "--letters", "--texts", "--errors", "--types", "--json",
                "--write-pinned", "Exit status")) {
            assertTrue(out.contains(option), option + " in\n" + out);
        }
        assertEquals(0, run("--help"));
        assertTrue(out.contains("evaluate"), out);
        assertTrue(out.contains("agreement"), out);
    }

    @Test
    void lettersAreAnnotatedWithTheExtractorAndScored() throws IOException {
        Path letters = Files.createDirectory(dir.resolve("letters"));
        Files.writeString(letters.resolve("c.txt"), LETTER);
        Path goldC = Files.createDirectory(dir.resolve("goldC"));
        int lyrica = LETTER.indexOf("Lyrica");
        Files.writeString(goldC.resolve("c.meds.json"), "{\"source\": \"c.txt\", \"textLength\": " + LETTER.length()
                + ", \"annotations\": [{\"id\": \"M1\", \"type\": \"Medication\", \"begin\": " + lyrica
                + ", \"end\": " + (lyrica + 6) + ", \"text\": \"Lyrica\"}]}");

        assertEquals(0, run("evaluate", "--gold", goldC.toString(), "--letters", letters.toString(), "--json"), err);

        JsonNode med = new ObjectMapper().readTree(out).get("types").get(0);
        assertEquals("Medication", med.get("type").asText());
        assertEquals(1, med.get("gold").asInt());
        assertEquals(1, med.get("lenient").get("tp").asInt() + med.get("lenient").get("fn").asInt());
        assertEquals("", err);
    }

    @Test
    void aLetterOfAnotherLengthThanTheGoldSaysIsRefused() throws IOException {
        Path letters = Files.createDirectory(dir.resolve("letters"));
        Path letter = Files.writeString(letters.resolve("a.txt"), LETTER);

        assertEquals(1, run("evaluate", "--gold", gold.toString(), "--letters", letters.toString()));

        assertTrue(err.startsWith("imrnlp: " + letter + ": " + LETTER.length() + " characters, but the gold ("), err);
    }

    @Test
    void pinnedScoresAreWrittenOnRequest() throws IOException {
        Path pins = dir.resolve("pins.tsv");

        assertEquals(0, run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--write-pinned",
                pins.toString()), err);

        assertEquals(List.of("type\tstrict_f1\tlenient_f1", "Medication\t0.4000\t0.8000", "Diagnosis\t0.0000\t1.0000",
                "Medication.assertion.subject\t1.0000\t1.0000", "Medication.normalized\t1.0000\t1.0000",
                "Diagnosis.assertion.subject\t1.0000\t1.0000", "assertion.negated\t1.0000\t1.0000"),
                Files.readAllLines(pins));
    }

    @Test
    void agreementPrintsPairwiseF1PerType() {
        assertEquals(0, run("agreement", gold.toString(), pred.toString()), err);

        assertTrue(out.contains("agreement (pairwise F1) of " + gold + " and " + pred + "\n"), out);
        assertTrue(out.contains("Medication        2      3 |    0.4000     0.8000\n"), out);
        assertTrue(out.contains("micro             3      4 |    0.2857     0.8571\n"), out);
    }

    @Test
    void agreementIsTheSameEitherWay() {
        assertEquals(0, run("agreement", pred.toString(), gold.toString()), err);

        assertTrue(out.contains("Medication        3      2 |    0.4000     0.8000\n"), out);
    }
}
