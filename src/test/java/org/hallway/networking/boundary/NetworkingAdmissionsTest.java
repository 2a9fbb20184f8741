package org.hallway.networking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hallway.networking.control.Admission;
import org.junit.jupiter.api.Test;

class NetworkingAdmissionsTest {

    private final Admission ada = new Admission(Admission.Verdict.ADMITTED, 1, 2, 3, null);
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final NetworkingAdmissions admissions = new NetworkingAdmissions();

    NetworkingAdmissionsTest() {
        admissions.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void theSocketThatOpensWithinThirtySecondsOfTheHandshakeTakesItsAdmissionOnce() {
        admissions.keep(7, "ada@hallway.test", ada);
        now = now.plus(Duration.ofSeconds(30));
        assertEquals(Optional.of(ada), admissions.handedOver(7, "ada@hallway.test"));
        assertTrue(admissions.handedOver(7, "ada@hallway.test").isEmpty(), "taken once");
    }

    @Test
    void anAdmissionOlderThanThirtySecondsByTheServerClockIsNotHandedOver() {
        admissions.keep(7, "ada@hallway.test", ada);
        now = now.plus(Duration.ofMillis(NetworkingAdmissions.HANDOFF_MILLIS + 1));
        assertTrue(admissions.handedOver(7, "ada@hallway.test").isEmpty());
    }

    @Test
    void anAdmissionIsHandedOnlyToTheSameCallerForTheSameSession() {
        admissions.keep(7, "ada@hallway.test", ada);
        assertTrue(admissions.handedOver(8, "ada@hallway.test").isEmpty());
        assertTrue(admissions.handedOver(7, "grace@hallway.test").isEmpty());
    }
}
