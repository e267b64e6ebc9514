package org.imrnlp.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor against the medication gold of the seed letters
 * ({@code corpus/samples/gold/*.meds.json}), strictly: same type and span; a Dose also the same
 * kind, value, unit and medication span. Pins the figures the medication issue asks for.
 */
class MedicationGoldTest {

    private static final Path SAMPLES = Path.of("samples");
    private static ImrExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void medicationsDosesAndClassesMatchTheGold() throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        int attributeErrors = 0;
        List<String> differences = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> files = Files.list(SAMPLES.resolve("gold"))) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".meds.json")).sorted().toList();
        }
        assertEquals(5, golds.size(), "seed gold files");
        for (Path goldFile : golds) {
            AnnotatedDocument gold = JsonForm.read(goldFile);
            String text = Files.readString(SAMPLES.resolve("letters").resolve(gold.source()), StandardCharsets.UTF_8);
            AnnotatedDocument system = extractor.extract(text, gold.source()).toDocument();
            Map<String, String> goldKeys = keys(gold);
            Map<String, String> systemKeys = keys(system);
            for (String type : List.of("Medication", "Dose", "DrugClass")) {
                int[] c = counts.computeIfAbsent(type, t -> new int[3]);
                Set<String> g = select(goldKeys, type);
                Set<String> s = select(systemKeys, type);
                for (String k : s) {
                    if (g.contains(k)) {
                        c[0]++;
                    } else {
                        c[1]++;
                        differences.add(gold.source() + " extra " + k);
                    }
                }
                for (String k : g) {
                    if (!s.contains(k)) {
                        c[2]++;
                        differences.add(gold.source() + " missed " + k);
                    }
                }
            }
            attributeErrors += compareMedicationAttributes(gold, system, differences);
        }
        StringBuilder report = new StringBuilder();
        counts.forEach((type, c) -> report.append(String.format(Locale.ROOT, "%s tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f%n",
                type, c[0], c[1], c[2], p(c), r(c), f(c))));
        report.append("medication attribute errors: ").append(attributeErrors).append('\n');
        differences.forEach(d -> report.append(d).append('\n'));
        System.out.print(report);
        assertTrue(f(counts.get("Medication")) >= 0.97, report::toString);
        assertTrue(f(counts.get("Dose")) >= 0.93, report::toString);
        assertTrue(f(counts.get("DrugClass")) >= 0.90, report::toString);
        assertTrue(attributeErrors <= 2, report::toString);
    }

    /** Normalized drug, class and dose attributes of every Medication both sides found. */
    private static int compareMedicationAttributes(AnnotatedDocument gold, AnnotatedDocument system,
                                                   List<String> differences) {
        Map<String, Annotation> systemBySpan = new HashMap<>();
        system.annotations().stream().filter(a -> a.type().equals("Medication"))
                .forEach(a -> systemBySpan.put(a.begin() + "-" + a.end(), a));
        int errors = 0;
        for (Annotation g : gold.annotations()) {
            Annotation s = systemBySpan.get(g.begin() + "-" + g.end());
            if (!g.type().equals("Medication") || s == null) {
                continue;
            }
            for (String name : List.of("normalized", "drugClass", "strength", "quantity", "refills", "amount",
                    "frequency", "form", "route")) {
                if (!java.util.Objects.equals(g.attribute(name), s.attribute(name))) {
                    errors++;
                    differences.add(gold.source() + " " + g.text() + "@" + g.begin() + " " + name + " gold="
                            + g.attribute(name) + " system=" + s.attribute(name));
                }
            }
        }
        return errors;
    }

    /** Type-prefixed keys of the medication-area annotations: span, and for doses kind, value, unit, medication span. */
    private static Map<String, String> keys(AnnotatedDocument doc) {
        Map<String, Annotation> byId = new HashMap<>();
        doc.annotations().forEach(a -> byId.put(a.id(), a));
        Map<String, String> keys = new HashMap<>();
        for (Annotation a : doc.annotations()) {
            String key = a.type() + " " + a.begin() + "-" + a.end() + " '" + a.text().replaceAll("\\s+", " ") + "'";
            switch (a.type()) {
                case "Dose" -> {
                    Annotation m = byId.get(a.attribute("medication"));
                    key += " " + a.attribute("kind") + "=" + a.attribute("value") + " " + a.attribute("unit")
                            + " of " + (m == null ? "?" : m.text() + "@" + m.begin());
                }
                case "Medication", "DrugClass" -> { }
                default -> {
                    continue;
                }
            }
            keys.put(key, a.type());
        }
        return keys;
    }

    private static Set<String> select(Map<String, String> keys, String type) {
        Set<String> out = new HashSet<>();
        keys.forEach((k, t) -> {
            if (t.equals(type)) {
                out.add(k);
            }
        });
        return out;
    }

    private static double p(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static double r(int[] c) {
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }

    private static double f(int[] c) {
        double p = p(c);
        double r = r(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
