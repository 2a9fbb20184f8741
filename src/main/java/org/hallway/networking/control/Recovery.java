package org.hallway.networking.control;

import org.hallway.account.control.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.hallway.account.entity.Account;
import org.hallway.networking.entity.Connection;
import org.hallway.networking.entity.EndReason;
import org.hallway.networking.entity.Meeting;

/**
 * After a restart: meetings that expired while the server was down are closed; the others are
 * loaded back onto their floors, with their (possibly extended) end, their deadlines re-armed and
 * the partners' connection state, waiting for both partners to reconnect.
 */
@ApplicationScoped
public class Recovery {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FloorRegistry floors;

    @Inject
    Admissions admissions;

    @Inject
    Networking networking;

    @Transactional
    public int recover() {
        Instant now = clock.instant();
        int recovered = 0;
        for (Meeting meeting : em.createNamedQuery(Meeting.OPEN, Meeting.class).getResultList()) {
            if (!meeting.getEndsAt().isAfter(now)) {
                meeting.end(meeting.getEndsAt(), EndReason.TIME, null, false);
                continue;
            }
            NetworkingSession session = floors.of(meeting.getSessionId());
            long id = meeting.getId();
            long first = meeting.getFirstAccountId();
            long second = meeting.getSecondAccountId();
            Person firstPerson = admissions.person(em.find(Account.class, first));
            Person secondPerson = admissions.person(em.find(Account.class, second));
            long startedAt = meeting.getStartedAt().toEpochMilli();
            long endsAt = meeting.getEndsAt().toEpochMilli();
            int extensions = meeting.getExtensions();
            Connection connection = em.createNamedQuery(Connection.OF_PAIR, Connection.class)
                    .setParameter("event", meeting.getEventId()).setParameter("low", Math.min(first, second))
                    .setParameter("high", Math.max(first, second)).getResultStream().findFirst().orElse(null);
            Long requester = connection == null ? null : connection.getRequesterId();
            boolean connected = connection != null && connection.isConnected();
            networking.submit(session, null, s -> {
                SessionFloor floor = s.floor();
                var live = new LiveMeeting(id, first, second, startedAt, endsAt, extensions, floor.terms());
                Outcome out = floor.recover(live, firstPerson, secondPerson, clock.millis());
                if (requester != null) {
                    floor.connectionChanged(id, requester, connected);
                }
                return out;
            });
            recovered++;
        }
        return recovered;
    }
}
