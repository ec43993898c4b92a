package org.cbeckg.model.body;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cbeckg.ClasspathText;

/**
 * A tab-separated table read from the classpath: {@code #} comment lines, one header row, then one row a line.
 * Missing trailing cells read as empty strings, so optional last columns may be left off.
 *
 * <pre>{@code
 * for (ResourceTable.Row row : ResourceTable.read("/bodies/central-bodies.tsv")) {
 *     String id = row.get("id");
 * }
 * }</pre>
 */
public final class ResourceTable {

    /** One data row, read by column name. */
    public record Row(int line, Map<String, String> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        /** The cell, stripped; empty when the row leaves it off. Unknown columns are a programming error. */
        public String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "'");
            }
            return value;
        }

        /** The cell of a column that older tables of the same kind lack (successor), empty when absent. */
        public String optional(String column) {
            return cells.getOrDefault(column, "");
        }

        /** The cell split on {@code |}, empty parts dropped. */
        public List<String> list(String column) {
            return Arrays.stream(get(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    private ResourceTable() {
    }

    public static List<Row> read(String resource) {
        return parse(ClasspathText.lines(resource));
    }

    static List<Row> parse(List<String> lines) {
        String[] header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
            } else {
                rows.add(new Row(i + 1, cellsByColumn(header, cells)));
            }
        }
        return List.copyOf(rows);
    }

    private static Map<String, String> cellsByColumn(String[] header, String[] cells) {
        Map<String, String> byColumn = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            byColumn.put(header[c].strip(), c < cells.length ? cells[c].strip() : "");
        }
        return byColumn;
    }
}
