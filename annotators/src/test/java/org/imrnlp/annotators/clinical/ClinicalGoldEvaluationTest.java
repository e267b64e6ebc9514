package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores the clinical annotators against the hand-made gold of the seed letters
 * ({@code corpus/samples/gold/*.clinical.json}): lenient (overlapping span, same type) and strict
 * (same span) precision, recall and F1 per type, pinned at the issue's targets (lenient).
 */
class ClinicalGoldEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicalGoldEvaluationTest.class);
    private static final Path GOLD = Path.of("..", "corpus", "samples", "gold");
    private static final Path LETTERS = Path.of("..", "corpus", "samples", "letters");
    private static final Map<String, Double> TARGETS = Map.of("Diagnosis", 0.90, "ExamFinding", 0.85,
            "Symptom", 0.85, "Procedure", 0.85, "PainScore", 0.95);

    private static ImrExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    /** Counts of one type: true positives of gold and system separately (lenient matching is not 1:1). */
    private static final class Score {
        int gold;
        int system;
        int goldFound;
        int systemCorrect;
        int strict;
        int sameAttributes;

        double precision(boolean lenient) {
            return system == 0 ? 1 : (double) (lenient ? systemCorrect : strict) / system;
        }

        double recall(boolean lenient) {
            return gold == 0 ? 1 : (double) (lenient ? goldFound : strict) / gold;
        }

        double f1(boolean lenient) {
            double p = precision(lenient);
            double r = recall(lenient);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    @Test
    void seedLettersMeetTheTargets() throws IOException {
        Map<String, Score> scores = new TreeMap<>();
        TARGETS.keySet().forEach(type -> scores.put(type, new Score()));
        List<Path> golds;
        try (Stream<Path> files = Files.list(GOLD)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".clinical.json")).sorted().toList();
        }
        assertTrue(golds.size() >= 5, "gold files");
        for (Path goldFile : golds) {
            AnnotatedDocument gold = JsonForm.read(goldFile);
            String text = Files.readString(LETTERS.resolve(gold.source()));
            Extraction x = extractor.extract(text, gold.source());
            List<Annotation> system = new ArrayList<>(x.toDocument().annotations());
            for (String type : TARGETS.keySet()) {
                List<Annotation> g = gold.annotations().stream().filter(a -> a.type().equals(type)).toList();
                List<Annotation> s = system.stream().filter(a -> a.type().equals(type)).toList();
                Score score = scores.get(type);
                score.gold += g.size();
                score.system += s.size();
                for (Annotation a : g) {
                    if (s.stream().anyMatch(b -> overlap(a, b))) {
                        score.goldFound++;
                    } else {
                        LOG.info("missed {} {} [{}]", gold.source(), type, a.text().replaceAll("\\s+", " "));
                    }
                    Annotation same = s.stream().filter(b -> b.begin() == a.begin() && b.end() == a.end())
                            .findFirst().orElse(null);
                    if (same != null) {
                        score.strict++;
                        if (same.attributes().equals(a.attributes())) {
                            score.sameAttributes++;
                        } else {
                            LOG.info("attributes {} {} [{}] gold {} system {}", gold.source(), type,
                                    a.text().replaceAll("\\s+", " "), a.attributes(), same.attributes());
                        }
                    }
                }
                for (Annotation b : s) {
                    if (g.stream().anyMatch(a -> overlap(a, b))) {
                        score.systemCorrect++;
                    } else {
                        LOG.info("spurious {} {} [{}]", gold.source(), type, b.text().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        scores.forEach((type, s) -> LOG.info(String.format(
                "%-12s gold %3d system %3d  lenient P %.3f R %.3f F1 %.3f  strict P %.3f R %.3f F1 %.3f"
                        + "  same attributes %d/%d",
                type, s.gold, s.system, s.precision(true), s.recall(true), s.f1(true),
                s.precision(false), s.recall(false), s.f1(false), s.sameAttributes, s.strict)));
        scores.forEach((type, s) -> assertTrue(s.f1(true) >= TARGETS.get(type),
                type + " lenient F1 " + s.f1(true) + " below " + TARGETS.get(type)));
    }

    private static boolean overlap(Annotation a, Annotation b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }
}
