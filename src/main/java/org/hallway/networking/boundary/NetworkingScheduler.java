package org.hallway.networking.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.hallway.networking.control.Deadline;
import org.hallway.networking.control.Networking;

/**
 * Arms the engine's deadlines on the container's scheduler and hands each back to the engine
 * when it comes. Timers live in memory only: the deadlines are persisted with the meetings and
 * re-armed at start-up by {@link NetworkingRecovery}.
 */
@ApplicationScoped
public class NetworkingScheduler {

    private static final System.Logger LOG = System.getLogger(NetworkingScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Networking networking;

    @Inject
    Clock clock;

    void arm(@Observes Deadline deadline) {
        long delay = Math.max(0, deadline.atMillis() - clock.millis());
        scheduler.schedule(() -> fire(deadline), delay, TimeUnit.MILLISECONDS);
    }

    private void fire(Deadline deadline) {
        try {
            networking.deadline(deadline);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Networking deadline " + deadline + " failed", e);
        }
    }
}
