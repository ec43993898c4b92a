package org.cbeckg.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table padded to its columns' widths, so that the same text reads as a table in a terminal and renders
 * as one in a README. Columns from {@code rightFrom} on are right-aligned (figures).
 *
 * <pre>{@code new MarkdownTable(List.of("query", "p50 ms"), 1).row(List.of("all", "12.0")).render()}</pre>
 */
final class MarkdownTable {

    private final List<String> header;
    private final int rightFrom;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(List<String> header, int rightFrom) {
        this.header = List.copyOf(header);
        this.rightFrom = rightFrom;
    }

    MarkdownTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + header.size()
                    + " columns");
        }
        rows.add(cells.stream().map(c -> c.replace("|", "\\|")).toList());
        return this;
    }

    String render() {
        int[] widths = new int[header.size()];
        for (List<String> r : all()) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(Math.max(widths[i], r.get(i).length()), 3);
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, widths);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            rule.add(i >= rightFrom ? "-".repeat(widths[i] - 1) + ":" : "-".repeat(widths[i]));
        }
        line(sb, rule, widths);
        rows.forEach(r -> line(sb, r, widths));
        return sb.toString();
    }

    private List<List<String>> all() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private void line(StringBuilder sb, List<String> cells, int[] widths) {
        sb.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            sb.append(' ').append(i >= rightFrom ? pad + c : c + pad).append(" |");
        }
        sb.append('\n');
    }
}
