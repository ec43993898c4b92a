package org.cbeckg.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExpressionsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 1, 5);

    private static String only(String text) {
        List<DateMention> dates = DateExpressions.in(text, PUBLISHED);
        assertEquals(1, dates.size(), text + " -> " + dates);
        return dates.get(0).date().toString();
    }

    @ParameterizedTest
    @CsvSource({
            "2022年1月22日，国务院批复, 2022-01-22",
            "2021年12月，商务部, 2021-12",
            "1月4日，在商务部, 2023-01-04",
            "12月28日，在商务部, 2022-12-28",
            "今年1月，海关总署, 2023-01",
            "去年11月，国务院批复, 2022-11",
            "去年3月8日，国务院批复, 2022-03-08",
            "据中国政府网3日消息, 2023-01-03",
            "国新办今天举行, 2023-01-05",
            "昨天举行, 2023-01-04",
            "近日，国务院, 2023",
            "国务院日前批复, 2023"
    })
    void readsDatesAgainstThePublicationDate(String text, String expected) {
        assertEquals(expected, only(text));
    }

    @Test
    void vagueDatesAreMarked() {
        assertTrue(DateExpressions.in("近期出炉", PUBLISHED).get(0).vague());
    }

    @Test
    void impossibleDatesAreSkipped() {
        assertEquals(List.of(), DateExpressions.in("2月30日", PUBLISHED));
    }

    @Test
    void withoutAPublicationDateOnlyFullDatesAreRead() {
        assertEquals(1, DateExpressions.in("2022年1月22日，近日，4月1日", null).size());
    }

    @Test
    void findsWrittenYears() {
        assertEquals(List.of(2015, 2018), DateExpressions.yearsIn("2015年设立，2018年扩围，共132个"));
    }
}
