package org.hallway.attendee;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.hallway.account.control.Passwords;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.demo.DemoEvent;
import org.hallway.event.entity.Event;
import org.hallway.ticket.control.InviteTokens;
import org.hallway.ticket.entity.Ticket;
import org.hallway.ticket.entity.TicketType;

/**
 * In-container data for AttendeeIT, laid out once when the test deployment starts (so no test
 * depends on another having run first): extra ticket types, a second event, sessions, a speaker
 * whose name holds HTML; and counts. Each method is one container transaction.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class AttendeeFixtures {

    /** Known tokens so that tests over HTTP can open these invite links. */
    public static final String PRESS_TOKEN = "PressPressPressPressPressPress01";

    public static final String ELSEWHERE_TOKEN = "ElsewhereElsewhereElsewhere_0001";
    public static final String ELSEWHERE = "elsewhere";
    public static final String ELSEWHERE_TALK = "Elsewhere talk";
    public static final String OPEN_LAB = "Open lab";
    /** Speaks at the Open lab; the display name holds HTML, for the escaping tests. */
    public static final String SPEAKER = "speaker@attendee.test";

    public static final String HTML_NAME = "<b>Eve</b> & <script>alert(1)</script>";
    public static final String SPEAKER_PASSWORD = "attendee-pass-1";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    /** The Press type (demo), the event nobody but Grace and Margaret will hold a ticket for, the live Open lab. */
    @PostConstruct
    void lay() {
        Event demo = event(DemoEvent.SLUG);
        var speaker =
                new Account(SPEAKER, passwords.hash(SPEAKER_PASSWORD), HTML_NAME, LocalDateTime.now(), Role.ATTENDEE);
        em.persist(speaker);
        TicketType general = em.createQuery(
                        "select t from TicketType t where t.event = :e and t.name = 'General'", TicketType.class)
                .setParameter("e", demo)
                .getSingleResult();
        em.persist(new Ticket(general, speaker, LocalDateTime.now()));
        em.persist(new TicketType(demo, "Press", 50, PRESS_TOKEN));
        var elsewhere = new Event(
                ELSEWHERE,
                "Elsewhere Conf",
                "Another event.",
                ZoneId.of("UTC"),
                demo.getFirstDay(),
                demo.getFirstDay().plusDays(1));
        em.persist(elsewhere);
        em.persist(new TicketType(elsewhere, "General", null, ELSEWHERE_TOKEN));
        session(elsewhere, ELSEWHERE_TALK, "Track A", 60, null, true);
        session(demo, OPEN_LAB, "Track A", 5, speaker, true);
        // full before anyone looks: the agenda says "Full"
        var packed = session(demo, "Packed room", "Track C", 1, null, true);
        em.persist(new org.hallway.agenda.entity.SessionSeat(
                packed,
                em.createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", "grace@hallway.test")
                        .getSingleResult(),
                LocalDateTime.now()));
    }

    public long session(String eventSlug, String name, Integer capacity, boolean live) {
        return session(event(eventSlug), name, "Track B", capacity, null, live).getId();
    }

    private AgendaSession session(
            Event event, String name, String track, Integer capacity, Account speaker, boolean live) {
        var session = new AgendaSession(event, SessionType.SESSION);
        session.describe(
                name,
                "About " + name + ".",
                track,
                event.getFirstDay().atTime(LocalTime.of(16, 0)),
                event.getFirstDay().atTime(LocalTime.of(17, 0)),
                capacity);
        session.assign(speaker == null ? Set.of() : Set.of(speaker), Set.of());
        if (live) {
            session.start();
        }
        em.persist(session);
        return session;
    }

    public String newTicketType(String name, Integer capacity) {
        String token = InviteTokens.next();
        em.persist(new TicketType(event(DemoEvent.SLUG), name, capacity, token));
        return token;
    }

    public String tokenOf(String eventSlug, String typeName) {
        return em.createQuery(
                        "select t.inviteToken from TicketType t where t.event.slug = :e and t.name = :n", String.class)
                .setParameter("e", eventSlug)
                .setParameter("n", typeName)
                .getSingleResult();
    }

    public Account account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** "event slug/ticket type" of each of the account's tickets. */
    public List<String> ticketsOf(String email) {
        return em.createQuery(
                        "select concat(concat(t.event.slug, '/'), t.ticketType.name) from Ticket t"
                                + " where t.account.email = :email order by t.id",
                        String.class)
                .setParameter("email", email)
                .getResultList();
    }

    public long seatsIn(long sessionId) {
        return em.createQuery("select count(s) from SessionSeat s where s.session.id = :id", Long.class)
                .setParameter("id", sessionId)
                .getSingleResult();
    }

    public long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult();
    }

    /**
     * An event of {@code count} attendees ("Person 00001"…, headline "Works on topic n % 7"), every third with
     * a Sponsor ticket, the last one unlisted; persisted in batches so the persistence context stays small.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public long crowd(String slug, int count) {
        Event demo = event(DemoEvent.SLUG);
        var crowd = new Event(
                slug, "Crowd " + slug, "Many attendees.", ZoneId.of("UTC"), demo.getFirstDay(), demo.getFirstDay());
        em.persist(crowd);
        var general = new TicketType(crowd, "General", null, InviteTokens.next());
        var sponsor = new TicketType(crowd, "Sponsor", null, InviteTokens.next());
        em.persist(general);
        em.persist(sponsor);
        String hash = passwords.hash(SPEAKER_PASSWORD);
        LocalDateTime now = LocalDateTime.now();
        for (int i = 1; i <= count; i++) {
            String name = String.format("Person %05d", i);
            var account = new Account(slug + "-" + i + "@crowd.test", hash, name, now, Role.ATTENDEE);
            account.updateProfile(name, "Works on topic " + (i % 7), null, null);
            account.showInDirectory(i < count);
            em.persist(account);
            em.persist(new Ticket(i % 3 == 0 ? sponsor : general, account, now));
            if (i % 500 == 0) {
                em.flush();
                em.clear();
                general = em.find(TicketType.class, general.getId());
                sponsor = em.find(TicketType.class, sponsor.getId());
            }
        }
        return em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", slug)
                .getSingleResult()
                .getId();
    }

    public long eventId(String slug) {
        return event(slug).getId();
    }

    private Event event(String slug) {
        return em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", slug)
                .getSingleResult();
    }
}
