package org.hallway.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hallway.account.control.AccountMail;
import org.hallway.account.control.Passwords;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.ContentKind;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.entity.Event;
import org.hallway.platform.DemoConfiguration;
import org.hallway.room.entity.Backstage;
import org.hallway.room.entity.QuestionVote;
import org.hallway.room.entity.RoomQuestion;
import org.hallway.ticket.control.Invitations;
import org.hallway.ticket.control.InviteTokens;
import org.hallway.ticket.entity.Ticket;
import org.hallway.ticket.entity.TicketType;

/**
 * The demo event, happening today in the configured zone: two tracks of overlapping sessions,
 * a LIVE networking session, two ticket types, an admin and six attendees with tickets, one more
 * attendee who has not confirmed her address, and mails in the Outbox.
 */
@ApplicationScoped
public class DemoEvent {

    public static final String SLUG = "demo";
    public static final String ADMIN_EMAIL = "admin@hallway.test";
    public static final String PASSWORD = "hallway-demo";
    public static final List<String> ATTENDEES = List.of(
            "ada@hallway.test",
            "grace@hallway.test",
            "alan@hallway.test",
            "barbara@hallway.test",
            "edsger@hallway.test",
            "margaret@hallway.test");
    /** Chose not to be listed in the people directory (profile setting): absent from it and its search. */
    public static final String UNLISTED = "edsger@hallway.test";
    /** Registered through the invite link but has not confirmed the address yet (General ticket). */
    public static final String UNVERIFIED = "dana@hallway.test";

    public static final String DRAFT_SLUG = "autumn-meetup";
    /** The demo talks' content: a 30-second test pattern served by the app itself. */
    public static final String DEMO_VIDEO = "/media/demo-talk.mp4";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    AccountMail mails;

    @Inject
    Invitations invitations;

    @Inject
    DemoConfiguration configuration;

    /**
     * Returns false, changing nothing, when the database already holds an event. Fails when another
     * node loads the demo at the same time and commits first (the slug is unique). Runs inside
     * {@link DemoLoader}'s transaction, with the rest of the demo.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean loadIntoEmptyDatabase() {
        long events = em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
        if (events > 0) {
            return false;
        }
        ZoneId zoneId = configuration.zone();
        LocalDate today = LocalDate.now(clock.withZone(zoneId));
        LocalDateTime now = LocalDateTime.now(clock);
        var event = new Event(
                SLUG,
                "Hallway Demo Summit",
                "A demo event: two tracks of talks today and a live stage and speed networking on both days.",
                zoneId,
                today,
                // Two days, so the live sessions stay on and a session added "from now" fits the event's days
                // at any hour, also late in the evening.
                today.plusDays(1));
        em.persist(event);
        // Written first: on a node starting at the same time the same slug waits here for this
        // transaction and then fails (unique), before any other work (DemoData skips the load there).
        em.flush();

        String hash = passwords.hash(PASSWORD);
        var admin = new Account(ADMIN_EMAIL, hash, "Olivia Organiser", now, Role.ADMIN, Role.ATTENDEE);
        admin.updateProfile("Olivia Organiser", "Runs the Hallway Demo Summit", null, null);
        em.persist(admin);
        String[][] people = {
            {"Ada Lovelace", "Analyst of engines"},
            {"Grace Hopper", "Compiler pioneer"},
            {"Alan Turing", "Computing machinery and intelligence"},
            {"Barbara Liskov", "Substitution, principally"},
            {"Edsger Dijkstra", "Shortest paths, structured programs"},
            {"Margaret Hamilton", "Software engineering, Apollo"}
        };
        List<Account> attendees = new ArrayList<>();
        for (int i = 0; i < ATTENDEES.size(); i++) {
            var account = new Account(ATTENDEES.get(i), hash, people[i][0], now, Role.ATTENDEE);
            account.updateProfile(people[i][0], people[i][1], null, null);
            account.showInDirectory(!UNLISTED.equals(ATTENDEES.get(i)));
            em.persist(account);
            attendees.add(account);
        }

        var general = new TicketType(event, "General", null, InviteTokens.next());
        var sponsor = new TicketType(event, "Sponsor", 50, InviteTokens.next());
        em.persist(general);
        em.persist(sponsor);
        em.persist(new Ticket(general, admin, now));
        for (int i = 0; i < attendees.size(); i++) {
            em.persist(new Ticket(i % 3 == 2 ? sponsor : general, attendees.get(i), now));
        }
        // The mail flows in the demo: an attendee whose address is unconfirmed, her verification mail
        // in the Outbox (outbox.xhtml; without SMTP it goes to the log), and an invitation.
        var dana = new Account(UNVERIFIED, hash, "Dana Scott", now, Role.ATTENDEE);
        dana.updateProfile("Dana Scott", "Registered, address not confirmed yet", null, null);
        em.persist(dana);
        em.persist(new Ticket(general, dana, now));
        mails.askToVerify(dana);

        // A draft the organisers are still preparing: not listed, its invite link refused until published.
        var draft = new Event(
                DRAFT_SLUG,
                "Hallway Autumn Meetup (draft)",
                "Still being planned: visible to organisers only.",
                zoneId,
                today.plusDays(30),
                today.plusDays(30));
        draft.show(org.hallway.event.entity.Visibility.DRAFT);
        em.persist(draft);
        em.persist(new TicketType(draft, "General", null, InviteTokens.next()));
        invitations.invite(general, "guest@hallway.test");

        session(
                event,
                SessionType.STAGE,
                "Opening keynote",
                "Main stage",
                today,
                "09:00",
                "09:45",
                null,
                attendees.get(0));
        session(
                event,
                SessionType.SESSION,
                "Engines of analysis",
                "Track A",
                today,
                "10:00",
                "11:00",
                100,
                attendees.get(0));
        session(
                event,
                SessionType.SESSION,
                "Compilers for everyone",
                "Track B",
                today,
                "10:30",
                "11:30",
                100,
                attendees.get(1));
        session(
                event,
                SessionType.SESSION,
                "Can machines think?",
                "Track A",
                today,
                "11:15",
                "12:15",
                60,
                attendees.get(2));
        session(
                event,
                SessionType.SESSION,
                "Abstraction and substitution",
                "Track B",
                today,
                "11:45",
                "12:45",
                60,
                attendees.get(3));
        // Until it is live, its direct link plays a pre-session video (here the demo video again).
        session(
                        event,
                        SessionType.SESSION,
                        "Goto considered harmful, revisited",
                        "Track A",
                        today,
                        "14:00",
                        "15:00",
                        null,
                        attendees.get(4))
                .show(ContentKind.MP4, DEMO_VIDEO, DEMO_VIDEO);
        session(
                        event,
                        SessionType.SESSION,
                        "Writing software that lands on the Moon",
                        "Track B",
                        today,
                        "14:00",
                        "15:30",
                        null,
                        attendees.get(5))
                .show(ContentKind.MEETING, "https://meet.jit.si/hallway-demo-moon-landing", null);
        // On all day and started by the scheduler: the demo always has a live talk to watch.
        var live = session(
                event,
                SessionType.STAGE,
                "Hallway live: welcome stream",
                "Live stage",
                today,
                "00:00",
                today.plusDays(1),
                "23:59",
                null,
                attendees.get(0));
        live.assign(Set.of(attendees.get(0)), Set.of(attendees.get(3)));
        room(live, attendees);
        var networking = session(
                event,
                SessionType.NETWORKING,
                "Speed networking",
                "Networking",
                today,
                "00:00",
                today.plusDays(1),
                "23:59",
                null,
                null);
        networking.start();
        return true;
    }

    /**
     * A demo loaded on an earlier day is moved to today, so the demo's networking session can be
     * tried on any day. Only the demo event (slug {@value #SLUG}) is touched, and only when it lies
     * entirely in the past. Its own transaction (a retry after a concurrent move starts afresh).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean moveToToday() {
        var demo = em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", SLUG)
                .getResultStream()
                .findFirst();
        if (demo.isEmpty()) {
            return false;
        }
        Event event = demo.get();
        LocalDate today = LocalDate.now(clock.withZone(event.zone()));
        if (!event.getLastDay().isBefore(today)) {
            return false;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(event.getFirstDay(), today);
        event.shiftDays(days);
        for (AgendaSession session : em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                .setParameter("event", event)
                .getResultList()) {
            session.shiftDays(days);
        }
        return true;
    }

    /** The live stream's room: questions with votes, one pinned, and a backstage note (Barbara moderates). */
    private void room(AgendaSession live, List<Account> attendees) {
        em.flush();
        LocalDateTime now = LocalDateTime.now(clock);
        var slides =
                new RoomQuestion(live.getId(), attendees.get(1).getId(), "Will the slides be shared afterwards?", now);
        em.persist(slides);
        em.flush(); // the votes' rows refer to the question's (no mapped relationship orders the inserts)
        for (Account voter : List.of(attendees.get(2), attendees.get(4))) {
            em.persist(new QuestionVote(slides.getId(), voter.getId()));
            slides.upvoted();
        }
        var pinned = new RoomQuestion(
                live.getId(),
                attendees.get(2).getId(),
                "How does a session start by itself after a server restart?",
                now);
        pinned.pin(true);
        em.persist(pinned);
        var backstage = new Backstage(live.getId());
        backstage.write("Ada: wave at 5 minutes left; Barbara takes questions from the top of the list.");
        em.persist(backstage);
    }

    private AgendaSession session(
            Event event,
            SessionType type,
            String name,
            String track,
            LocalDate day,
            String from,
            String to,
            Integer capacity,
            Account speaker) {
        return session(event, type, name, track, day, from, day, to, capacity, speaker);
    }

    private AgendaSession session(
            Event event,
            SessionType type,
            String name,
            String track,
            LocalDate day,
            String from,
            LocalDate lastDay,
            String to,
            Integer capacity,
            Account speaker) {
        var session = new AgendaSession(event, type);
        session.describe(
                name,
                "Demo " + type.name().toLowerCase() + " session: " + name + ".",
                track,
                day.atTime(LocalTime.parse(from)),
                lastDay.atTime(LocalTime.parse(to)),
                capacity);
        session.assign(speaker == null ? Set.of() : Set.of(speaker), Set.of());
        session.startAutomatically(type != SessionType.NETWORKING && configuration.autoStart());
        if (type != SessionType.NETWORKING) {
            // a small video shipped in the WAR (media/demo-talk.mp4): the demo plays without internet
            session.show(ContentKind.MP4, DEMO_VIDEO, null);
        }
        em.persist(session);
        return session;
    }
}
