package org.hallway.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per key (an account's e-mail, a client address): the first
 * {@value #FREE_FAILURES} failures cost nothing, each further one makes the next attempt wait
 * twice as long (1 s, 2 s, 4 s … at most a minute), and {@value #LOCKOUT_FAILURES} lock the key
 * for 15 minutes. Failures are forgotten after 15 quiet minutes; a successful login clears its
 * account's count. Time comes from the clock given, so tests move it instead of sleeping.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    public static final int LOCKOUT_FAILURES = 20;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /** Beyond this many keys, forgotten ones are swept out (bounded memory under a spray of addresses). */
    static final int SWEEP_AT = 100_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Empty when the keys may try now, else how long until the next attempt is allowed. */
    public Optional<Duration> wait(String... keys) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Failures f = failures.get(key);
            if (f != null && f.blockedUntil() != null && now.isBefore(f.blockedUntil())) {
                Duration left = Duration.between(now, f.blockedUntil());
                if (left.compareTo(longest) > 0) {
                    longest = left;
                }
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String... keys) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_AT) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now)
                    && (f.blockedUntil() == null || f.blockedUntil().isBefore(now)));
        }
        for (String key : keys) {
            failures.compute(key, (k, f) -> {
                int count = f == null || f.last().plus(FORGET_AFTER).isBefore(now) && notBlocked(f, now)
                        ? 1 : f.count() + 1;
                return new Failures(count, now, blockedUntil(count, now));
            });
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    /** How many failures are on record for the key (0 once forgotten). */
    public int failures(String key) {
        Failures f = failures.get(key);
        return f == null ? 0 : f.count();
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

    private static boolean notBlocked(Failures f, Instant now) {
        return f.blockedUntil() == null || !now.isBefore(f.blockedUntil());
    }
}
