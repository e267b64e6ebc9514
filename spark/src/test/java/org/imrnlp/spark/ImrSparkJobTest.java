package org.imrnlp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImrSparkJobTest {

    @TempDir
    static Path temp;

    private static SparkSession spark;
    private static Path letters;

    @BeforeAll
    static void folder() throws IOException {
        spark = LocalSpark.session();
        letters = SyntheticLetters.write(temp.resolve("letters"));
    }

    /** The exit status, standard output and standard error of one run of the job. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = ImrSparkJob.run(spark, args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void aFolderGivesParquetTablesOfAnnotationsAndDocumentsAndASummary() throws IOException {
        Path out = temp.resolve("folder-out");
        Run run = run("--input", letters.toString(), "--output", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("imrnlp-spark: done 4, failed 3, "), run.out());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("imrnlp-spark: bad/")).sorted().toList();
        assertEquals(3, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("imrnlp-spark: bad/broken.pdf: not a readable PDF"), errors.get(0));

        Dataset<Row> documents = spark.read().parquet(out.resolve("documents").toString());
        assertEquals(List.of("docId", "bytes", "textLength", "annotationCount", "error", "text"), Arrays.asList(documents.columns()));
        assertEquals(7, documents.count());
        Dataset<Row> annotations = spark.read().parquet(out.resolve("annotations").toString());
        assertEquals(ResultRows.ANNOTATION.fieldNames().length, annotations.columns().length);
        long counted = documents.where("error IS NULL").selectExpr("sum(annotationCount)").first().getLong(0);
        assertEquals(counted, annotations.count());
        Row pdf = documents.where("docId = 'pdf/CM17-0100003.pdf'").first();
        assertEquals(annotations.where("docId = 'pdf/CM17-0100003.pdf'").count(), (long) pdf.<Integer>getAs("annotationCount"));
        // offsets index the text kept beside the annotations
        String text = pdf.getAs("text");
        for (Row a : annotations.where("docId = 'pdf/CM17-0100003.pdf'").collectAsList()) {
            assertEquals(text.substring(a.<Integer>getAs("begin"), a.<Integer>getAs("end")), a.getAs("text"));
        }

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(4, summary.get("done").asLong());
        assertEquals(3, summary.get("failed").asLong());
        assertEquals(counted, summary.get("annotations").asLong());
        assertEquals(documents.selectExpr("sum(textLength)").first().getLong(0), summary.get("chars").asLong());
        long bytes;
        try (Stream<Path> files = Files.walk(letters)) {
            bytes = files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")
                    && !f.toString().endsWith(".md")).mapToLong(f -> f.toFile().length()).sum();
        }
        assertEquals(bytes, summary.get("bytes").asLong());
        assertTrue(summary.get("megabytesPerSecond").asDouble() > 0);
    }

    @Test
    void aParquetTableGivesJsonLinesWithoutCopyingItsTexts() throws IOException {
        StructType schema = new StructType().add("note_id", DataTypes.LongType).add("body", DataTypes.StringType);
        Path table = temp.resolve("notes.parquet");
        spark.createDataFrame(List.of(RowFactory.create(101L, SyntheticLetters.NOTE), RowFactory.create(102L, SyntheticLetters.LETTER_1)),
                schema).write().parquet(table.toString());
        Path out = temp.resolve("table-out");
        Run run = run("--parquet", table.toString(), "--id-column", "note_id", "--text-column", "body",
                "--output", out.toString(), "--format", "jsonl", "--partitions", "2");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("imrnlp-spark: done 2, failed 0, "), run.out());

        List<JsonNode> lines = jsonLines(out.resolve("annotations"));
        JsonNode negated = lines.stream().filter(n -> n.get("docId").asText().equals("101")
                && n.get("text").asText().equals("nausea")).findFirst().orElseThrow();
        assertTrue(negated.get("negated").asBoolean());
        assertEquals("Symptom", negated.get("type").asText());
        List<JsonNode> documents = jsonLines(out.resolve("documents"));
        assertEquals(2, documents.size());
        assertFalse(documents.get(0).has("text"));
        assertEquals(lines.size(), documents.stream().mapToInt(d -> d.get("annotationCount").asInt()).sum());
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsGivenAndFailOnErrorExitsWithOne() {
        Path out = temp.resolve("existing-out");
        assertEquals(0, run("--input", letters.resolve("notes").toString(), "--output", out.toString()).status());
        Run again = run("--input", letters.resolve("notes").toString(), "--output", out.toString());
        assertEquals(1, again.status());
        assertEquals("imrnlp-spark: " + out + ": already exists (give --overwrite to replace its results)\n", again.err());
        Run strict = run("--input", letters.resolve("bad").toString(), "--output", out.toString(), "--overwrite",
                "--fail-on-error");
        assertEquals(1, strict.status());
        assertTrue(strict.out().startsWith("imrnlp-spark: done 0, failed 3, 0 annotations"), strict.out());
    }

    @Test
    void badUsageExitsWithTwoAndAMissingInputWithOneLine() {
        Run both = run("--input", "a", "--parquet", "b", "--output", "c");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        assertEquals(2, run("--input", "a", "--output", "c", "--format", "csv").status());
        Run missing = run("--input", temp.resolve("no-such-folder").toString(), "--output", temp.resolve("x").toString());
        assertEquals(1, missing.status());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("no-such-folder"), missing.err());
    }

    private static List<JsonNode> jsonLines(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(line -> {
                try {
                    return json.readTree(line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
