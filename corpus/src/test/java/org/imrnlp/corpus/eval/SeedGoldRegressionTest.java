package org.imrnlp.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.Test;

/**
 * Holds the extractor to the pinned per-type F1 on the seed letters: runs it over
 * {@code samples/letters/}, scores it against {@code samples/gold/}, and fails if a type's strict
 * or lenient F1 falls more than {@link PinnedScores#EPSILON} below {@code pinned-scores.tsv}.
 * Skipped while there is no gold or nothing is pinned. Regenerate the pins with
 * {@code ./imrnlp evaluate --gold corpus/samples/gold --letters corpus/samples/letters
 * --write-pinned corpus/src/test/resources/pinned-scores.tsv} (see corpus/doc/decisions-eval.md).
 */
class SeedGoldRegressionTest {

    private static final Path LETTERS = Path.of("samples", "letters");
    private static final Path GOLD = Path.of("samples", "gold");
    private static final String PINS = "/pinned-scores.tsv";

    @Test
    void extractorStaysAtOrAboveThePinnedScores() throws IOException {
        assumeTrue(hasJson(GOLD), "no gold in " + GOLD.toAbsolutePath());
        PinnedScores pins;
        try (InputStream in = getClass().getResourceAsStream(PINS)) {
            assumeTrue(in != null, "no " + PINS);
            pins = PinnedScores.read(new InputStreamReader(in, StandardCharsets.UTF_8), PINS);
        }
        assumeFalse(pins.isEmpty(), PINS + " pins nothing yet");

        DocumentSet gold = DocumentSet.load(GOLD);
        LetterPredictions predictions;
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            predictions = LetterPredictions.annotate(extractor, gold, LETTERS);
        }
        Evaluation e = Evaluator.create().evaluate(gold.documents(), predictions.predicted());

        assertEquals(List.of(), e.missingPredictions(), "gold documents without a letter in " + LETTERS);
        List<String> failures = pins.check(e);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures) + "\n\n" + EvaluationReport.table(e));
    }

    private static boolean hasJson(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"));
        }
    }
}
