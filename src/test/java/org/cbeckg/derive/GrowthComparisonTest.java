package org.cbeckg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GrowthComparisonTest {

    private static StatedGrowth growth(String value, String rate) {
        return new StatedGrowth("https://example.org/cell/1", "2023", "https://example.org/unit", new BigDecimal(value),
                new BigDecimal(rate), Set.of("https://example.org/rate"), Set.of("https://example.org/value"));
    }

    private static EarlierValue earlier(String value, String... reportedValues) {
        return new EarlierValue(new BigDecimal(value), List.of(reportedValues));
    }

    @Test
    void aPeriodAYearEarlierKeepsItsQuarterHalfOrMonth() {
        assertEquals(Optional.of("2022"), GrowthComparison.yearEarlier("2023"));
        assertEquals(Optional.of("2019-Q3"), GrowthComparison.yearEarlier("2020-Q3"));
        assertEquals(Optional.of("2023-H1"), GrowthComparison.yearEarlier("2024-H1"));
        assertEquals(Optional.of("2020-12"), GrowthComparison.yearEarlier("2021-12"));
    }

    @Test
    void spansStocksAndOpenPeriodsHaveNoYearEarlier() {
        assertEquals(Optional.empty(), GrowthComparison.yearEarlier("2017/2021"));
        assertEquals(Optional.empty(), GrowthComparison.yearEarlier("2024-01/2024-05"));
        assertEquals(Optional.empty(), GrowthComparison.yearEarlier("as_of_2022-04-21"));
        assertEquals(Optional.empty(), GrowthComparison.yearEarlier("2022-Q5"));
    }

    @Test
    void theClosestEarlierValueIsChosenWithItsImpliedRate() {
        // 1.45 / 1.2 - 1 = 20.8%: closer to a stated 21% than 1.45 / 1.1 - 1 = 31.8% or 1.45 / 1.3 - 1 = 11.5%
        List<GrowthComparison> found = GrowthComparison.closest(growth("1450000", "21"),
                List.of(earlier("1100000", "rv:a"), earlier("1200000", "rv:b", "rv:c"), earlier("1300000", "rv:d")));
        assertEquals(1, found.size());
        GrowthComparison c = found.get(0);
        assertEquals(List.of("rv:b", "rv:c"), c.earlier().reportedValues());
        assertEquals(0, new BigDecimal("20.8").compareTo(c.implied()), c.implied().toPlainString());
        assertEquals(0.1667, c.gap(), 0.0001);
    }

    @Test
    void aDeclineImpliesANegativeRate() {
        // 9 / 10 - 1 = -10%, stated as a decline of 8%
        GrowthComparison c = GrowthComparison.closest(growth("9", "-8"), List.of(earlier("10", "rv:a"))).get(0);
        assertEquals(0, new BigDecimal("-10").compareTo(c.implied()), c.implied().toPlainString());
        assertEquals(2.0, c.gap(), 1e-9);
    }

    @Test
    void valuesEquallyCloseAreAllKeptAndNoCandidateGivesNoComparison() {
        // candidates exactly as close are all kept (here the same number twice; the store passes each number once)
        List<GrowthComparison> tied = GrowthComparison.closest(growth("120", "20"),
                List.of(earlier("100", "rv:a"), earlier("100.0", "rv:b")));
        assertEquals(2, tied.size());
        assertTrue(GrowthComparison.closest(growth("120", "20"), List.of()).isEmpty());
    }

    @Test
    void anEarlierValueOfZeroCannotBeCompared() {
        assertThrows(IllegalArgumentException.class, () -> earlier("0", "rv:a"));
    }
}
