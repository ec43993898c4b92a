package org.cbeckg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.cbeckg.model.Unit;
import org.junit.jupiter.api.Test;

class SimpleFigureParserTest {

    final FigureParser parser = FigureParser.simple();

    @Test
    void readsAMultiplier() {
        assertEquals(new BigDecimal("1980000000000"), parser.parse("1.98万亿").orElseThrow().value());
    }

    @Test
    void readsAPlainNumber() {
        assertEquals(new BigDecimal("1980000000000"), parser.parse("1980000000000").orElseThrow().value());
    }

    @Test
    void yuanNamesTheCurrency() {
        assertEquals(Optional.of(Unit.CNY), parser.parse("3302.9亿元").orElseThrow().unit());
    }

    @Test
    void percentNamesPercent() {
        Figure f = parser.parse("18.6%").orElseThrow();
        assertEquals(new BigDecimal("18.6"), f.value());
        assertEquals(Optional.of(Unit.PERCENT), f.unit());
    }

    @Test
    void roundingIsHalfTheLastPrintedDigit() {
        assertEquals(new BigDecimal("5000000000"), parser.parse("1.98万亿").orElseThrow().halfUnit());
        assertEquals(new BigDecimal("0.5"), parser.parse("2000个").orElseThrow().halfUnit());
    }

    @Test
    void refusesWords() {
        assertTrue(parser.parse("一万亿").isEmpty());
        assertTrue(parser.parse("增长15%").isEmpty());
    }
}
