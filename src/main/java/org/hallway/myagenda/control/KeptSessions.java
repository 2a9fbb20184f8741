package org.hallway.myagenda.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.myagenda.entity.KeptSession;

/** The sessions attendees keep; runs in the caller's transaction. */
@ApplicationScoped
public class KeptSessions {

    @PersistenceContext
    EntityManager em;

    /** Keeps the session; false when it was kept already (nothing changes). */
    public boolean keep(long accountId, long sessionId, LocalDateTime nowUtc) {
        if (kept(accountId, sessionId)) {
            return false;
        }
        em.persist(new KeptSession(accountId, sessionId, nowUtc));
        return true;
    }

    /** Takes the session off the attendee's agenda; false when it was not on it. */
    public boolean drop(long accountId, long sessionId) {
        return em.createQuery("delete from KeptSession k where k.accountId = :account and k.sessionId = :session")
                        .setParameter("account", accountId)
                        .setParameter("session", sessionId)
                        .executeUpdate()
                > 0;
    }

    public boolean kept(long accountId, long sessionId) {
        return !em.createQuery(
                        "select k.id from KeptSession k where k.accountId = :account and k.sessionId = :session",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter("session", sessionId)
                .getResultList()
                .isEmpty();
    }

    /** The ids of every session the attendee keeps, at any event. */
    public Set<Long> idsOf(long accountId) {
        return new HashSet<>(
                em.createQuery("select k.sessionId from KeptSession k where k.accountId = :account", Long.class)
                        .setParameter("account", accountId)
                        .getResultList());
    }

    /** The event's sessions the attendee keeps, with their speakers, by start time and track. */
    public List<AgendaSession> sessionsOf(long accountId, long eventId) {
        return em.createQuery(
                        "select distinct s from AgendaSession s left join fetch s.speakers where s.event.id = :event"
                                + " and s.id in (select k.sessionId from KeptSession k where k.accountId = :account)"
                                + " order by s.startsAt, s.track",
                        AgendaSession.class)
                .setParameter("event", eventId)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** The accounts that keep the session (for reminders and calendars). */
    public List<Long> keepersOf(long sessionId) {
        return em.createQuery("select k.accountId from KeptSession k where k.sessionId = :session", Long.class)
                .setParameter("session", sessionId)
                .getResultList();
    }
}
