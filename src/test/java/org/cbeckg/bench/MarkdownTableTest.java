package org.cbeckg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void columnsArePaddedAndFiguresRightAligned() {
        String table = new MarkdownTable(List.of("query", "p50 ms"), 1).row(List.of("all", "12.5"))
                .row(List.of("figures.rq", "1,234")).render();
        assertEquals("""
                | query      | p50 ms |
                | ---------- | -----: |
                | all        |   12.5 |
                | figures.rq |  1,234 |
                """, table);
    }

    @Test
    void aPipeInACellIsEscapedAndAShortRowRefused() {
        MarkdownTable t = new MarkdownTable(List.of("a", "b"), 2);
        assertEquals("| a   | b    |\n| --- | ---- |\n| x   | y\\|z |\n", t.row(List.of("x", "y|z")).render());
        assertThrows(IllegalArgumentException.class, () -> t.row(List.of("only one")));
    }
}
