package org.hallway.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    Instant now = Instant.parse("2026-01-01T10:00:00Z");
    LoginThrottle.Failures failures;

    void fail() {
        failures = LoginThrottle.after(failures, now);
    }

    Optional<Duration> waitNow() {
        return LoginThrottle.wait(failures, now);
    }

    @Test
    void theFirstFiveFailuresCostNoWait() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), waitNow());
            fail();
        }
        assertEquals(Optional.empty(), waitNow());
        assertNull(failures.blockedUntil());
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToAMinute() {
        for (int i = 0; i < 5; i++) {
            fail();
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            fail();
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), waitNow());
            now = now.plusSeconds(seconds);
            assertEquals(Optional.empty(), waitNow(), "free again after " + seconds + " s");
        }
    }

    @Test
    void twentyFailuresLockTheKeyForFifteenMinutes() {
        for (int i = 0; i < 20; i++) {
            fail();
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), waitNow());
        now = now.plus(Duration.ofMinutes(14));
        assertTrue(waitNow().isPresent(), "still locked after 14 minutes");
        now = now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), waitNow());
    }

    @Test
    void quietTimeForgetsFailuresButNotALockout() {
        for (int i = 0; i < 4; i++) {
            fail();
        }
        now = now.plus(Duration.ofMinutes(16));
        assertTrue(LoginThrottle.forgotten(failures, now));
        fail();
        assertEquals(1, failures.count(), "failures older than 15 quiet minutes are forgotten");

        for (int i = 0; i < 19; i++) {
            fail();
        }
        assertEquals(20, failures.count());
        now = now.plus(Duration.ofMinutes(14));
        assertTrue(!LoginThrottle.forgotten(failures, now), "a locked key is remembered while locked");
    }

    @Test
    void noRecordMeansNoWait() {
        assertEquals(Optional.empty(), LoginThrottle.wait(null, now));
        assertEquals(1, LoginThrottle.after(null, now).count());
    }
}
