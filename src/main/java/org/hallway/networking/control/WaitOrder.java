package org.hallway.networking.control;

/**
 * Orders ready candidates by how long they have waited: earliest readySince first, ties by
 * attendee id. Works on primitive arrays and returns a permutation, so the 100k-candidate case
 * needs no comparator calls and no pointer chasing through Candidate objects.
 */
final class WaitOrder {

    private static final int DIGIT_BITS = 11;

    private WaitOrder() {}

    /**
     * @param readySince   readySinceMillis per candidate (input order)
     * @param attendee     attendeeId per candidate (input order), for ties
     * @return input positions, longest waiting first
     */
    static int[] longestWaitingFirst(long[] readySince, long[] attendee) {
        int n = readySince.length;
        if (n == 0) {
            return new int[0];
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long t : readySince) {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
        long span = max - min;
        int[] order = new int[n];
        if (span < 0 || span >= (1L << (63 - indexBits))) {
            // Times spread over centuries: not worth a fast path.
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            java.util.Arrays.sort(
                    boxed,
                    (x, y) -> readySince[x] != readySince[y]
                            ? Long.compare(readySince[x], readySince[y])
                            : Long.compare(attendee[x], attendee[y]));
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
            }
            return order;
        }
        // Key = (wait offset, input position): sorting the keys sorts by readySince, stably.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((readySince[i] - min) << indexBits) | i;
        }
        radixSort(keys, 64 - Long.numberOfLeadingZeros(keys[0] | (span << indexBits) | (n - 1)));
        int indexMask = (1 << indexBits) - 1;
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & indexMask);
        }
        breakTiesByAttendee(keys, indexBits, order, attendee);
        return order;
    }

    /** LSD radix sort of non-negative keys below 2^bits: a few linear passes instead of n log n comparisons. */
    private static void radixSort(long[] keys, int bits) {
        int n = keys.length;
        long[] from = keys;
        long[] to = new long[n];
        int[] count = new int[1 << DIGIT_BITS];
        int digitMask = (1 << DIGIT_BITS) - 1;
        for (int shift = 0; shift < bits; shift += DIGIT_BITS) {
            java.util.Arrays.fill(count, 0);
            for (long key : from) {
                count[(int) (key >>> shift) & digitMask]++;
            }
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (long key : from) {
                to[count[(int) (key >>> shift) & digitMask]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) {
            System.arraycopy(from, 0, keys, 0, n);
        }
    }

    /** Runs of equal readySince come out in input order; the contract wants attendee order. */
    private static void breakTiesByAttendee(long[] sortedKeys, int indexBits, int[] order, long[] attendee) {
        int n = order.length;
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || sortedKeys[i] >>> indexBits != sortedKeys[runStart] >>> indexBits) {
                if (i - runStart > 1) {
                    sortRunByAttendee(order, runStart, i, attendee);
                }
                runStart = i;
            }
        }
    }

    /** Insertion sort: tie runs are short unless many candidates share one timestamp. */
    private static void sortRunByAttendee(int[] order, int from, int to, long[] attendee) {
        if (to - from > 32) {
            Integer[] run = new Integer[to - from];
            for (int i = from; i < to; i++) {
                run[i - from] = order[i];
            }
            java.util.Arrays.sort(run, (x, y) -> Long.compare(attendee[x], attendee[y]));
            for (int i = from; i < to; i++) {
                order[i] = run[i - from];
            }
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int moving = order[i];
            long id = attendee[moving];
            int j = i - 1;
            while (j >= from && attendee[order[j]] > id) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = moving;
        }
    }
}
