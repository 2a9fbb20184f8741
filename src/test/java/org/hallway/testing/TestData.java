package org.hallway.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hallway.account.control.Passwords;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.demo.DemoEvent;
import org.hallway.networking.entity.Connection;
import org.hallway.networking.entity.Meeting;
import org.hallway.networking.entity.NetworkingRules;
import org.hallway.networking.entity.TicketTypePairing;
import org.hallway.ticket.entity.Ticket;
import org.hallway.ticket.entity.TicketType;

/** In-container set-up for over-the-wire tests: sessions, attendees with tickets, and a look at meetings. */
@ApplicationScoped
public class TestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    Event<SessionStateChanged> stateChanges;

    @Inject
    org.hallway.networking.boundary.Recovery recovery;

    @Inject
    org.hallway.networking.control.MeetingIds meetingIds;

    private String hash;

    /** A LIVE networking session of the demo event today, with the given rules. */
    @Transactional
    public long networkingSession(
            String name, int meetingSeconds, boolean allowRematch, int maxExtensions, String onlyPairsOfType) {
        var event = em.createNamedQuery(org.hallway.event.entity.Event.BY_SLUG, org.hallway.event.entity.Event.class)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult();
        LocalDate today = LocalDate.now(clock.withZone(event.zone()));
        var session = new AgendaSession(event, SessionType.NETWORKING);
        session.describe(
                name,
                "Test networking",
                "Networking",
                today.atTime(LocalTime.MIN),
                today.atTime(LocalTime.of(23, 59)),
                null);
        session.start();
        em.persist(session);
        em.flush();
        var rules = new NetworkingRules(session.getId());
        Set<TicketTypePairing> pairs = Set.of();
        if (onlyPairsOfType != null) {
            long type = type(onlyPairsOfType).getId();
            pairs = Set.of(new TicketTypePairing(type, type));
        }
        rules.change(meetingSeconds, allowRematch, 300, 0, maxExtensions, onlyPairsOfType != null, pairs);
        em.persist(rules);
        return session.getId();
    }

    /** A networking session of the demo event today that has not started (it never starts by itself). */
    @Transactional
    public long scheduledNetworkingSession(String name) {
        var event = em.createNamedQuery(org.hallway.event.entity.Event.BY_SLUG, org.hallway.event.entity.Event.class)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult();
        LocalDate today = LocalDate.now(clock.withZone(event.zone()));
        var session = new AgendaSession(event, SessionType.NETWORKING);
        session.describe(
                name,
                "Test networking, later",
                "Networking",
                today.atTime(LocalTime.of(23, 0)),
                today.atTime(LocalTime.of(23, 59)),
                null);
        em.persist(session);
        em.flush();
        var rules = new NetworkingRules(session.getId());
        rules.change(120, true, 300, 0, 1, false, Set.of());
        em.persist(rules);
        return session.getId();
    }

    /** Starts the session as an organiser's Start does: LIVE, announced once committed. */
    @Transactional
    public void startSession(long sessionId) {
        var session = em.find(AgendaSession.class, sessionId);
        session.start();
        stateChanges.fire(new SessionStateChanged(sessionId, session.getEvent().getId(), session.getState()));
    }

    /** A plain (non-networking) session id of the demo event. */
    public long plainSession() {
        return em.createQuery("select s from AgendaSession s where s.type = :type", AgendaSession.class)
                .setParameter("type", SessionType.SESSION)
                .setMaxResults(1)
                .getSingleResult()
                .getId();
    }

    /** {@code count} attendees ({prefix}{i}@hallway.test, password hallway-demo), with a ticket of the type unless null. */
    @Transactional
    public List<String> attendees(String prefix, int count, String ticketType) {
        if (hash == null) {
            hash = passwords.hash(DemoEvent.PASSWORD);
        }
        TicketType type = ticketType == null ? null : type(ticketType);
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = prefix + i + "@hallway.test";
            var account = new Account(email, hash, "Test " + prefix + i, now, Role.ATTENDEE);
            em.persist(account);
            if (type != null) {
                em.persist(new Ticket(type, account, now));
            }
            emails.add(email);
        }
        return emails;
    }

    public long accountId(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .getId();
    }

    /** How many mails the outbox holds for an address, in any state (written with the change that causes them). */
    public long mailsTo(String recipient) {
        return em.createQuery("select count(m) from OutboxMail m where m.recipient = :r", Long.class)
                .setParameter("r", recipient)
                .getSingleResult();
    }

    /** The session's meetings, oldest first, as JSON objects named as in the entity. */
    public JsonArray meetings(long sessionId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        em.createQuery("select m from Meeting m where m.sessionId = :s order by m.startedAt", Meeting.class)
                .setParameter("s", sessionId)
                .getResultList()
                .forEach(m -> {
                    JsonObjectBuilder json = Json.createObjectBuilder()
                            .add("id", m.getId())
                            .add("firstAccountId", m.getFirstAccountId())
                            .add("secondAccountId", m.getSecondAccountId())
                            .add("startedAt", m.getStartedAt().toEpochMilli())
                            .add("endsAt", m.getEndsAt().toEpochMilli())
                            .add("failed", m.isFailed());
                    if (m.getEndedAt() != null) {
                        json.add("endedAt", m.getEndedAt().toEpochMilli());
                    }
                    all.add(json);
                });
        return all.build();
    }

    /** The session's ratings as stored: one object per row, stars and meetAgain absent when null. */
    public JsonArray ratings(long sessionId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        em.createQuery(
                        "select r from Rating r where r.sessionId = :s order by r.id",
                        org.hallway.networking.entity.Rating.class)
                .setParameter("s", sessionId)
                .getResultList()
                .forEach(r -> {
                    JsonObjectBuilder json = Json.createObjectBuilder()
                            .add("meetingId", r.getMeetingId())
                            .add("raterId", r.getRaterId())
                            .add("partnerId", r.getPartnerId());
                    if (r.getStars() != null) {
                        json.add("stars", r.getStars());
                    }
                    if (r.getMeetAgain() != null) {
                        json.add("meetAgain", r.getMeetAgain().name());
                    }
                    all.add(json);
                });
        return all.build();
    }

    /** The pair's connection in the event of this session: "requested", "connected", or "none". */
    public String connection(long sessionId, long a, long b) {
        var session = em.find(AgendaSession.class, sessionId);
        return em.createNamedQuery(Connection.OF_PAIR, Connection.class)
                .setParameter("event", session.getEvent().getId())
                .setParameter("low", Math.min(a, b))
                .setParameter("high", Math.max(a, b))
                .getResultStream()
                .findFirst()
                .map(c -> c.isConnected() ? "connected" : "requested")
                .orElse("none");
    }

    /** Ends the session as an organiser would, and tells the application. */
    @Transactional
    public void endSession(long sessionId) {
        var session = em.find(AgendaSession.class, sessionId);
        session.end();
        stateChanges.fire(new SessionStateChanged(sessionId, session.getEvent().getId(), session.getState()));
    }

    /** Leaves two unfinished meetings in the database as a crash would: one past its end, one running. */
    @Transactional
    public long[] insertOpenMeetings(long sessionId, String emailA, String emailB) {
        long a = accountId(emailA);
        long b = accountId(emailB);
        var session = em.find(AgendaSession.class, sessionId);
        Instant now = clock.instant();
        var expired = new Meeting(
                meetingIds.next(),
                sessionId,
                session.getEvent().getId(),
                a,
                b,
                now.minusSeconds(600),
                now.minusSeconds(420));
        var running = new Meeting(
                meetingIds.next(),
                sessionId,
                session.getEvent().getId(),
                a,
                b,
                now.minusSeconds(2),
                now.plusSeconds(120));
        em.persist(expired);
        em.persist(running);
        return new long[] {expired.getId(), running.getId()};
    }

    public void recover() {
        recovery.recover();
    }

    public boolean ended(long meetingId) {
        em.clear();
        return em.find(Meeting.class, meetingId).isEnded();
    }

    /** The id of the event with that slug. */
    @Transactional
    public long eventId(String slug) {
        return em.createNamedQuery(org.hallway.event.entity.Event.BY_SLUG, org.hallway.event.entity.Event.class)
                .setParameter("slug", slug)
                .getSingleResult()
                .getId();
    }

    /**
     * A public event today and tomorrow (a session from now fits at any hour) with ticket types General
     * (returned: its invite token) and Unused.
     */
    @Transactional
    public String event(String slug) {
        LocalDate today = LocalDate.now(clock);
        var event = new org.hallway.event.entity.Event(
                slug, "Event " + slug, "A test event", java.time.ZoneId.of("UTC"), today, today.plusDays(1));
        em.persist(event);
        String token = org.hallway.ticket.control.InviteTokens.next();
        em.persist(new TicketType(event, "General", null, token));
        em.persist(new TicketType(event, "Unused", null, org.hallway.ticket.control.InviteTokens.next()));
        return token;
    }

    /**
     * {@link #event} plus data of every kind an event holds: a ticket, a networking session with its
     * rules, a meeting and a connection between two demo attendees. Returns the session's id.
     */
    @Transactional
    public long eventWithData(String slug) {
        event(slug);
        var event = em.createNamedQuery(org.hallway.event.entity.Event.BY_SLUG, org.hallway.event.entity.Event.class)
                .setParameter("slug", slug)
                .getSingleResult();
        var general = em.createQuery(
                        "select t from TicketType t where t.event = :e and t.name = 'General'", TicketType.class)
                .setParameter("e", event)
                .getSingleResult();
        long a = accountId(DemoEvent.ATTENDEES.get(0));
        long b = accountId(DemoEvent.ATTENDEES.get(1));
        em.persist(new Ticket(general, em.find(Account.class, a), LocalDateTime.now(clock)));
        LocalDate today = LocalDate.now(clock);
        var session = new AgendaSession(event, SessionType.NETWORKING);
        session.describe(
                "Purged networking",
                "",
                "Networking",
                today.atTime(LocalTime.MIN),
                today.atTime(LocalTime.of(23, 59)),
                null);
        em.persist(session);
        em.flush();
        em.persist(new NetworkingRules(session.getId()));
        Instant now = clock.instant();
        var meeting = new Meeting(
                meetingIds.next(), session.getId(), event.getId(), a, b, now.minusSeconds(300), now.minusSeconds(120));
        em.persist(meeting);
        em.flush();
        em.persist(new Connection(event.getId(), a, b, meeting.getId(), now));
        return session.getId();
    }

    @Inject
    org.hallway.media.control.ImageStore images;

    /** Gives the account a new headshot (a small PNG); returns the image id. */
    @Transactional
    public long headshot(String email) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        var image = images.store(out.toByteArray(), "headshot");
        em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .changeHeadshot(image.getId());
        return image.getId();
    }

    /** The demo event's invite token of a ticket type. */
    public String inviteToken(String ticketType) {
        return type(ticketType).getInviteToken();
    }

    @Inject
    jakarta.security.enterprise.identitystore.IdentityStoreHandler identityStores;

    /**
     * Median nanoseconds of {@code rounds} failed credential checks for a known address (wrong
     * password) and for an unknown one: {"known": ns, "unknown": ns}. Measured in the container, past
     * the login throttle, so many tries are possible.
     */
    public jakarta.json.JsonObject identityTiming(String known, int rounds) {
        long[] knownTimes = new long[rounds];
        long[] unknownTimes = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            knownTimes[i] = time(known, "wrong-password-" + i);
            unknownTimes[i] = time("nobody-" + i + "@nowhere.test", "wrong-password-" + i);
        }
        java.util.Arrays.sort(knownTimes);
        java.util.Arrays.sort(unknownTimes);
        return Json.createObjectBuilder()
                .add("known", knownTimes[rounds / 2])
                .add("unknown", unknownTimes[rounds / 2])
                .build();
    }

    private long time(String email, String password) {
        long start = System.nanoTime();
        var result = identityStores.validate(
                new jakarta.security.enterprise.credential.UsernamePasswordCredential(email, password));
        long took = System.nanoTime() - start;
        if (result.getStatus() == jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID) {
            throw new IllegalStateException("expected a refusal");
        }
        return took;
    }

    /** Names of the ticket types of the event(s) with this slug, deleted or not. */
    public JsonArray ticketTypes(String slug) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        em.createQuery("select t.name from TicketType t where t.event.slug = :slug", String.class)
                .setParameter("slug", slug)
                .getResultList()
                .forEach(names::add);
        return names.build();
    }

    private TicketType type(String name) {
        return em.createQuery("select t from TicketType t where t.name = :n and t.event.slug = :slug", TicketType.class)
                .setParameter("n", name)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult();
    }
}
