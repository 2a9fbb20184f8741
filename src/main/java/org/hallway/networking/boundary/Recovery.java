package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hallway.account.control.Person;
import org.hallway.account.entity.Account;
import org.hallway.networking.control.FloorRegistry;
import org.hallway.networking.control.LiveMeeting;
import org.hallway.networking.control.Networking;
import org.hallway.networking.control.NetworkingSession;
import org.hallway.networking.control.Outcome;
import org.hallway.networking.control.SessionFloor;
import org.hallway.networking.entity.Connection;
import org.hallway.networking.entity.EndReason;
import org.hallway.networking.entity.Meeting;

/**
 * Running meetings back onto a floor that is loaded after a restart, or on another node after its
 * owner died: meetings that expired meanwhile are closed; the others are loaded back onto their
 * floors, with their (possibly extended) end, their deadlines re-armed and the partners'
 * connection state, waiting for both partners to reconnect.
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
    NetworkingAdmissions admissions;

    @Inject
    Networking networking;

    /**
     * At start-up: every session with meetings open in the database that this node serves (on
     * several nodes, those whose lease it takes) gets its floor, its meetings restored. A floor
     * that is loaded already gets the open meetings back as well. Returns how many sessions.
     */
    public int recover() {
        int served = 0;
        for (Long sessionId : openSessions()) {
            var loaded = floors.existing(sessionId);
            if (loaded.isPresent()) {
                restore(loaded.get());
                served++;
            } else if (floors.servedHere(sessionId)) {
                served++;
            }
        }
        return served;
    }

    @Transactional
    public List<Long> openSessions() {
        return em.createQuery("select distinct m.sessionId from Meeting m where m.endedAt is null", Long.class)
                .getResultList();
    }

    /** The session's open meetings onto its floor (through its lane); returns how many are running. */
    @Transactional
    public int restore(NetworkingSession session) {
        Instant now = clock.instant();
        int recovered = 0;
        for (Meeting meeting : em.createQuery(
                        "select m from Meeting m where m.endedAt is null"
                                + " and m.sessionId = :session order by m.startedAt",
                        Meeting.class)
                .setParameter("session", session.sessionId())
                .getResultList()) {
            if (!meeting.getEndsAt().isAfter(now)) {
                meeting.end(meeting.getEndsAt(), EndReason.TIME, null, false);
                continue;
            }
            long id = meeting.getId();
            long first = meeting.getFirstAccountId();
            long second = meeting.getSecondAccountId();
            Person firstPerson = Person.of(em.find(Account.class, first));
            Person secondPerson = Person.of(em.find(Account.class, second));
            long startedAt = meeting.getStartedAt().toEpochMilli();
            long endsAt = meeting.getEndsAt().toEpochMilli();
            int extensions = meeting.getExtensions();
            Connection connection = em.createNamedQuery(Connection.OF_PAIR, Connection.class)
                    .setParameter("event", meeting.getEventId())
                    .setParameter("low", Math.min(first, second))
                    .setParameter("high", Math.max(first, second))
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
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
