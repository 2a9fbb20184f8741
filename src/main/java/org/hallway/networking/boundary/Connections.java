package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.hallway.networking.control.FloorRegistry;
import org.hallway.networking.control.Networking;
import org.hallway.networking.control.NetworkingSession;
import org.hallway.networking.control.Notice;
import org.hallway.networking.control.Notices;
import org.hallway.networking.control.Outcome;
import org.hallway.networking.entity.Connection;
import org.hallway.networking.entity.ConnectionState;
import org.hallway.networking.entity.Meeting;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * Requests to stay in touch: the partner of the running meeting (or of a past meeting of the
 * session) is asked; when they asked already, this accepts. From a socket the request goes through
 * the session's single writer into the journal, whose order makes two crossing requests connect;
 * the floor remembers the result so a resumed page shows it again.
 */
@ApplicationScoped
public class Connections {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Networking networking;

    @Inject
    FloorRegistry floors;

    @Inject
    Event<Notices> notices;

    /** From a socket: {@code meetingId} null means the running meeting. */
    public void connect(long sessionId, long accountId, Long meetingId, Consumer<Refused> refused) {
        networking.command(sessionId, refused, session -> {
            var running = session.floor().meetingIdOf(accountId);
            if (meetingId == null && running.isEmpty() && session.floor().justEnded(accountId, clock.millis())) {
                return new Outcome(); // crossed the meeting's end: name the meeting to connect afterwards
            }
            long id = meetingId != null ? meetingId : running.orElseThrow(() -> new Refused(Refusal.NOT_IN_MEETING));
            var result = new Result[1];
            var out = new Outcome();
            out.write(
                    em -> {
                        result[0] = request(em, sessionId, accountId, id);
                        return result[0].notices();
                    },
                    () -> remember(session, id, result[0]));
            return out;
        });
    }

    /** From a page (a past meeting): one transaction on the caller's thread; notices after its commit. */
    @Transactional
    public void connectNow(long sessionId, long accountId, long meetingId) {
        Result result = request(em, sessionId, accountId, meetingId);
        notices.fire(new Notices(result.notices()));
        floors.existing(sessionId).ifPresent(s -> remember(s, meetingId, result));
    }

    private record Result(long requester, boolean connected, List<Notice> notices) {}

    private static void remember(NetworkingSession session, long meetingId, Result result) {
        session.submit(() -> session.floor().connectionChanged(meetingId, result.requester(), result.connected()));
    }

    private Result request(EntityManager em, long sessionId, long accountId, long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.getSessionId() != sessionId || !meeting.involves(accountId)) {
            throw new Refused(Refusal.UNKNOWN_MEETING);
        }
        long partner = meeting.partnerOf(accountId);
        Connection connection = em.createNamedQuery(Connection.OF_PAIR, Connection.class)
                .setParameter("event", meeting.getEventId())
                .setParameter("low", Math.min(accountId, partner))
                .setParameter("high", Math.max(accountId, partner))
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (connection == null) {
            connection = new Connection(meeting.getEventId(), accountId, partner, meetingId, clock.instant());
            em.persist(connection);
        } else {
            connection.acceptBy(accountId, clock.instant());
        }
        if (connection.isConnected()) {
            return new Result(
                    accountId,
                    true,
                    List.of(
                            new Notice.ConnectionChanged(
                                    sessionId, accountId, meetingId, partner, ConnectionState.CONNECTED),
                            new Notice.ConnectionChanged(
                                    sessionId, partner, meetingId, accountId, ConnectionState.CONNECTED)));
        }
        long requester = connection.getRequesterId();
        long addressee = connection.getAddresseeId();
        return new Result(
                requester,
                false,
                List.of(
                        new Notice.ConnectionChanged(
                                sessionId, requester, meetingId, addressee, ConnectionState.REQUESTED),
                        new Notice.ConnectionChanged(
                                sessionId, addressee, meetingId, requester, ConnectionState.INCOMING)));
    }
}
