package org.cbeckg.extract.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.cbeckg.model.PartialDate;
import org.junit.jupiter.api.Test;

/** When an approval happened, from the words just before it, read against the publication date. */
class DateCuesTest {

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
