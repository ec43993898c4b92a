package org.cbeckg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static final long[] ONE_TO_HUNDRED = java.util.stream.LongStream.rangeClosed(1, 100).toArray();

    @Test
    void nearestRankOfOneToAHundredIsTheRankItself() {
        assertEquals(50, Percentiles.nearestRank(ONE_TO_HUNDRED, 0.50));
        assertEquals(99, Percentiles.nearestRank(ONE_TO_HUNDRED, 0.99));
        assertEquals(100, Percentiles.nearestRank(ONE_TO_HUNDRED, 1.0));
    }

    @Test
    void aFractionalRankRoundsUpToAMeasuredValue() {
        long[] five = {10, 20, 30, 40, 50};
        assertEquals(30, Percentiles.nearestRank(five, 0.50));
        assertEquals(50, Percentiles.nearestRank(five, 0.99));
        assertEquals(10, Percentiles.nearestRank(five, 0.01));
    }

    @Test
    void oneValueIsEveryPercentileAndNoValuesGiveZero() {
        assertEquals(7, Percentiles.nearestRank(new long[] {7}, 0.50));
        assertEquals(7, Percentiles.nearestRank(new long[] {7}, 0.99));
        assertEquals(0, Percentiles.nearestRank(new long[0], 0.50));
    }

    @Test
    void aFractionOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(ONE_TO_HUNDRED, 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(ONE_TO_HUNDRED, 99));
    }

    @Test
    void aSummarySortsMicrosecondsAndCountsFailuresByKind() {
        long[] micros = {9_000, 1_000, 5_000, 3_000, 7_000};
        LatencySummary s = QueryStats.summarise("q.rq", 2.5, "10", micros, Map.of("HTTP 503", 2, "cut off", 1),
                "timed out");
        assertEquals(5, s.requests());
        assertEquals(3, s.errors());
        assertEquals(5.0, s.p50Ms());
        assertEquals(9.0, s.p99Ms());
        assertEquals("HTTP 503 ×2, cut off ×1", s.failures());
    }
}
