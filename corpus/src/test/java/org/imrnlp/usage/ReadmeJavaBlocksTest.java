package org.imrnlp.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * README.md and the tests that run its examples cannot drift apart: each {@code ```java} block of
 * the README must be in one of {@link #EXAMPLES} ({@link ReadmeExamplesTest} here; the FHIR and
 * Spark examples in the tests of their own modules, which hold their dependencies), its imports
 * among that test's imports and the rest word for word (white space aside) in one piece.
 */
class ReadmeJavaBlocksTest {

    private static final Path README = Path.of("../README.md");
    private static final List<Path> EXAMPLES = List.of(
            Path.of("src/test/java/org/imrnlp/usage/ReadmeExamplesTest.java"),
            Path.of("../fhir/src/test/java/org/imrnlp/fhir/ReadmeFhirExampleTest.java"),
            Path.of("../spark/src/test/java/org/imrnlp/spark/ReadmeSparkExampleTest.java"));
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static String normalized(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyJavaBlockOfTheReadmeIsInTheExamplesTest() throws IOException {
        List<String> blocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
        assertTrue(blocks.size() >= 5, "README.md has its Java examples: " + blocks.size());
        List<String> sources = new ArrayList<>();
        for (Path example : EXAMPLES) {
            sources.add(Files.readString(example, StandardCharsets.UTF_8));
        }
        for (String block : blocks) {
            assertTrue(sources.stream().anyMatch(source -> holds(source, block)),
                    "README example not in any of " + EXAMPLES + " (with its imports):\n" + block);
        }
    }

    /** Whether the test {@code source} imports what {@code block} imports and holds the rest of it. */
    private static boolean holds(String source, String block) {
        Set<String> imports = source.lines().filter(l -> l.startsWith("import ")).collect(Collectors.toSet());
        List<String> lines = block.lines().toList();
        boolean imported = lines.stream().filter(l -> l.startsWith("import ")).allMatch(l -> imports.contains(l.strip()));
        String body = normalized(lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n")));
        return imported && normalized(source).contains(body);
    }

    @Test
    void findsTheJavaBlocksOfMarkdownAndNoOthers() {
        String markdown = "Text\n\n```java\nint a = 1;\n```\n\n```sh\nls\n```\n\n```java\nimport x.Y;\n\nY.go();\n```\n";
        assertEquals(List.of("int a = 1;\n", "import x.Y;\n\nY.go();\n"), javaBlocks(markdown));
    }
}
