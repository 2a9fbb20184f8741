package org.hallway.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rule that slows down password guessing, per key (an account's e-mail, a client address):
 * the first {@value #FREE_FAILURES} failures cost nothing, each further one makes the next attempt
 * wait twice as long (1 s, 2 s, 4 s … at most a minute), and {@value #LOCKOUT_FAILURES} lock the
 * key for 15 minutes. Failures are forgotten after 15 quiet minutes; a successful login clears its
 * account's count. Only the rule: the counts are {@link LoginFailures}' (in the database, shared by
 * every node), and the time is the caller's.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    public static final int LOCKOUT_FAILURES = 20;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    public static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    /** The failures on record for one key: how many, the last one, and until when the key must wait (null: no wait). */
    public record Failures(int count, Instant last, Instant blockedUntil) {}

    private LoginThrottle() {}

    /** The record after one more failure at {@code now} ({@code previous} null: none on record). */
    public static Failures after(Failures previous, Instant now) {
        int count = previous == null || forgotten(previous, now) ? 1 : previous.count() + 1;
        return new Failures(count, now, blockedUntil(count, now));
    }

    /** How long the key must wait at {@code now}; empty when it may try ({@code failures} null: none on record). */
    public static Optional<Duration> wait(Failures failures, Instant now) {
        if (failures == null || failures.blockedUntil() == null || !now.isBefore(failures.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.blockedUntil()));
    }

    /** True once the record no longer counts: 15 quiet minutes and no wait left. */
    public static boolean forgotten(Failures failures, Instant now) {
        return failures.last().plus(FORGET_AFTER).isBefore(now)
                && wait(failures, now).isEmpty();
    }

    static Instant blockedUntil(int count, Instant now) {
        if (count >= LOCKOUT_FAILURES) {
            return now.plus(LOCKOUT);
        }
        if (count > FREE_FAILURES) {
            long seconds = 1L << Math.min(count - FREE_FAILURES - 1, 10);
            return now.plus(Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds())));
        }
        return null;
    }
}
