package org.imrnlp.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A tab-separated data file: a header of column names and rows of cells. Immutable. */
public final class TsvTable {

    private final String name;
    private final List<String> columns;
    private final List<Row> rows;

    private TsvTable(String name, List<String> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /** The table of {@code lines} (no comment lines; the first is the header); {@code name} labels its errors. */
    public static TsvTable parse(String name, List<String> lines) {
        if (lines.isEmpty()) {
            throw new IllegalStateException(name + ": no header line");
        }
        List<String> columns = List.of(lines.get(0).strip().split("\t"));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length > columns.size()) {
                throw new IllegalStateException(name + ": row " + i + " has " + cells.length
                        + " cells for " + columns.size() + " columns");
            }
            rows.add(new Row(name, columns, Arrays.copyOf(cells, columns.size())));
        }
        return new TsvTable(name, columns, List.copyOf(rows));
    }

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
        private final String table;
        private final List<String> columns;
        private final String[] cells;

        Row(String table, List<String> columns, String[] cells) {
            this.table = table;
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
                throw new IllegalArgumentException(table + ": no column " + column);
            }
            String cell = cells[index];
            return cell == null ? "" : cell.strip();
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
            java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                map.put(columns.get(i), get(columns.get(i)));
            }
            return map;
        }
    }
}
