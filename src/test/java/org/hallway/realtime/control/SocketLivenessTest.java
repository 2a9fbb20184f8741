package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SocketLivenessTest {

    @Test
    void aConfiguredNumberOfSecondsBecomesTheContainersIdleTimeoutInMilliseconds() {
        assertEquals(65_000, SocketLiveness.idleMillis(65));
    }

    @Test
    void zeroOrLessMeansSocketsAreNeverClosedForSilence() {
        assertEquals(0, SocketLiveness.idleMillis(0));
        assertEquals(0, SocketLiveness.idleMillis(-5));
    }
}
