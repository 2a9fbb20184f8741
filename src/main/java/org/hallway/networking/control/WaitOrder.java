package org.hallway.networking.control;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Sorts ready candidates by how long they have waited: earliest readySince first, ties by attendee id. */
final class WaitOrder {

    static final Comparator<Candidate> LONGEST_WAITING_FIRST =
            Comparator.comparingLong(Candidate::readySinceMillis).thenComparingLong(Candidate::attendeeId);

    private static final Comparator<Candidate> BY_ATTENDEE = Comparator.comparingLong(Candidate::attendeeId);

    private WaitOrder() {
    }

    /**
     * A new array of the candidates, longest waiting first. Sorting packed primitive keys
     * (wait offset, input position) is several times faster than a comparator sort over
     * 100k records; the comparator is the fallback when the offsets do not fit.
     */
    static Candidate[] longestWaitingFirst(List<Candidate> ready) {
        Candidate[] input = ready.toArray(new Candidate[0]);
        int n = input.length;
        if (n < 2) {
            for (Candidate c : input) {
                Objects.requireNonNull(c, "candidate");
            }
            return input;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Candidate c : input) {
            long t = c.readySinceMillis(); // also rejects null candidates
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        int indexBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        long span = max - min;
        if (span < 0 || span >= (1L << (63 - indexBits))) {
            Arrays.sort(input, LONGEST_WAITING_FIRST);
            return input;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((input[i].readySinceMillis() - min) << indexBits) | i;
        }
        Arrays.sort(keys);
        int indexMask = (1 << indexBits) - 1;
        Candidate[] sorted = new Candidate[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = input[(int) (keys[i] & indexMask)];
        }
        breakTiesByAttendee(sorted);
        return sorted;
    }

    /** Runs of equal readySince are in input order after the key sort; the contract wants attendee order. */
    private static void breakTiesByAttendee(Candidate[] sorted) {
        int runStart = 0;
        boolean ordered = true;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i].readySinceMillis() != sorted[runStart].readySinceMillis()) {
                if (!ordered) {
                    Arrays.sort(sorted, runStart, i, BY_ATTENDEE);
                }
                runStart = i;
                ordered = true;
            } else if (sorted[i].attendeeId() < sorted[i - 1].attendeeId()) {
                ordered = false;
            }
        }
    }
}
