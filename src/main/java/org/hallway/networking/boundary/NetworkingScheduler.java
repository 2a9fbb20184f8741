package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.hallway.networking.control.Deadline;
import org.hallway.networking.control.Networking;
import org.hallway.networking.control.NetworkingThreads;

/**
 * Arms the engine's deadlines on the engine's timer thread and hands each back to the engine
 * when it comes. Timers live in memory only: the deadlines are persisted with the meetings and
 * re-armed at start-up by {@link NetworkingRecovery}.
 */
@ApplicationScoped
public class NetworkingScheduler {

    private static final System.Logger LOG = System.getLogger(NetworkingScheduler.class.getName());

    @Inject
    NetworkingThreads threads;

    @Inject
    Networking networking;

    @Inject
    Clock clock;

    void arm(@Observes Deadline deadline) {
        long delay = Math.max(0, deadline.atMillis() - clock.millis());
        threads.timers().schedule(() -> fire(deadline), delay, TimeUnit.MILLISECONDS);
    }

    private void fire(Deadline deadline) {
        try {
            networking.deadline(deadline);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Networking deadline " + deadline + " failed", e);
        }
    }
}
