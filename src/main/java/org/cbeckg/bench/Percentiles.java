package org.cbeckg.bench;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at rank
 * {@code ceil(p × n)}, always one of the values measured (never an interpolation between two).
 */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param sorted values in ascending order
     * @param p      the fraction, in (0, 1]: 0.5 for the median, 0.99 for p99
     * @return the value at the nearest rank, or 0 when there are no values
     */
    static long nearestRank(long[] sorted, double p) {
        if (p <= 0 || p > 1) {
            throw new IllegalArgumentException("percentile fraction must be in (0, 1]: " + p);
        }
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }
}
