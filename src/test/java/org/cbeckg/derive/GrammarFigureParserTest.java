package org.cbeckg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** A figure to trace is read as the articles write it: in either script, with full-width digits. */
class GrammarFigureParserTest {

    private final FigureParser parser = FigureParser.standard();

    @Test
    void traditionalMultipliersReadLikeSimplified() {
        assertEquals(0, new BigDecimal("1980000000000").compareTo(parser.parse("1.98萬億").orElseThrow().value()));
        assertEquals(0, new BigDecimal("43450000000").compareTo(parser.parse("434.5億元").orElseThrow().value()));
    }

    @Test
    void fullWidthDigitsAndSeparatorsRead() {
        assertEquals(0, new BigDecimal("15").compareTo(parser.parse("１５％").orElseThrow().value()));
        assertEquals(0, new BigDecimal("123450000000").compareTo(parser.parse("1,234.5亿元").orElseThrow().value()));
    }
}
