package org.hallway.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.hallway.platform.ClockMoved;

/**
 * Test deployments only: the server clock, replacing {@code WallClock}'s as a CDI alternative.
 * It runs with real time plus an offset that {@link #advance} moves forward, so tests reach a
 * deadline (grace period, extension window, media timeout, a meeting's end) at once instead of
 * sleeping; the deadlines due by then have fired when {@code advance} returns.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class SettableClock {

    private final AtomicLong offsetMillis = new AtomicLong();

    @Inject
    Event<ClockMoved> moved;

    @Produces
    @ApplicationScoped
    @Alternative
    Clock clock() {
        return new Offset(ZoneOffset.UTC, offsetMillis);
    }

    /** Moves the clock forward and fires the deadlines now due; returns the new time. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The server clock only moves forward: " + by);
        }
        offsetMillis.addAndGet(by.toMillis());
        long now = System.currentTimeMillis() + offsetMillis.get();
        moved.fire(new ClockMoved(now));
        return Instant.ofEpochMilli(now);
    }

    /**
     * Moves the clock forward without firing anything: the application's own timers find what is
     * due at their next tick, on their own threads (for tests of that path itself).
     */
    public Instant moveSilently(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The server clock only moves forward: " + by);
        }
        return Instant.ofEpochMilli(System.currentTimeMillis() + offsetMillis.addAndGet(by.toMillis()));
    }

    /** Real time plus the shared offset, in any zone. */
    private static final class Offset extends Clock {

        private final ZoneId zone;
        private final AtomicLong offsetMillis;

        Offset(ZoneId zone, AtomicLong offsetMillis) {
            this.zone = zone;
            this.offsetMillis = offsetMillis;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Offset(other, offsetMillis);
        }

        @Override
        public long millis() {
            return System.currentTimeMillis() + offsetMillis.get();
        }

        @Override
        public Instant instant() {
            return Instant.now().plusMillis(offsetMillis.get());
        }
    }
}
