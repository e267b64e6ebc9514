package org.imrnlp.annotators.imr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the default pipeline on the seed letters and compares the structure annotations (sections,
 * disputed items, demographics, reviewer credentials, dates) with the hand-made gold of
 * {@code corpus/samples/gold/*.structure.json}.
 */
class StructureGoldTest {

    private static final Path LETTERS = Path.of("../corpus/samples/letters");
    private static final Path GOLD = Path.of("../corpus/samples/gold");
    private static final Set<String> TYPES = Set.of("Section", "DisputedItem", "Demographics",
            "ReviewerCredential", "DateOfInjury", "Date");
    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(LETTERS)) {
            return files.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void structureMatchesGold(String seed) throws IOException {
        String text = Files.readString(LETTERS.resolve(seed + ".txt"));
        AnnotatedDocument gold = JsonForm.read(GOLD.resolve(seed + ".structure.json"));
        AnnotatedDocument found = EXTRACTOR.extract(text, seed + ".txt").toDocument();
        for (Annotation a : found.annotations()) {
            assertEquals(text.substring(a.begin(), a.end()), a.text(), a.id());
        }
        assertEquals(String.join("\n", render(gold.annotations())), String.join("\n", render(found.annotations())));
    }

    private static List<String> render(List<Annotation> annotations) {
        return annotations.stream().filter(a -> TYPES.contains(a.type()))
                .map(a -> {
                    TreeMap<String, String> attributes = new TreeMap<>(a.attributes());
                    attributes.remove("requested");
                    return a.type() + "[" + a.begin() + "," + a.end() + "] " + attributes;
                })
                .sorted().toList();
    }
}
