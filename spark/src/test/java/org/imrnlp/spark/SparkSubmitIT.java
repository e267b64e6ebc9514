package org.imrnlp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command on this machine: the module's spark-submit script runs the shaded job jar
 * (after {@code package}) in a JVM of its own, with nothing of IMR-NLP on Spark's classpath, so
 * the jar must carry the pipeline, its resources and uimaFIT's merged type-system lists.
 */
class SparkSubmitIT {

    @TempDir
    Path temp;

    @Test
    void theJobJarRunsUnderSparkSubmitAndWritesJsonLines() throws IOException, InterruptedException {
        Path letters = SyntheticLetters.write(temp.resolve("letters"));
        Path out = temp.resolve("out");
        Path stdout = temp.resolve("stdout.txt");
        Path stderr = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder("bash", "spark-submit", "--master", "local[2]", "--driver-memory", "1g",
                "--class", "org.imrnlp.spark.ImrSparkJob", "target/imrnlp-spark-job.jar",
                "--input", letters.toString(), "--output", out.toString(), "--format", "jsonl")
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "spark-submit did not finish in 5 minutes");
        String err = Files.readString(stderr);
        assertEquals(0, process.exitValue(), err);
        String summaryLine = Files.readString(stdout).strip();
        assertTrue(summaryLine.startsWith("imrnlp-spark: done 4, failed 3, "), summaryLine + "\n" + err);
        assertTrue(err.contains("imrnlp-spark: bad/empty.txt: empty file"), err);

        ObjectMapper json = new ObjectMapper();
        JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
        List<JsonNode> annotations = jsonLines(out.resolve("annotations"), json);
        assertEquals(summary.get("annotations").asLong(), annotations.size());
        JsonNode nausea = annotations.stream().filter(a -> a.get("docId").asText().equals("notes/note-1.txt")
                && a.get("text").asText().equals("nausea")).findFirst().orElseThrow();
        assertEquals("Symptom", nausea.get("type").asText());
        assertTrue(nausea.get("negated").asBoolean());
        assertEquals(7, jsonLines(out.resolve("documents"), json).size());
    }

    private static List<JsonNode> jsonLines(Path folder, ObjectMapper json) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    rows.add(json.readTree(line));
                }
            }
        }
        return rows;
    }
}
