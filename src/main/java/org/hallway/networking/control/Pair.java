package org.hallway.networking.control;

import java.util.Objects;

/**
 * Two candidates matched into one meeting. {@code first} is the one who waited longer
 * (earlier {@code readySinceMillis}, ties by attendee id); the engine makes it the WebRTC offerer,
 * so the roles are stable and never negotiated.
 */
public record Pair(Candidate first, Candidate second) {

    public Pair {
        // Only null checks: the matcher creates 50k pairs per round at 100k candidates, and reading
        // both candidates here to re-check the order would cost two cache misses per pair.
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
