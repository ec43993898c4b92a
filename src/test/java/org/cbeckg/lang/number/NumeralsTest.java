package org.cbeckg.lang.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The one numeral parser, as the counts of batches and zones and the auditor's figures use it. */
class NumeralsTest {

    private static int n(String s) {
        return Numerals.wholeNumber(s).orElseThrow();
    }

    @Test
    void wholeNumbersInDigitsAndChineseNumerals() {
        assertEquals(27, n("27"));
        assertEquals(6, n("六"));
        assertEquals(10, n("十"));
        assertEquals(12, n("十二"));
        assertEquals(27, n("二十七"));
        assertEquals(132, n("一百三十二"));
        assertEquals(105, n("一百零五"));
        assertEquals(2, n("两"));
    }

    @Test
    void whatCountsNothingIsNoWholeNumber() {
        assertTrue(Numerals.wholeNumber("几").isEmpty());
        assertTrue(Numerals.wholeNumber("1.5").isEmpty());
        assertTrue(Numerals.wholeNumber("12345678901").isEmpty(), "past an int");
        assertTrue(Numerals.wholeNumber("").isEmpty());
    }

    @Test
    void thousandsSeparatorsAndMultipliers() {
        assertEquals(0, new BigDecimal("3302.9").compareTo(Numerals.parse("3,302.9")));
        assertEquals(0, new BigDecimal("1e12").compareTo(Numerals.multiplier("万亿")));
    }
}
