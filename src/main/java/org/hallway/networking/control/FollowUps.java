package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.mail.control.MailSettings;
import org.hallway.mail.control.MailTemplates;
import org.hallway.mail.control.Outbox;
import org.hallway.networking.entity.Connection;
import org.hallway.networking.entity.ConnectionState;
import org.hallway.networking.entity.FollowUp;
import org.hallway.networking.entity.Note;

/**
 * "Follow up with purpose": once a networking session is over, the organiser sends everyone who met
 * someone there one mail summarising the people they met (as the matches page shows them: headline,
 * link, connected or not, their own note). Queued once per session, in the transaction that records it.
 */
@ApplicationScoped
public class FollowUps {

    static final String MATCHES_PAGE = "event/matches.xhtml?session=";
    /** The session's meetings that count (as on the matches page): held, ended, not failed. */
    private static final String HELD = "m.sessionId = :s and m.failed = false and m.endedAt is not null";
    /**
     * Any meeting of the session, for what the held ones need (a few more rows at most): EclipseLink
     * writes {@code m.failed = false} inside a subquery as {@code FAILED = 0}, which H2 refuses.
     */
    private static final String MET = "m.sessionId = :s";

    /**
     * JPQL: the two accounts named by {@code one} and {@code other} (paths of the outer query) met
     * in the session {@code :s}, in either order.
     */
    static String metBetween(String one, String other) {
        return "exists (select m.id from Meeting m where " + MET + " and ((m.firstAccountId = " + one
                + " and m.secondAccountId = " + other + ") or (m.firstAccountId = " + other
                + " and m.secondAccountId = " + one + ")))";
    }

    /** What sending did: how many mails were queued, and when. */
    public record Sent(int mails, LocalDateTime at) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mail;

    @Inject
    Clock clock;

    /** When the session's summaries were sent, if they were. */
    public Optional<LocalDateTime> sentAt(long sessionId) {
        return Optional.ofNullable(em.find(FollowUp.class, sessionId)).map(FollowUp::getQueuedAt);
    }

    /**
     * Queues one summary per participant who met someone. Call it in the organiser's transaction, for
     * an ended networking session whose summaries were not sent yet. A constant number of queries
     * whatever the session's size: its held meetings, the connections and notes between people who
     * met in it, and those people, grouped in memory ({@link #contacts}).
     */
    public Sent send(AgendaSession session) {
        long sessionId = session.getId();
        long eventId = session.getEvent().getId();
        LocalDateTime now = LocalDateTime.now(clock);
        // the primary key refuses a second record if two clicks race: that transaction rolls back, mailing nobody
        em.persist(new FollowUp(sessionId, now));
        em.flush();
        List<Met> meetings = em
                .createQuery(
                        "select m.firstAccountId, m.secondAccountId from Meeting m where " + HELD
                                + " order by m.startedAt, m.id",
                        Object[].class)
                .setParameter("s", sessionId)
                .getResultList()
                .stream()
                .map(row -> new Met(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
        if (meetings.isEmpty()) {
            return new Sent(0, now);
        }
        Map<List<Long>, Connection> connections = new HashMap<>();
        for (Connection c : em.createQuery(
                        "select c from Connection c where c.eventId = :event and "
                                + metBetween("c.lowAccountId", "c.highAccountId"),
                        Connection.class)
                .setParameter("event", eventId)
                .setParameter("s", sessionId)
                .getResultList()) {
            connections.put(pairKey(c.getRequesterId(), c.getAddresseeId()), c);
        }
        Map<List<Long>, String> notes = new HashMap<>();
        for (Note n : em.createQuery(
                        "select n from Note n where n.eventId = :event and " + metBetween("n.authorId", "n.subjectId"),
                        Note.class)
                .setParameter("event", eventId)
                .setParameter("s", sessionId)
                .getResultList()) {
            notes.put(List.of(n.getAuthorId(), n.getSubjectId()), n.getBody());
        }
        Map<Long, Account> accounts = new HashMap<>();
        for (Account a : em.createQuery(
                        "select a from Account a where a.id in (select m.firstAccountId from Meeting m" + " where "
                                + MET + ") or a.id in (select m.secondAccountId from Meeting m where " + MET + ")",
                        Account.class)
                .setParameter("s", sessionId)
                .getResultList()) {
            accounts.put(a.getId(), a);
        }
        Map<Long, Attendee> people = new HashMap<>();
        accounts.values()
                .forEach(a -> people.put(
                        a.getId(),
                        new Attendee(a.getId(), a.getDisplayName(), a.getHeadline(), a.getLink(), a.getEmail())));
        Map<Long, List<MailTemplates.Contact>> contacts = contacts(
                meetings,
                people,
                (viewer, partner) -> {
                    Connection c = connections.get(pairKey(viewer, partner));
                    return c == null ? ConnectionState.NONE : c.stateFor(viewer);
                },
                (author, subject) -> notes.get(List.of(author, subject)));
        // a draft event's sessions exist for organisers only, as on the matches page
        boolean shownToAll = session.getEvent().shownTo(false);
        int queued = 0;
        for (var entry : contacts.entrySet()) {
            Account account = accounts.get(entry.getKey());
            if (account == null || !(shownToAll || account.isOrganiser())) {
                continue;
            }
            outbox.queue(MailTemplates.followUp(
                    account.getEmail(),
                    account.getDisplayName(),
                    session.getEvent().getName(),
                    session.getName(),
                    entry.getValue(),
                    mail.link(MATCHES_PAGE + sessionId)));
            queued++;
        }
        return new Sent(queued, now);
    }

    /** A held meeting of the session: its two people. */
    record Met(long first, long second) {}

    /** A person met, as a summary names them. */
    record Attendee(long id, String name, String headline, String link, String email) {}

    /**
     * Each participant's summary lines, by account id in ascending order: everyone they met, once
     * however often, in the order of their first meeting; the address only between connections, the
     * participant's own note. Pure.
     *
     * @param meetings the session's held meetings (failed ones left out), oldest first
     * @param standing where the connection stands as the first (the viewer) sees it with the second
     * @param note     the first's note about the second, or null
     */
    static Map<Long, List<MailTemplates.Contact>> contacts(
            List<Met> meetings,
            Map<Long, Attendee> people,
            BiFunction<Long, Long, ConnectionState> standing,
            BiFunction<Long, Long, String> note) {
        Map<Long, Map<Long, MailTemplates.Contact>> byViewer = new TreeMap<>();
        for (Met m : meetings) {
            line(byViewer, m.first(), m.second(), people, standing, note);
            line(byViewer, m.second(), m.first(), people, standing, note);
        }
        Map<Long, List<MailTemplates.Contact>> contacts = new TreeMap<>();
        byViewer.forEach((viewer, lines) -> contacts.put(viewer, List.copyOf(lines.values())));
        return contacts;
    }

    private static void line(
            Map<Long, Map<Long, MailTemplates.Contact>> byViewer,
            long viewer,
            long partnerId,
            Map<Long, Attendee> people,
            BiFunction<Long, Long, ConnectionState> standing,
            BiFunction<Long, Long, String> note) {
        Attendee partner = people.get(partnerId);
        if (partner == null) {
            return;
        }
        byViewer.computeIfAbsent(viewer, v -> new LinkedHashMap<>()).computeIfAbsent(partnerId, p -> {
            boolean connected = standing.apply(viewer, partnerId) == ConnectionState.CONNECTED;
            return new MailTemplates.Contact(
                    partner.name(),
                    partner.headline(),
                    partner.link(),
                    connected ? partner.email() : null,
                    connected,
                    note.apply(viewer, partnerId));
        });
    }

    private static List<Long> pairKey(long one, long other) {
        return List.of(Math.min(one, other), Math.max(one, other));
    }
}
