package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImrNlpCommandHelpTest {

    @AfterEach
    void defaultWidth() {
        System.clearProperty("picocli.usage.width");
    }

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        int status = ImrNlpCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
        assertEquals(0, status);
        return out.toString();
    }

    /** The rows of the list after "Commands:", each row's wrapped lines joined, white space collapsed. */
    private static List<String> commandRows(String help) {
        List<String> rows = new ArrayList<>();
        boolean inList = false;
        for (String line : help.lines().toList()) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.startsWith("  ") && !line.startsWith("   ")) {
                rows.add(line.strip());
            } else if (inList && line.startsWith("   ")) {
                rows.set(rows.size() - 1, rows.get(rows.size() - 1) + " " + line.strip());
            }
        }
        return rows.stream().map(r -> r.replaceAll("\\s+", " ")).toList();
    }

    @Test
    void listsEveryCommandWithAWholeSentenceIncludingTheLaunchersBenchmark() {
        List<String> rows = commandRows(help("--help"));
        assertEquals(List.of("annotate", "batch", "sweep", "gold", "evaluate", "agreement", "context", "rules", "train-ner",
                "benchmark", "help"), rows.stream().map(r -> r.split(" ")[0]).toList());
        for (String row : rows) {
            assertTrue(row.endsWith("."), row);
        }
        assertTrue(rows.contains("sweep Annotates every .txt and .pdf under the folders (nothing is written) and checks"
                + " that no document fails and every annotation's text equals the input at its offsets."), String.join("\n", rows));
        // the first sentence only, where the description goes on
        assertTrue(rows.stream().anyMatch(r -> r.equals("evaluate Scores annotations against gold.")), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.matches("benchmark Measures throughput \\(JMH\\).*--help\\)\\.")),
                String.join("\n", rows));
    }

    @Test
    void aCommandsDescriptionIsWrappedByParagraphNotByItsSourceLines() {
        System.setProperty("picocli.usage.width", "200");
        List<String> lines = help("context", "--help").lines().toList();
        assertTrue(lines.contains("Assesses target phrases in sentences: negated, uncertain, historical, generic, subject."),
                String.join("\n", lines));
        assertTrue(lines.contains("Input: tab-separated, with the header id<TAB>target<TAB>sentence; the target is a phrase"
                + " of its sentence, matched ignoring case."), String.join("\n", lines));
    }
}
