package org.hallway.networking.control;

import java.util.Objects;

/**
 * Two candidates matched into one meeting. {@code first} is the one who waited longer
 * (earlier {@code readySinceMillis}, ties by attendee id); the engine makes it the WebRTC offerer,
 * so the roles are stable and never negotiated.
 */
public record Pair(Candidate first, Candidate second) {

    public Pair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.attendeeId() == second.attendeeId()) {
            throw new IllegalArgumentException("an attendee cannot be paired with themselves: " + first.attendeeId());
        }
        if (second.waitedLongerThan(first)) {
            throw new IllegalArgumentException("first must be the one who waited longer: " + first + ", " + second);
        }
    }

    /** Orders the two candidates so that the one who waited longer comes first. */
    public static Pair of(Candidate a, Candidate b) {
        return b.waitedLongerThan(a) ? new Pair(b, a) : new Pair(a, b);
    }
}
