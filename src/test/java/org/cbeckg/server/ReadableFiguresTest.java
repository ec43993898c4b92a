package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableFiguresTest {

    @ParameterizedTest
    @CsvSource({
        "1980000000000, CNY, 1.98万亿元, 1.98 trillion CNY",
        "434500000000, CNY, 4345亿元, 434.5 billion CNY",
        "330290000000, CNY, 3303亿元, 330.3 billion CNY",
        "5000000000, USD, 50亿美元, 5 billion USD",
        "2000, count, 2000个, '2,000'",
        "165, count, 165个, 165",
        "16000000, square_metre, 1600万平方米, 16 million m²",
        "12, times, 12倍, 12 times"
    })
    void readsAFigureAsWritten(String value, String unit, String zh, String en) {
        assertEquals(zh, ReadableFigures.zh(new BigDecimal(value), unit, false));
        assertEquals(en, ReadableFigures.en(new BigDecimal(value), unit, false));
    }

    @Test
    void growthRatesCarryTheirSign() {
        assertEquals("+15%", ReadableFigures.zh(new BigDecimal("15"), "percent", true));
        assertEquals("+18.6%", ReadableFigures.en(new BigDecimal("18.60"), "percent", true));
        assertEquals("−3.2%", ReadableFigures.zh(new BigDecimal("-3.2"), "percent", true));
        assertEquals("40%", ReadableFigures.zh(new BigDecimal("40"), "percent", false), "a share is no growth");
    }

    @Test
    void unitCodeComesFromTheConceptIri() {
        assertEquals("CNY", ReadableFigures.unitCode("https://w3id.org/cbec-kg/ontology#unit-CNY"));
        assertEquals(null, ReadableFigures.unitCode("http://example.org/unit-CNY"));
    }

    @ParameterizedTest
    @CsvSource({
        "2021, 2021年, 2021",
        "2022-Q1, 2022年一季度, 2022 Q1",
        "2024-H1, 2024年上半年, 2024 H1",
        "2022-03, 2022年3月, 2022 Mar",
        "2024-01/2024-05, 2024年1—5月, 2024 Jan–May",
        "2017/2021, 2017—2021年, 2017–2021",
        "as_of_2022-04-21, 截至2022年4月21日, as of 2022-04-21",
        "sometime, sometime, sometime"
    })
    void readsAPeriodCode(String code, String zh, String en) {
        assertEquals(zh, ReadablePeriods.zh(code));
        assertEquals(en, ReadablePeriods.en(code));
    }
}
