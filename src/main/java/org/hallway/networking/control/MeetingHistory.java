package org.hallway.networking.control;

/**
 * When each unordered pair of attendees last finished a meeting.
 * <p>
 * Backed by a primitive open-addressing table so that a networking session with 100k attendees
 * and a handful of past partners each costs a few megabytes and no boxing on the matcher's hot
 * path. Not thread-safe: the engine owns one instance per session and confines writes to one
 * thread (or guards it), the matcher only reads it.
 */
public final class MeetingHistory {

    /** Returned by {@link #lastMet(long, long)} for two attendees who never met. */
    public static final long NEVER = LongPairTable.ABSENT;

    private final LongPairTable lastMet;

    public MeetingHistory() {
        this.lastMet = new LongPairTable();
    }

    /** @param expectedPairs how many pairs will be recorded, to size the table once */
    public MeetingHistory(int expectedPairs) {
        if (expectedPairs < 0) {
            throw new IllegalArgumentException("expectedPairs must not be negative: " + expectedPairs);
        }
        this.lastMet = new LongPairTable(expectedPairs);
    }

    /**
     * Records that {@code a} and {@code b} finished a meeting at {@code endedAtMillis}.
     * The order of the ids does not matter; an older time never overwrites a newer one,
     * so late or repeated reports are harmless.
     */
    public void record(long a, long b, long endedAtMillis) {
        if (a == b) {
            throw new IllegalArgumentException("an attendee cannot meet themselves: " + a);
        }
        if (endedAtMillis == NEVER) {
            throw new IllegalArgumentException("endedAtMillis must not be Long.MIN_VALUE");
        }
        lastMet.putMax(a, b, endedAtMillis);
    }

    /** When {@code a} and {@code b} last finished a meeting, or {@link #NEVER}. */
    public long lastMet(long a, long b) {
        return lastMet.get(a, b);
    }

    public boolean haveMet(long a, long b) {
        return lastMet.get(a, b) != NEVER;
    }

    /**
     * Drops every pair whose last meeting ended before {@code olderThanMillis}; call it now and
     * then with {@code now - cooldown} so the table only holds pairs that can still block a match.
     *
     * @return how many pairs were dropped
     */
    public int forget(long olderThanMillis) {
        return lastMet.removeValuesBelow(olderThanMillis);
    }

    /** Number of attendee pairs remembered. */
    public int size() {
        return lastMet.size();
    }
}
