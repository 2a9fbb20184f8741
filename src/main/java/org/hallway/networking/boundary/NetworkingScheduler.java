package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hallway.networking.control.Deadline;
import org.hallway.networking.control.Networking;
import org.hallway.networking.control.NetworkingThreads;
import org.hallway.platform.ClockMoved;

/**
 * Arms the engine's deadlines on the engine's timer thread and hands each back to the engine
 * when it is due by the server {@link Clock}. Timers live in memory only: the deadlines are
 * persisted with the meetings and re-armed at start-up by {@link NetworkingRecovery}.
 *
 * <p>The clock decides, not the timer: a timer that fires before its deadline by the clock is
 * re-armed for the rest, and when the clock jumps ({@link ClockMoved}, a test's settable clock)
 * every deadline now due fires at once, in order. Each deadline is handed over exactly once.
 */
@ApplicationScoped
public class NetworkingScheduler {

    private static final System.Logger LOG = System.getLogger(NetworkingScheduler.class.getName());

    /** A deadline waiting for its time; the sequence keeps equal times apart and in arming order. */
    private record Armed(Deadline deadline, long sequence) {}

    private final ConcurrentSkipListSet<Armed> pending = new ConcurrentSkipListSet<>(
            Comparator.comparingLong((Armed a) -> a.deadline().atMillis()).thenComparingLong(Armed::sequence));
    private final AtomicLong sequence = new AtomicLong();

    @Inject
    NetworkingThreads threads;

    @Inject
    Networking networking;

    @Inject
    Clock clock;

    void arm(@Observes Deadline deadline) {
        var armed = new Armed(deadline, sequence.incrementAndGet());
        pending.add(armed);
        schedule(armed);
    }

    /** The clock jumped: everything due by now fires, earliest first. */
    void clockMoved(@Observes ClockMoved moved) {
        long now = clock.millis();
        for (Armed armed : pending) {
            if (armed.deadline().atMillis() > now) {
                break;
            }
            fire(armed);
        }
    }

    private void schedule(Armed armed) {
        long delay = Math.max(0, armed.deadline().atMillis() - clock.millis());
        threads.timers().schedule(() -> due(armed), delay, TimeUnit.MILLISECONDS);
    }

    private void due(Armed armed) {
        if (armed.deadline().atMillis() > clock.millis()) {
            if (pending.contains(armed)) {
                schedule(armed);
            }
            return;
        }
        fire(armed);
    }

    private void fire(Armed armed) {
        if (!pending.remove(armed)) {
            return; // fired already (by the timer or a clock jump)
        }
        try {
            networking.deadline(armed.deadline());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Networking deadline " + armed.deadline() + " failed", e);
        }
    }
}
