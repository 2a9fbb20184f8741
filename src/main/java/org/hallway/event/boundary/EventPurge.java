package org.hallway.event.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.hallway.platform.ClockMoved;

/**
 * Once a day, removes for good the events deleted longer ago than they can be restored (30 days),
 * each in its own transaction through {@link EventAdministration#purge}. Non-persistent: a missed
 * run is simply done by the next one. A test's clock jump runs it at once, as if the days had passed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventPurge {

    private static final System.Logger LOG = System.getLogger(EventPurge.class.getName());

    @Inject
    EventAdministration administration;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void daily() {
        run();
    }

    public void clockMoved(@Observes ClockMoved moved) {
        run();
    }

    /** The number of events removed. */
    public synchronized int run() {
        int purged = 0;
        for (long eventId : administration.purgeable()) {
            try {
                if (administration.purge(eventId)) {
                    purged++;
                    LOG.log(
                            Level.INFO,
                            "Event {0} removed for good: deleted more than 30 days ago",
                            String.valueOf(eventId));
                }
            } catch (RuntimeException e) {
                // one event that cannot go yet (e.g. a row added meanwhile) does not stop the others
                LOG.log(Level.WARNING, "Event " + eventId + " could not be removed; tried again tomorrow", e);
            }
        }
        return purged;
    }
}
