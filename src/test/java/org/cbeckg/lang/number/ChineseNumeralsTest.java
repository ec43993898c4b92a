package org.cbeckg.lang.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "十二, 12", "一百三十二, 132", "三十万, 300000", "一千六百万, 16000000", "两, 2", "两千, 2000",
        "一千零五, 1005", "二〇二三, 2023", "二零二一, 2021", "一万九千八百亿, 1980000000000",
        "四千三百四十五亿, 434500000000", "十二万亿, 12000000000000", "三点五, 3.5", "零点五, 0.5", "〇, 0"
    })
    void parses(String numeral, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumerals.parse(numeral)));
    }

    @Test
    void rejectsNonNumerals() {
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.parse("十分"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"1,234.5|1234.5", "１２３|123", "１４．９|14.9", "一千六百万|16000000"})
    void numeralsReadArabicFullWidthAndChinese(String token, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Numerals.parse(token)));
    }

    @Test
    void multiplierIsTheProductOfPlaces() {
        assertEquals(0, new BigDecimal("1000000000000").compareTo(Numerals.multiplier("万亿")));
    }
}
