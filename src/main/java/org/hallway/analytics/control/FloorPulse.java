package org.hallway.analytics.control;

import java.util.ArrayDeque;
import java.util.Deque;
import org.hallway.networking.control.SessionFloor;

/**
 * The live dashboard's figures of one networking session from the floor's successive snapshots:
 * what is now (ready, running, the longest wait) and rates over the last minute (meetings started,
 * media failures, partners lost, the average ready → matched wait), from the differences of the
 * floor's running totals. Pure and single-threaded; snapshots come in time order.
 */
public final class FloorPulse {

    static final long WINDOW_MILLIS = 60_000;

    /** What the dashboard shows. Waits in seconds; null when no match happened in the last minute. */
    public record Figures(
            int ready,
            int meetingsRunning,
            long longestWaitSeconds,
            Double averageWaitSeconds,
            long meetingsLastMinute,
            long failuresLastMinute,
            long meetingsTotal,
            long failuresTotal,
            long partnersLostTotal) {}

    private final Deque<SessionFloor.Snapshot> window = new ArrayDeque<>();

    /**
     * Adds the newest snapshot and returns the figures. The rates cover the last minute, or the time
     * since the first snapshot when that is shorter (a dashboard just opened starts at 0).
     */
    public Figures add(SessionFloor.Snapshot now) {
        if (!window.isEmpty() && now.meetingsStarted() < window.peekLast().meetingsStarted()) {
            window.clear(); // the floor was loaded anew: its totals restarted
        }
        window.addLast(now);
        // the oldest kept is the newest at or before the window's start: a full minute back
        while (window.size() > 1 && second().atMillis() <= now.atMillis() - WINDOW_MILLIS) {
            window.removeFirst();
        }
        SessionFloor.Snapshot base = window.peekFirst();
        long sides = now.sidesMatched() - base.sidesMatched();
        Double averageWait = sides == 0
                ? null
                : Math.round((now.waitedMillis() - base.waitedMillis()) / (double) sides / 100.0) / 10.0;
        return new Figures(
                now.ready(),
                now.meetingsRunning(),
                now.longestWaitMillis() / 1000,
                averageWait,
                now.meetingsStarted() - base.meetingsStarted(),
                now.mediaFailures() - base.mediaFailures() + now.partnersLost() - base.partnersLost(),
                now.meetingsStarted(),
                now.mediaFailures() + now.partnersLost(),
                now.partnersLost());
    }

    private SessionFloor.Snapshot second() {
        var it = window.iterator();
        it.next();
        return it.next();
    }
}
