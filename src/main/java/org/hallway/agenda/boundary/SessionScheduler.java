package org.hallway.agenda.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDateTime;
import org.hallway.agenda.control.Agenda;
import org.hallway.agenda.control.AutoSchedule;
import org.hallway.agenda.control.ScheduledSession;
import org.hallway.platform.ClockMoved;
import org.hallway.platform.StartUp;

/**
 * Starts and ends sessions on schedule ({@link AutoSchedule}) every five seconds, each change in
 * its own transaction through {@link AgendaAdministration#applySchedule}, which re-checks under a
 * row lock: idempotent, and safe with several nodes. Non-persistent: after a restart the first tick
 * catches up on whatever was missed, since it looks at what is due, not at what fired. A test's
 * clock jump runs it at once. Nothing runs before the node's start-up is complete ({@link StartUp}):
 * the timer fires while the demo loader may still be writing the same sessions.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SessionScheduler {

    private static final System.Logger LOG = System.getLogger(SessionScheduler.class.getName());

    @Inject
    Agenda agenda;

    @Inject
    AgendaAdministration administration;

    @Inject
    Clock clock;

    @Inject
    StartUp startUp;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        run();
    }

    public void clockMoved(@Observes ClockMoved moved) {
        run();
    }

    /** The number of sessions started or ended. */
    public synchronized int run() {
        if (!startUp.isComplete()) {
            return 0; // the first tick after start-up catches up
        }
        int changed = 0;
        try {
            for (ScheduledSession session : agenda.scheduled()) {
                LocalDateTime now = LocalDateTime.now(clock.withZone(session.zone()));
                if (AutoSchedule.due(session.timing(), now).isEmpty()) {
                    continue;
                }
                try {
                    var applied = administration.applySchedule(session.timing().sessionId());
                    if (applied.isPresent()) {
                        changed++;
                        LOG.log(
                                Level.INFO,
                                "Session {0} is {1} on schedule",
                                String.valueOf(session.timing().sessionId()),
                                applied.get());
                    }
                } catch (RuntimeException e) {
                    // one session that cannot change now (deleted meanwhile, a lock timeout) does not stop the others
                    LOG.log(
                            Level.WARNING,
                            "Session " + session.timing().sessionId()
                                    + " could not be moved on schedule; tried again at the next tick",
                            e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Schedule round failed; tried again at the next tick", e);
        }
        return changed;
    }
}
