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
 * README.md and {@link ReadmeExamplesTest} cannot drift apart: each {@code ```java} block of the
 * README must be in that test's source, its imports among the test's imports and the rest word for
 * word (white space aside) in one piece.
 */
class ReadmeJavaBlocksTest {

    private static final Path README = Path.of("../README.md");
    private static final Path EXAMPLES = Path.of("src/test/java/org/imrnlp/usage/ReadmeExamplesTest.java");
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
        String source = Files.readString(EXAMPLES, StandardCharsets.UTF_8);
        Set<String> imports = source.lines().filter(l -> l.startsWith("import ")).collect(Collectors.toSet());
        String code = normalized(source);
        for (String block : blocks) {
            List<String> lines = block.lines().toList();
            for (String line : lines) {
                if (line.startsWith("import ")) {
                    assertTrue(imports.contains(line.strip()), "not imported in " + EXAMPLES + ": " + line);
                }
            }
            String body = normalized(lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n")));
            assertTrue(code.contains(body), "README example not in " + EXAMPLES + ":\n" + block);
        }
    }

    @Test
    void findsTheJavaBlocksOfMarkdownAndNoOthers() {
        String markdown = "Text\n\n```java\nint a = 1;\n```\n\n```sh\nls\n```\n\n```java\nimport x.Y;\n\nY.go();\n```\n";
        assertEquals(List.of("int a = 1;\n", "import x.Y;\n\nY.go();\n"), javaBlocks(markdown));
    }
}
