package org.cbeckg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FigureComparatorTest {

    static final Cell CELL = new Cell("urn:m", "urn:p", "urn:a", "urn:u");
    final FigureComparator comparator = new FigureComparator(FigureParser.simple());

    static StatedFigure stated(String article, String value, String qualifier, String surface, String date) {
        return new StatedFigure("urn:obs:" + article + ":" + value, CELL, new BigDecimal(value), qualifier, surface,
                "urn:article:" + article, article + ".txt", LocalDate.parse(date), "m", "2021", "a");
    }

    CellComparison compare(StatedFigure... figures) {
        List<CellComparison> cells = comparator.compare(List.of(figures));
        assertEquals(1, cells.size());
        return cells.get(0);
    }

    @Test
    void differentPrintedValuesConflict() {
        assertTrue(compare(stated("a", "1980000000000", "exact", "1.98万亿元", "2022-04-21"),
                stated("b", "1920000000000", "exact", "1.92万亿", "2022-05-20")).inConflict());
    }

    @Test
    void neighboursInTheLastDigitStillConflict() {
        assertTrue(compare(stated("a", "1980000000000", "exact", "1.98万亿元", "2022-04-21"),
                stated("b", "1990000000000", "exact", "1.99万亿", "2022-05-20")).inConflict());
    }

    @Test
    void aFinerFigureWithinTheRoundingDoesNotConflict() {
        assertFalse(compare(stated("a", "1980000000000", "exact", "1.98万亿元", "2022-04-21"),
                stated("b", "1983000000000", "exact", "1.983万亿", "2022-05-20")).inConflict());
    }

    @Test
    void moreThanAFigureIsNotAConflictWithTheFigure() {
        assertFalse(compare(stated("a", "2000", "more_than", "2000个", "2022-04-21"),
                stated("b", "2000", "exact", "2000个", "2022-05-20")).inConflict());
    }

    @Test
    void moreThanConflictsWithAFigureBelowIt() {
        assertTrue(compare(stated("a", "2000", "more_than", "2000个", "2022-04-21"),
                stated("b", "1500", "exact", "1500个", "2022-05-20")).inConflict());
    }

    @Test
    void approximatelyAllowsTenPercent() {
        assertFalse(compare(stated("a", "70", "approx", "70项", "2022-04-21"),
                stated("b", "75", "exact", "75项", "2022-05-20")).inConflict());
    }

    @Test
    void corroborationCountsDistinctArticles() {
        CellComparison c = compare(stated("a", "15", "exact", "15%", "2022-04-21"),
                stated("b", "15", "exact", "15%", "2022-02-17"), stated("c", "18.6", "exact", "18.6%", "2022-05-20"));
        assertEquals(2, c.values().get(0).sourceCount());
        assertEquals(new BigDecimal("15"), c.values().get(0).value());
    }

    @Test
    void mostSourcesAndMostRecentMayPickDifferentValues() {
        CellComparison c = compare(stated("a", "15", "exact", "15%", "2022-04-21"),
                stated("b", "15", "exact", "15%", "2022-02-17"), stated("c", "18.6", "exact", "18.6%", "2022-05-20"));
        assertEquals(new BigDecimal("15"), c.best().get(SelectionRule.MOST_SOURCES).value());
        assertEquals(new BigDecimal("18.6"), c.best().get(SelectionRule.MOST_RECENT).value());
    }
}
