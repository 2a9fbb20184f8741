package org.hallway.analytics.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentileTest {

    @Test
    void theNearestRankIsTheSmallestValueWithAtLeastThatShareAtOrBelowIt() {
        // 10 values: p50 is the 5th (position 4), p95 the 10th (position 9)
        assertEquals(4, Percentile.nearestRank(0.5, 10));
        assertEquals(9, Percentile.nearestRank(0.95, 10));
        // 20 values: p95 is the 19th
        assertEquals(18, Percentile.nearestRank(0.95, 20));
        assertEquals(0, Percentile.nearestRank(0.5, 1));
        assertEquals(99, Percentile.nearestRank(1.0, 100));
    }

    @Test
    void anEmptyListHasNoPercentile() {
        assertEquals(-1, Percentile.nearestRank(0.5, 0));
    }

    @Test
    void aPercentileOutsideZeroToOneIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Percentile.nearestRank(0, 10));
        assertThrows(IllegalArgumentException.class, () -> Percentile.nearestRank(95, 10));
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheMiddleTwo() {
        assertArrayEquals(new long[] {2}, Percentile.medianPositions(5));
        assertArrayEquals(new long[] {1, 2}, Percentile.medianPositions(4));
        assertArrayEquals(new long[] {0}, Percentile.medianPositions(1));
        assertArrayEquals(new long[0], Percentile.medianPositions(0));
    }
}
