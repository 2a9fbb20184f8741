package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AbuseMeterTest {

    @Test
    void fiftyMessagesASecondPassTheFiftyFirstIsRateLimited() {
        var meter = new AbuseMeter();
        for (int i = 0; i < 50; i++) {
            assertTrue(meter.admit(1_000 + i));
        }
        assertFalse(meter.admit(1_100));
        assertFalse(meter.admit(1_999));
        assertTrue(meter.admit(2_000), "the first message of the window has aged out");
    }

    @Test
    void aSteadyRateBelowTheLimitIsNeverLimited() {
        var meter = new AbuseMeter();
        for (int i = 0; i < 1_000; i++) {
            assertTrue(meter.admit(i * 25L), "40 a second");
        }
    }

    @Test
    void twentyRefusalsWithinAMinuteEarnClosing() {
        var meter = new AbuseMeter();
        for (int i = 0; i < 19; i++) {
            assertFalse(meter.refused(i * 1_000L));
        }
        assertTrue(meter.refused(30_000));
    }

    @Test
    void refusalsSpreadOverMoreThanAMinuteAreForgiven() {
        var meter = new AbuseMeter();
        for (int i = 0; i < 100; i++) {
            assertFalse(meter.refused(i * 4_000L), "15 a minute");
        }
    }
}
