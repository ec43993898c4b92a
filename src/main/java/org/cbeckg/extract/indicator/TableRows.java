package org.cbeckg.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.SortedLists;

/**
 * The rows of the tables in an article's text. The body text flattens a table to one paragraph per cell, so a table
 * is read back as a run of short paragraphs without clause punctuation, at least two of them holding a figure. A row
 * starts at a cell without digits (its label, often a place: {@code 深圳}) and takes the figure cells after it
 * ({@code 2361.5亿元}, {@code 增长18.2%}); the cells before the first row's width of labels form the header; the
 * paragraph before the table is its caption ({@code 部分综试区今年前三季度跨境电商进出口情况如下：}).
 *
 * <pre>{@code
 * TableRows tables = TableRows.of(layout);
 * tables.rowAt(figureCharStart).map(TableRows.Row::head);   // the row's label cell
 * }</pre>
 */
public final class TableRows {

    private static final Lexicon LEXICON = Lexicon.of("table-rows");

    private static final int MAX_CELL = 20;
    private static final int MIN_CELLS = 4;
    private static final Pattern CLAUSE_MARK = LEXICON.pattern("clause-mark");
    private static final Pattern DIGIT = LEXICON.pattern("digit");

    /**
     * One row: its label cell, its cells (label first), the caption paragraph of its table and the header cell over
     * each of its cells (null where the table has no header).
     */
    public record Row(TextLayout.Range head, TextLayout.Range end, TextLayout.Range caption,
                      List<TextLayout.Range> header) {
        public boolean contains(int charIndex) {
            return head.start() <= charIndex && charIndex < end.end();
        }

        /** The row from its label to its last cell, as one range. */
        public TextLayout.Range span() {
            return new TextLayout.Range(head.start(), end.end(), head.paragraph());
        }

        /** The header cell over the cell at {@code column} (0 = the label), if the table has one. */
        public Optional<TextLayout.Range> headerAt(int column) {
            return column < header.size() ? Optional.of(header.get(column)) : Optional.empty();
        }
    }

    private final TextLayout layout;
    private final List<Row> rows;

    private TableRows(TextLayout layout, List<Row> rows) {
        this.layout = layout;
        this.rows = List.copyOf(rows);
    }

    public static TableRows of(TextLayout layout) {
        List<Row> rows = new ArrayList<>();
        List<TextLayout.Range> ps = layout.paragraphs();
        int i = 0;
        while (i < ps.size()) {
            int j = i;
            while (j < ps.size() && isCell(layout, ps.get(j))) {
                j++;
            }
            long figures = ps.subList(i, j).stream().filter(p -> hasFigure(layout, p)).count();
            if (j - i >= MIN_CELLS && i > 0 && figures >= 2) {
                rows.addAll(rowsOf(layout, ps.subList(i, j), ps.get(i - 1)));
            }
            i = Math.max(j, i + 1);
        }
        return new TableRows(layout, rows);
    }

    /** The row holding the cell at {@code charIndex}, if it is a figure cell of a table. */
    public Optional<Row> rowAt(int charIndex) {
        int after = SortedLists.firstAtLeast(rows, r -> r.head().start(), charIndex + 1);  // rows are in text order
        return after == 0 ? Optional.empty() : Optional.of(rows.get(after - 1))
                .filter(r -> r.contains(charIndex) && !r.head().contains(charIndex));
    }

    /** The column of the cell at {@code charIndex} in its row (0 = the label). */
    public int columnAt(Row row, int charIndex) {
        return layout.paragraphAt(charIndex).paragraph() - row.head().paragraph();
    }

    private static List<Row> rowsOf(TextLayout layout, List<TextLayout.Range> cells, TextLayout.Range caption) {
        List<Integer> heads = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            boolean label = !hasFigure(layout, cells.get(k));
            if (label && k + 1 < cells.size() && hasFigure(layout, cells.get(k + 1))) {
                heads.add(k);
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        int width = heads.size() > 1 ? heads.get(1) - heads.get(0) : cells.size() - heads.get(0);
        List<TextLayout.Range> header = heads.get(0) >= width
                ? cells.subList(heads.get(0) - width, heads.get(0)) : List.of();
        List<Row> out = new ArrayList<>();
        for (int h = 0; h < heads.size(); h++) {
            int last = (h + 1 < heads.size() ? heads.get(h + 1) : cells.size()) - 1;
            out.add(new Row(cells.get(heads.get(h)), cells.get(last), caption, header));
        }
        return out;
    }

    private static boolean isCell(TextLayout layout, TextLayout.Range p) {
        String t = layout.textOf(p);
        return t.length() <= MAX_CELL && !CLAUSE_MARK.matcher(t).find();
    }

    private static boolean hasFigure(TextLayout layout, TextLayout.Range p) {
        return DIGIT.matcher(layout.textOf(p)).find();
    }
}
