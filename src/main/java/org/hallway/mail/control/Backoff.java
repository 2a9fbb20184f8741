package org.hallway.mail.control;

import java.time.Duration;

/** How long the sender waits before the next attempt: doubling from the first delay up to a ceiling. */
public record Backoff(int initialSeconds, int maxSeconds) {

    /** The wait after the given number of failed attempts (1 = after the first failure). */
    public Duration after(int failedAttempts) {
        long seconds = initialSeconds;
        for (int i = 1; i < failedAttempts && seconds < maxSeconds; i++) {
            seconds *= 2;
        }
        return Duration.ofSeconds(Math.min(seconds, maxSeconds));
    }
}
