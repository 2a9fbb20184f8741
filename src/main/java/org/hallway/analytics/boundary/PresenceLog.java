package org.hallway.analytics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hallway.analytics.entity.EventPresence;
import org.hallway.event.control.EventPurging;

/**
 * Records who has an event open (one use case per change, each its own transaction): a stay opens
 * with a person's first event socket and closes with their last. A stay closed less than
 * {@link #RESUME} ago is continued instead of a new one, so a reload never counts a person twice.
 */
@ApplicationScoped
public class PresenceLog {

    static final Duration RESUME = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The person has the event open (again); nothing changes while their stay is open. */
    @Transactional
    public void arrived(long eventId, long accountId) {
        LocalDateTime now = now();
        EventPresence latest = latest(eventId, accountId);
        if (latest != null && latest.isOpen()) {
            return;
        }
        if (latest != null && latest.closedSince(now.minus(RESUME))) {
            latest.resume();
        } else {
            em.persist(new EventPresence(eventId, accountId, now));
        }
    }

    /** The person's last event socket closed. */
    @Transactional
    public void left(long eventId, long accountId) {
        EventPresence latest = latest(eventId, accountId);
        if (latest != null) {
            latest.leave(now());
        }
    }

    void onEventPurging(@Observes EventPurging purging) {
        em.createQuery("delete from EventPresence p where p.eventId = :event")
                .setParameter("event", purging.eventId())
                .executeUpdate();
    }

    private EventPresence latest(long eventId, long accountId) {
        List<EventPresence> found = em.createNamedQuery(EventPresence.LATEST, EventPresence.class)
                .setParameter("event", eventId)
                .setParameter("account", accountId)
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
