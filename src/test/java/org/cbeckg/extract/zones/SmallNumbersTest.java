package org.cbeckg.extract.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.cbeckg.model.PartialDate;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    private static int n(String s) {
        return SmallNumbers.parse(s).orElseThrow();
    }

    @Test
    void digitsAndChineseNumerals() {
        assertEquals(27, n("27"));
        assertEquals(6, n("六"));
        assertEquals(10, n("十"));
        assertEquals(12, n("十二"));
        assertEquals(27, n("二十七"));
        assertEquals(132, n("一百三十二"));
        assertEquals(105, n("一百零五"));
        assertEquals(2, n("两"));
        assertTrue(SmallNumbers.parse("几").isEmpty());
    }

    @Test
    void dateCuesReadAgainstPublication() {
        LocalDate pub = LocalDate.of(2022, 2, 8);
        assertEquals(PartialDate.ofYear(2022), DateCues.last("近日，国务院", pub).orElseThrow());
        assertEquals("2022-01-22", DateCues.last("1月22日，国务院", pub).orElseThrow().toString());
        assertEquals("2021-12-30", DateCues.last("12月30日，国务院", pub).orElseThrow().toString());
        assertEquals("2020-04", DateCues.last("2020年4月，国务院", pub).orElseThrow().toString());
        assertTrue(DateCues.last("2月30日", pub).isEmpty());
    }
}
