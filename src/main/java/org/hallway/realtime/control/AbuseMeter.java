package org.hallway.realtime.control;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Counts one socket's messages and refusals: more than {@value #MAX_PER_SECOND} messages within
 * any second are refused as rate-limited; {@value #MAX_REFUSALS} refusals within a minute mean the
 * socket is to be closed. Time comes in as epoch milliseconds.
 */
public final class AbuseMeter {

    public static final int MAX_PER_SECOND = 50;
    public static final int MAX_REFUSALS = 20;
    static final long REFUSAL_WINDOW_MILLIS = 60_000;

    /** The times of the last {@value #MAX_PER_SECOND} admitted messages, as a ring. */
    private final long[] admitted = new long[MAX_PER_SECOND];

    private int next;
    private final ArrayDeque<Long> refusals = new ArrayDeque<>();

    public AbuseMeter() {
        Arrays.fill(admitted, Long.MIN_VALUE / 2);
    }

    /** True when the message is within the rate; a refused one is not counted as admitted. */
    public synchronized boolean admit(long now) {
        if (now - admitted[next] < 1000) {
            return false;
        }
        admitted[next] = now;
        next = (next + 1) % MAX_PER_SECOND;
        return true;
    }

    /** Counts a refusal; true when the socket has now earned closing. */
    public synchronized boolean refused(long now) {
        refusals.addLast(now);
        while (!refusals.isEmpty() && now - refusals.peekFirst() >= REFUSAL_WINDOW_MILLIS) {
            refusals.removeFirst();
        }
        return refusals.size() >= MAX_REFUSALS;
    }
}
