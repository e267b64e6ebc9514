package org.imrnlp.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rule ids: the stable name of each row of a rule file (a file whose rows are patterns that find
 * something, as opposed to a vocabulary of words), written in its {@value #COLUMN} column:
 * lower-case words joined by dots ({@code exam.range-of-motion.3}, {@code dose.frequency.12}).
 * Tests name the ids they cover; an id is never reused for another rule, and a new rule takes a
 * new id.
 */
public final class RuleIds {

    /** The column of a rule file that holds its rule ids. */
    public static final String COLUMN = "id";
    /**
     * The rule files of the built-in pack, whose every rule has an id. A rule file added later (the
     * ConText rules) is listed here and gets an {@value #COLUMN} column.
     */
    public static final List<String> FILES = List.of("clinical/exam-patterns.tsv", "dose-patterns.tsv",
            "date-of-injury-triggers.tsv", "date-of-injury-events.tsv");

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+");

    private RuleIds() {
    }

    /** The row's rule id; an error naming the file and line if it is missing or badly written. */
    public static String id(TsvTable.Row row) {
        String id = row.get(COLUMN);
        if (id.isEmpty()) {
            throw row.error("no rule id (column " + COLUMN + ")");
        }
        if (!SHAPE.matcher(id).matches()) {
            throw row.error("bad rule id \"" + id + "\" (lower-case words joined by dots: exam.reflex.2)");
        }
        return id;
    }

    /** Checks that no two of {@code rows} with an id share it; the error names the second row. */
    public static void requireUnique(List<TsvTable.Row> rows) {
        Map<String, TsvTable.Row> seen = new HashMap<>();
        for (TsvTable.Row row : rows) {
            String id = row.get(COLUMN);
            if (!id.isEmpty()) {
                TsvTable.Row first = seen.putIfAbsent(id, row);
                if (first != null) {
                    throw row.error("rule id " + id + " already used at line " + first.line());
                }
            }
        }
    }

    /** The rule ids of the rule file {@code file} of {@code pack}, in file order. */
    public static List<String> of(RulePack pack, String file) {
        List<TsvTable.Row> rows = pack.table(file).rows();
        requireUnique(rows);
        return rows.stream().map(r -> r.get(COLUMN)).filter(id -> !id.isEmpty()).toList();
    }
}
