package org.imrnlp.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A tab-separated data file: a header of column names and rows of cells. Immutable. Every row
 * knows its file and line, and a bad row is reported as {@code file:line: what is wrong}
 * ({@link Row#error}).
 */
public final class TsvTable {

    /** One line of a data file and its number in the file (from 1, comments and blank lines counted). */
    public record Line(int number, String text) {
    }

    private final String name;
    private final List<String> columns;
    private final List<Row> rows;

    private TsvTable(String name, List<String> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * The table of {@code lines} (no comment lines; the first is the header), numbered from 1 as
     * given; {@code name} labels its errors.
     */
    public static TsvTable parse(String name, List<String> lines) {
        List<Line> numbered = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(new Line(i + 1, lines.get(i)));
        }
        return parseLines(name, numbered);
    }

    /** The table of numbered {@code lines} (no comment lines; the first is the header) of the file {@code source}. */
    public static TsvTable parseLines(String source, List<Line> lines) {
        if (lines.isEmpty()) {
            throw new RulePackException(source + ": no header line");
        }
        List<String> columns = List.of(lines.get(0).text().strip().split("\t"));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            String[] cells = line.text().split("\t", -1);
            Row row = new Row(source, line.number(), columns, Arrays.copyOf(cells, columns.size()));
            if (cells.length > columns.size()) {
                throw row.error(cells.length + " cells for " + columns.size() + " columns " + columns);
            }
            rows.add(row);
        }
        return new TsvTable(source, columns, List.copyOf(rows));
    }

    /** The file the table was read from, as errors name it. */
    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One row; absent trailing cells read as empty strings. */
    public static final class Row {
        private final String source;
        private final int line;
        private final List<String> columns;
        private final String[] cells;

        Row(String source, int line, List<String> columns, String[] cells) {
            this.source = source;
            this.line = line;
            this.columns = columns;
            this.cells = cells;
        }

        /** Whether the table has the named column. */
        public boolean has(String column) {
            return columns.contains(column);
        }

        /** The trimmed cell of the named column; empty if absent. */
        public String get(String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new RulePackException(source + ": no column \"" + column + "\" in the header " + columns);
            }
            String cell = cells[index];
            return cell == null ? "" : cell.strip();
        }

        /** The trimmed cell of the named column; an {@link #error} if it is empty. */
        public String required(String column) {
            String cell = get(column);
            if (cell.isEmpty()) {
                throw error("empty " + column);
            }
            return cell;
        }

        /** The cell split on {@code |}, each part trimmed, empty parts dropped. */
        public List<String> list(String column) {
            String cell = get(column);
            if (cell.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** The row as a column-to-cell map. */
        public Map<String, String> asMap() {
            Map<String, String> map = new LinkedHashMap<>();
            for (String column : columns) {
                map.put(column, get(column));
            }
            return map;
        }

        /**
         * {@code regex} (built from this row's cells) compiled with {@code flags}; an {@link #error}
         * naming the row if it is not a valid Java regular expression.
         */
        public Pattern compile(String regex, int flags) {
            try {
                return Pattern.compile(regex, flags);
            } catch (PatternSyntaxException e) {
                throw error("bad pattern", e);
            }
        }

        /** Where the row is: {@code file:line}. */
        public String where() {
            return source + ":" + line;
        }

        /** The line number of the row in its file (from 1). */
        public int line() {
            return line;
        }

        /** An error about this row: its message is {@code file:line: what}. */
        public RulePackException error(String what) {
            return new RulePackException(where() + ": " + what);
        }

        /** An error about this row caused by {@code cause}, whose message is kept on the line. */
        public RulePackException error(String what, Throwable cause) {
            String detail = cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage().lines().findFirst().orElse("");
            return new RulePackException(where() + ": " + what + ": " + detail, cause);
        }
    }
}
