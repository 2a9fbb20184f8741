package org.hallway.agenda.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.event.entity.Event;

/** An event's agenda as attendees read it: sessions with their speakers, and seats, in a few queries. */
@ApplicationScoped
public class EventAgenda {

    @PersistenceContext
    EntityManager em;

    /** All sessions with their speakers fetched in the same query (no query per session). */
    public List<AgendaSession> sessionsOf(Event event) {
        return em.createQuery(
                        "select distinct s from AgendaSession s left join fetch s.speakers"
                                + " where s.event = :event order by s.startsAt, s.track",
                        AgendaSession.class)
                .setParameter("event", event)
                .getResultList();
    }

    /** Seats taken per session id, for the sessions of the event that have any. */
    public Map<Long, Long> seatsTaken(Event event) {
        Map<Long, Long> taken = new HashMap<>();
        em.createQuery(
                        "select s.session.id, count(s) from SessionSeat s where s.session.event = :event"
                                + " group by s.session.id",
                        Object[].class)
                .setParameter("event", event)
                .getResultList()
                .forEach(row -> taken.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return taken;
    }

    /** The ids of the event's sessions the account has a seat in. */
    public Set<Long> joinedBy(Account account, Event event) {
        return new HashSet<>(em.createQuery(
                        "select s.session.id from SessionSeat s"
                                + " where s.account = :account and s.session.event = :event",
                        Long.class)
                .setParameter("account", account)
                .setParameter("event", event)
                .getResultList());
    }
}
