package org.hallway.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFirstFiveFailuresCostNoWait() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.wait("a"));
            throttle.failed("a");
        }
        assertEquals(Optional.empty(), throttle.wait("a"));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToAMinute() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a");
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            throttle.failed("a");
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.wait("a"));
            clock.advance(Duration.ofSeconds(seconds));
            assertEquals(Optional.empty(), throttle.wait("a"), "free again after " + seconds + " s");
        }
    }

    @Test
    void twentyFailuresLockTheKeyForFifteenMinutes() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("a");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.wait("a"));
        clock.advance(Duration.ofMinutes(14));
        assertTrue(throttle.wait("a").isPresent(), "still locked after 14 minutes");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.wait("a"));
    }

    @Test
    void theLongestWaitOfAllKeysCounts() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("address");
        }
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.wait("account", "address"));
    }

    @Test
    void successClearsTheAccountAndQuietTimeForgetsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a", "b");
        }
        throttle.succeeded("a");
        assertEquals(0, throttle.failures("a"));
        assertEquals(4, throttle.failures("b"));
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("b");
        assertEquals(1, throttle.failures("b"), "failures older than 15 quiet minutes are forgotten");
    }
}
