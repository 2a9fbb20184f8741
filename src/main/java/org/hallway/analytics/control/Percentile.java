package org.hallway.analytics.control;

/**
 * Where a percentile or the median sits in a sorted list of {@code n} values, so the database
 * returns just those rows ({@code ORDER BY … OFFSET … FETCH}) instead of the list. Pure.
 */
public final class Percentile {

    private Percentile() {}

    /**
     * The 0-based position of the {@code p}-th percentile by nearest rank: the smallest value with at
     * least {@code p} of all values at or below it; -1 for an empty list.
     */
    public static long nearestRank(double p, long n) {
        if (p <= 0 || p > 1) {
            throw new IllegalArgumentException("A percentile is in (0, 1]: " + p);
        }
        if (n <= 0) {
            return -1;
        }
        long rank = (long) Math.ceil(p * n - 1e-9);
        return Math.max(0, Math.min(n, rank) - 1);
    }

    /** The 0-based positions whose mean is the median: one for an odd count, the middle two for an even one. */
    public static long[] medianPositions(long n) {
        if (n <= 0) {
            return new long[0];
        }
        return n % 2 == 1 ? new long[] {n / 2} : new long[] {n / 2 - 1, n / 2};
    }
}
