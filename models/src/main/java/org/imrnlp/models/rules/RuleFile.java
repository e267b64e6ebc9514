package org.imrnlp.models.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;
import org.imrnlp.models.TsvTable;

/**
 * Reads a rule file: tab-separated rows {@code type, id, definition, attributes} under that
 * header, one lexicon, macro or rule per row, blank lines and {@code #} lines ignored.
 * <ul>
 * <li>{@code lexicon NAME FILE [COLUMN [FILTER=VALUE]]}: the phrases of a word list ({@code .txt},
 * one per line) or of a column of a {@code .tsv} file (the first by default), keeping only rows
 * whose {@code FILTER} column is {@code VALUE}; used as {@code <NAME>}.</li>
 * <li>{@code macro NAME PATTERN}: a named sub-pattern, used as {@code @NAME} in later rows.</li>
 * <li>{@code rule ID PATTERN [ATTRIBUTES]}: a rule; attributes are {@code key=value} pairs
 * separated by spaces, set on every match.</li>
 * </ul>
 * Every mistake is a {@link RuleFileException} naming the file, line and id.
 */
public final class RuleFile {

    private static final List<String> HEADER = List.of("type", "id", "definition", "attributes");

    private RuleFile() {
    }

    /**
     * The rules of the rule file {@code name} of {@code pack}, its word lists read from the same
     * pack; parsed once per pack.
     */
    public static RuleSet fromPack(RulePack pack, String name) {
        return pack.cached("rules:" + name, RuleSet.class,
                p -> parse(p.source(name), withLineNumbers(p.numberedLines(name)), p::lines));
    }

    /** The rules of a built-in rule file ({@code name} relative to the models' data folder). */
    public static RuleSet builtIn(String name) {
        return fromPack(RulePack.builtIn(), name);
    }

    /** The lines of a file at their line numbers, blank where a comment or blank line stood. */
    private static List<String> withLineNumbers(List<TsvTable.Line> numbered) {
        int last = numbered.isEmpty() ? 0 : numbered.get(numbered.size() - 1).number();
        List<String> lines = new ArrayList<>(java.util.Collections.nCopies(last, ""));
        for (TsvTable.Line line : numbered) {
            lines.set(line.number() - 1, line.text());
        }
        return lines;
    }

    /**
     * The rules of a rule file on disk. Its lexicon files are looked up next to it first, then
     * among the built-in data files.
     */
    public static RuleSet load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleFileException(file.toString(), 0, null, "cannot read: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(file.toString(), lines, lexicon -> {
            Path local = dir.resolve(lexicon);
            if (!Files.isRegularFile(local)) {
                return ResourceFiles.lines(lexicon);
            }
            try {
                return Files.readAllLines(local, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).map(String::stripTrailing).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The rules of {@code lines} (the whole file, comments included, so that line numbers are
     * right); {@code lexiconLines} gives the non-comment lines of a lexicon file by name.
     */
    public static RuleSet parse(String file, List<String> lines, Function<String, List<String>> lexiconLines) {
        Map<String, String> macros = new LinkedHashMap<>();
        Map<String, Lexicon> lexicons = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        List<TokenRule> rules = new ArrayList<>();
        boolean header = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                if (!List.of(line.strip().split("\t")).equals(HEADER)) {
                    throw new RuleFileException(file, n, null, "the header must be " + String.join(" <tab> ", HEADER));
                }
                header = true;
                continue;
            }
            if (cells.length < 3 || cells.length > 4) {
                throw new RuleFileException(file, n, cells.length > 1 ? cells[1].strip() : null,
                        "expected 3 or 4 tab-separated cells, found " + cells.length);
            }
            String type = cells[0].strip();
            String id = cells[1].strip();
            String definition = cells[2].strip();
            String attributes = cells.length > 3 ? cells[3].strip() : "";
            if (!id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
                throw new RuleFileException(file, n, id, "bad id (a letter, then letters, digits, _ . -)");
            }
            Integer earlier = ids.putIfAbsent(type + ":" + id, n);
            if (earlier != null) {
                throw new RuleFileException(file, n, id, "duplicate " + type + " id (first on line " + earlier + ")");
            }
            if (definition.isEmpty()) {
                throw new RuleFileException(file, n, id, "empty definition");
            }
            try {
                switch (type) {
                    case "lexicon" -> lexicons.put(id, new Lexicon(id, lexicon(definition, lexiconLines)));
                    case "macro" -> {
                        new PatternParser(macros, lexicons, new ArrayList<>()).parse(definition);
                        macros.put(id, definition);
                    }
                    case "rule" -> rules.add(rule(file, n, id, definition, attributes, macros, lexicons));
                    default -> throw new IllegalArgumentException("unknown row type '" + type
                            + "' (lexicon, macro or rule)");
                }
            } catch (RuleFileException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new RuleFileException(file, n, id, e.getMessage());
            }
        }
        if (!header) {
            throw new RuleFileException(file, lines.size(), null, "no header line");
        }
        return new RuleSet(file, rules);
    }

    private static TokenRule rule(String file, int line, String id, String definition, String attributes,
            Map<String, String> macros, Map<String, Lexicon> lexicons) {
        List<String> captures = new ArrayList<>();
        Node pattern = new PatternParser(macros, lexicons, captures).parse(definition);
        if (pattern.minLength() == 0) {
            throw new IllegalArgumentException("the pattern can match no token");
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        for (String pair : attributes.isEmpty() ? new String[0] : attributes.split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("attribute '" + pair + "' is not key=value");
            }
            fixed.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new TokenRule(id, file + ":" + line, pattern, captures, fixed);
    }

    /** The phrases of a lexicon definition {@code FILE [COLUMN [FILTER=VALUE]]}. */
    private static List<String> lexicon(String definition, Function<String, List<String>> lexiconLines) {
        String[] parts = definition.split("\\s+");
        if (parts.length > 3) {
            throw new IllegalArgumentException("a lexicon is FILE [COLUMN [FILTER=VALUE]]");
        }
        List<String> lines = lexiconLines.apply(parts[0]);
        if (!parts[0].endsWith(".tsv")) {
            if (parts.length > 1) {
                throw new IllegalArgumentException("only a .tsv lexicon file has columns");
            }
            return lines.stream().map(String::strip).toList();
        }
        TsvTable table = TsvTable.parse(parts[0], lines);
        String column = parts.length > 1 ? parts[1] : table.columns().get(0);
        if (!table.columns().contains(column)) {
            throw new IllegalArgumentException(parts[0] + " has no column " + column);
        }
        String[] filter = parts.length > 2 ? parts[2].split("=", 2) : null;
        if (filter != null && (filter.length < 2 || !table.columns().contains(filter[0]))) {
            throw new IllegalArgumentException("bad filter " + parts[2] + " for " + parts[0]);
        }
        List<String> phrases = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            if (filter == null || row.get(filter[0]).equals(filter[1])) {
                phrases.add(row.get(column));
            }
        }
        return phrases;
    }
}
