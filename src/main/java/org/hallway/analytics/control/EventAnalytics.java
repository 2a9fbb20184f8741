package org.hallway.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * An event's figures from aggregate queries over tickets, {@code event_presence} (stays never
 * overlap per person, so a running sum over arrivals and departures gives the most at once), room
 * visits and meetings. Call it in a transaction.
 */
@ApplicationScoped
public class EventAnalytics {

    @PersistenceContext
    EntityManager em;

    public EventFigures of(long eventId) {
        List<EventFigures.Registrations> byDay = new ArrayList<>();
        long registrations = 0;
        for (Object[] row : Sql.rows(em.createNativeQuery("SELECT CAST(t.issued_at AS DATE) AS d, tt.name, COUNT(*)"
                        + " FROM ticket t JOIN ticket_type tt ON tt.id = t.ticket_type_id WHERE t.event_id = ?1"
                        + " GROUP BY CAST(t.issued_at AS DATE), tt.name ORDER BY d, tt.name")
                .setParameter(1, eventId))) {
            long count = Sql.longOf(row[2]);
            byDay.add(new EventFigures.Registrations(Sql.date(row[0]), (String) row[1], count));
            registrations += count;
        }
        @SuppressWarnings("unchecked")
        List<String> types = em.createNativeQuery("SELECT name FROM ticket_type WHERE event_id = ?1 ORDER BY name")
                .setParameter(1, eventId)
                .getResultList();
        long loggedIn = Sql.longOf(em.createNativeQuery(
                        "SELECT COUNT(DISTINCT p.account_id) FROM event_presence p"
                                + " JOIN ticket t ON t.event_id = p.event_id AND t.account_id = p.account_id WHERE p.event_id = ?1")
                .setParameter(1, eventId)
                .getSingleResult());
        long joined = Sql.longOf(em.createNativeQuery("SELECT COUNT(*) FROM (SELECT v.account_id AS a FROM room_visit v"
                        + " JOIN agenda_session s ON s.id = v.session_id WHERE s.event_id = ?1"
                        + " UNION SELECT first_account_id FROM networking_meeting WHERE event_id = ?1"
                        + " UNION SELECT second_account_id FROM networking_meeting WHERE event_id = ?1) x"
                        + " JOIN ticket t ON t.event_id = ?1 AND t.account_id = x.a")
                .setParameter(1, eventId)
                .getSingleResult());
        long peak = Sql.longOf(em.createNativeQuery(
                        "SELECT MAX(c) FROM (SELECT SUM(d) OVER"
                                + " (ORDER BY t, d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS c FROM"
                                + " (SELECT entered_at AS t, 1 AS d FROM event_presence WHERE event_id = ?1"
                                + " UNION ALL SELECT left_at, -1 FROM event_presence WHERE event_id = ?1 AND left_at IS NOT NULL) e) r")
                .setParameter(1, eventId)
                .getSingleResult());
        return new EventFigures(registrations, List.copyOf(byDay), List.copyOf(types), loggedIn, joined, peak);
    }
}
