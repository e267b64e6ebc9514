package org.imrnlp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imrnlp.models.RuleIds;
import org.imrnlp.models.RulePack;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the built-in rule files ({@link RuleIds#FILES}) has a test case naming it. A case
 * names the rules it covers on a comment line {@code # rule: ID ...} inside its block (sentence
 * case files) or right before it ({@code @CsvSource} text blocks), anywhere under {@code src/test}.
 * Rules without a case yet are listed in {@code uncovered-rules.txt}; the list may only shrink.
 */
class RuleCoverageTest {

    private static final Pattern NAMED = Pattern.compile("^\\s*#\\s*rule:\\s*(.+)$", Pattern.MULTILINE);
    private static final Path UNCOVERED = Path.of("src/test/resources/org/imrnlp/rules/uncovered-rules.txt");

    private static Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        for (String file : RuleIds.FILES) {
            ids.addAll(RuleIds.of(RulePack.builtIn(), file));
        }
        return ids;
    }

    private static Set<String> namedByCases() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.equals(UNCOVERED)).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".tsv") || name.endsWith(".java")) {
                    Matcher m = NAMED.matcher(Files.readString(file));
                    while (m.find()) {
                        named.addAll(List.of(m.group(1).strip().split("\\s+")));
                    }
                }
            }
        }
        return named;
    }

    private static Set<String> listedUncovered() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(UNCOVERED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.strip());
            }
        }
        return listed;
    }

    @Test
    void casesNameOnlyRulesThatExist() throws IOException {
        Set<String> unknown = new TreeSet<>(namedByCases());
        unknown.removeAll(ruleIds());
        assertEquals(Set.of(), unknown, "test cases name rule ids that no rule file has");
    }

    @Test
    void everyRuleHasACaseOrIsListedAsUncovered() throws IOException {
        Set<String> missing = new TreeSet<>(ruleIds());
        missing.removeAll(namedByCases());
        missing.removeAll(listedUncovered());
        assertEquals(Set.of(), missing, "rules without a test case: add a case naming each (# rule: ID)");
    }

    @Test
    void theUncoveredListHoldsOnlyRulesStillWithoutACase() throws IOException {
        List<String> stale = new ArrayList<>();
        Set<String> ids = ruleIds();
        Set<String> named = namedByCases();
        for (String id : listedUncovered()) {
            if (!ids.contains(id) || named.contains(id)) {
                stale.add(id);
            }
        }
        assertEquals(List.of(), stale, "remove these from uncovered-rules.txt (no such rule, or a case names it)");
    }
}
