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
 * Also requires the attributes in {@link #EXACT_ATTRIBUTES} to be right on every matched
 * annotation, every negated clinical concept of the gold to be found negated and no affirmed one
 * to be marked negated. Skipped while there is no gold or nothing is pinned. Regenerate the pins with
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
        List<String> failures = new java.util.ArrayList<>(pins.check(e));
        for (String[] attribute : EXACT_ATTRIBUTES) {
            e.attribute(attribute[0], attribute[1]).filter(a -> a.wrong() + a.missing() > 0)
                    .ifPresent(a -> failures.add(a.type() + "." + a.attribute() + ": " + a.wrong() + " wrong, "
                            + a.missing() + " missing"));
        }
        e.assertion("negated").filter(a -> a.counts().fn() + a.counts().fp() > 0)
                .ifPresent(a -> failures.add("negated: " + a.counts().fn() + " negated concepts not found, "
                        + a.counts().fp() + " affirmed concepts marked negated"));
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures) + "\n\n" + EvaluationReport.table(e));
    }

    /**
     * Attributes that must be right on every matched seed annotation: what a disputed medication
     * item asks for, the decisions, the dates of injury and the people.
     */
    private static final String[][] EXACT_ATTRIBUTES = {
        {"Medication", "normalized"}, {"Medication", "strength"}, {"Medication", "quantity"},
        {"Medication", "refills"}, {"DisputedItem", "decision"}, {"DisputedItem", "guideline"},
        {"DisputedItem", "pages"}, {"DateOfInjury", "iso"}, {"Demographics", "age"}, {"Demographics", "sex"},
        {"ReviewerCredential", "specialty"}, {"ReviewerCredential", "licensure"},
    };

    private static boolean hasJson(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"));
        }
    }
}
