package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hallway.account.control.Person;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.networking.boundary.NetworkingAdmissions;
import org.hallway.networking.entity.Connection;
import org.hallway.networking.entity.ConnectionState;
import org.hallway.networking.entity.Meeting;
import org.hallway.networking.entity.Note;

/**
 * "My connections and matches": the people an attendee met in a networking session (failed
 * meetings, where media never flowed, do not count), with their public profile, where their
 * connection stands and the attendee's private note about them. Only the caller's own.
 */
@ApplicationScoped
public class Matches {

    /**
     * One meeting of the viewer; {@code email} only once connected; {@code bio}, {@code link} the
     * partner's profile (may be null); {@code note} the viewer's private note about the partner (may be null).
     */
    public record Match(
            long meetingId,
            Person partner,
            String email,
            Instant startedAt,
            Instant endedAt,
            boolean extended,
            ConnectionState connection,
            String bio,
            String link,
            String note) {

        /** How long the meeting lasted, in whole seconds (0 while it runs). */
        public long seconds() {
            return endedAt == null
                    ? 0
                    : Math.max(0, java.time.Duration.between(startedAt, endedAt).toSeconds());
        }

        /** "4 min 30 s", "45 s". */
        public String getLength() {
            long s = seconds();
            return s < 60 ? s + " s" : (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }

        public boolean isConnected() {
            return connection == ConnectionState.CONNECTED;
        }

        public boolean isConnectable() {
            return connection == ConnectionState.NONE || connection == ConnectionState.INCOMING;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkingAdmissions admissions;

    @Inject
    NetworkingSessions sessions;

    public List<Match> of(long sessionId, long accountId) {
        AgendaSession session =
                sessions.shown(sessionId, em.find(Account.class, accountId)).orElse(null);
        if (session == null) {
            return List.of();
        }
        List<Meeting> meetings = em.createNamedQuery(Meeting.MATCHES, Meeting.class)
                .setParameter("session", sessionId)
                .setParameter("account", accountId)
                .getResultList();
        Map<Long, Connection> connections = new HashMap<>();
        for (Connection c : em.createNamedQuery(Connection.OF_ACCOUNT, Connection.class)
                .setParameter("event", session.getEvent().getId())
                .setParameter("account", accountId)
                .getResultList()) {
            connections.put(c.partnerOf(accountId), c);
        }
        Map<Long, String> notes = new HashMap<>();
        for (Note n : em.createNamedQuery(Note.OF_AUTHOR, Note.class)
                .setParameter("event", session.getEvent().getId())
                .setParameter("author", accountId)
                .getResultList()) {
            notes.put(n.getSubjectId(), n.getBody());
        }
        Map<Long, Account> partners = new HashMap<>();
        return meetings.stream()
                .map(m -> {
                    long partnerId = m.partnerOf(accountId);
                    Account partner = partners.computeIfAbsent(partnerId, id -> em.find(Account.class, id));
                    ConnectionState standing = standing(connections.get(partnerId), accountId);
                    return new Match(
                            m.getId(),
                            Person.of(partner),
                            standing == ConnectionState.CONNECTED ? partner.getEmail() : null,
                            m.getStartedAt(),
                            m.getEndedAt(),
                            m.isExtended(),
                            standing,
                            partner.getBio(),
                            partner.getLink(),
                            notes.get(partnerId));
                })
                .toList();
    }

    private static ConnectionState standing(Connection connection, long viewer) {
        return connection == null ? ConnectionState.NONE : connection.stateFor(viewer);
    }
}
