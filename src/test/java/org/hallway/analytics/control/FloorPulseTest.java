package org.hallway.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hallway.networking.control.SessionFloor.Snapshot;
import org.junit.jupiter.api.Test;

class FloorPulseTest {

    /** At second {@code s}: ready, running, longest wait, totals of started, failed, lost, sides, waited ms. */
    static Snapshot at(
            long s,
            int ready,
            int running,
            long longestMillis,
            long started,
            long failed,
            long lost,
            long sides,
            long waited) {
        return new Snapshot(s * 1000, ready, running, longestMillis, started, failed, lost, sides, waited);
    }

    @Test
    void aDashboardJustOpenedShowsTheFloorNowAndNoRatesYet() {
        var figures = new FloorPulse().add(at(0, 3, 2, 4_500, 40, 2, 1, 80, 160_000));
        assertEquals(3, figures.ready());
        assertEquals(2, figures.meetingsRunning());
        assertEquals(4, figures.longestWaitSeconds());
        assertEquals(0, figures.meetingsLastMinute());
        assertEquals(0, figures.failuresLastMinute());
        assertNull(figures.averageWaitSeconds());
        assertEquals(40, figures.meetingsTotal());
        assertEquals(3, figures.failuresTotal(), "media failures and partners lost");
    }

    @Test
    void ratesCoverTheLastMinuteFromTheDifferencesOfTheTotals() {
        var pulse = new FloorPulse();
        pulse.add(at(0, 0, 0, 0, 10, 0, 0, 20, 0));
        pulse.add(at(30, 0, 0, 0, 14, 1, 0, 28, 8_000));
        var minute = pulse.add(at(60, 0, 0, 0, 16, 1, 1, 32, 12_000));
        assertEquals(6, minute.meetingsLastMinute(), "16 - 10 over [0, 60]");
        assertEquals(2, minute.failuresLastMinute());
        assertEquals(1.0, minute.averageWaitSeconds(), 1e-9, "12,000 ms over 12 sides");
        var later = pulse.add(at(90, 0, 0, 0, 17, 1, 1, 34, 13_000));
        assertEquals(3, later.meetingsLastMinute(), "17 - 14 over [30, 90]");
        assertEquals(1, later.failuresLastMinute());
    }

    @Test
    void aFloorLoadedAnewRestartsItsTotalsAndTheRatesStartAgain() {
        var pulse = new FloorPulse();
        pulse.add(at(0, 0, 0, 0, 50, 0, 0, 100, 0));
        var reloaded = pulse.add(at(5, 2, 0, 1_000, 0, 0, 0, 0, 0));
        assertEquals(0, reloaded.meetingsLastMinute());
        assertEquals(2, reloaded.ready());
    }
}
