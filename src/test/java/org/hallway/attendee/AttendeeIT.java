package org.hallway.attendee;

import static org.hallway.attendee.AttendeeFixtures.ELSEWHERE;
import static org.hallway.attendee.AttendeeFixtures.ELSEWHERE_TALK;
import static org.hallway.attendee.AttendeeFixtures.ELSEWHERE_TOKEN;
import static org.hallway.attendee.AttendeeFixtures.HTML_NAME;
import static org.hallway.attendee.AttendeeFixtures.OPEN_LAB;
import static org.hallway.attendee.AttendeeFixtures.PRESS_TOKEN;
import static org.hallway.attendee.AttendeeFixtures.SPEAKER;
import static org.hallway.attendee.AttendeeFixtures.SPEAKER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.hallway.account.control.AccountRef;
import org.hallway.account.control.Passwords;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.agenda.boundary.AgendaDesk;
import org.hallway.agenda.control.Seats;
import org.hallway.demo.DemoEvent;
import org.hallway.people.boundary.Directory;
import org.hallway.people.control.DirectoryPage;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;
import org.hallway.testing.Deployments;
import org.hallway.testing.RefusedAtCommit;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.hallway.ticket.boundary.InviteDesk;
import org.hallway.ticket.control.InviteTokens;
import org.hallway.ticket.control.Registrations;
import org.hallway.ticket.control.Registrations.NewAttendee;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attendee's side: registering through invite links, logging in, profile, own tickets, the
 * agenda and joining sessions. {@link AttendeeFixtures} lays out the data when the deployment
 * starts; the tests run in any order.
 */
@ExtendWith(ArquillianExtension.class)
class AttendeeIT {

    static final String EVE = "eve@attendee.test";
    static final String EVE_NAME = HTML_NAME;
    static final String HTML_ESCAPED = "&lt;b&gt;Eve&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;";
    static final String PASSWORD = SPEAKER_PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("attendee").addClass(AttendeeFixtures.class);
    }

    @Inject
    AttendeeFixtures fixtures;

    @Inject
    InviteDesk desk;

    @Inject
    AgendaDesk agendaDesk;

    @Inject
    Passwords passwords;

    @Inject
    org.hallway.room.boundary.RoomDesk rooms;

    @Inject
    org.hallway.room.control.RoomVisits roomControl;

    @Inject
    org.hallway.testing.SettableClock clock;

    @Inject
    org.hallway.room.boundary.RoomPresence roomPresence;

    @Inject
    org.hallway.realtime.control.Realtime realtime;

    @Resource(lookup = org.hallway.platform.Database.JNDI_NAME)
    javax.sql.DataSource dataSource;

    @Inject
    Directory directory;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @ArquillianResource
    URL url;

    // ---- in-container ----

    @Test
    void registeringThroughAnInviteLinkCreatesTheAccountAndItsTicketTogether() throws Exception {
        String general = fixtures.tokenOf(DemoEvent.SLUG, "General");

        String email = desk.register(general, attendee(EVE_NAME, "Eve@Attendee.TEST", "Hi <i>all</i>"))
                .orElseThrow();

        Account stored = fixtures.account(EVE);
        assertNotNull(stored, "e-mail stored in lower case");
        assertEquals(EVE, email);
        assertEquals(EVE_NAME, stored.getDisplayName(), "stored as typed");
        assertEquals("Hi <i>all</i>", stored.getHeadline());
        assertEquals(Set.of(Role.ATTENDEE), stored.getRoles());
        assertTrue(passwords.matches(PASSWORD, stored.getPasswordHash()));
        assertEquals(List.of("demo/General"), fixtures.ticketsOf(EVE));
    }

    @Test
    void everyProblemOfTheRegistrationFormIsNamedNextToItsFieldAndNothingIsCreated() throws Exception {
        long accounts = fixtures.count("Account");
        var refused = assertThrows(
                Rejected.class,
                () -> desk.register(
                        PRESS_TOKEN, new NewAttendee(" ", "not-an-email", "short", "other", "h".repeat(141))));
        assertEquals(
                List.of("displayName", "email", "password", "confirmation", "headline"),
                refused.violations().stream().map(Violation::field).toList());
        assertEquals(accounts, fixtures.count("Account"));
    }

    @Test
    void aTakenEmailCaseInsensitivelyCreatesNothingAndIsNotRevealed() throws Exception {
        long accounts = fixtures.count("Account");
        long tickets = fixtures.count("Ticket");
        assertTrue(
                desk.register(PRESS_TOKEN, attendee("Ada Again", "  ADA@Hallway.test", null))
                        .isEmpty(),
                "no new account; its owner is mailed instead (AccountsIT follows that mail)");
        assertEquals(accounts, fixtures.count("Account"));
        assertEquals(tickets, fixtures.count("Ticket"));
    }

    @Test
    void aSoldOutTicketTypeIsRefusedAndCreatesNoAccount() throws Exception {
        String solo = fixtures.newTicketType("Solo", 1);
        desk.register(solo, attendee("First In", "first@attendee.test", null));
        long accounts = fixtures.count("Account");

        var refused = assertThrows(
                Rejected.class, () -> desk.register(solo, attendee("Second In", "second@attendee.test", null)));

        assertEquals(Registrations.SOLD_OUT, refused.getMessage());
        assertNull(fixtures.account("second@attendee.test"));
        assertEquals(accounts, fixtures.count("Account"));
        assertEquals(List.of("demo/Solo"), fixtures.ticketsOf("first@attendee.test"));
    }

    @Test
    void forgedUnknownOrIllShapedTokensCreateNothing() throws Exception {
        long accounts = fixtures.count("Account");
        long tickets = fixtures.count("Ticket");
        List<String> forged = new ArrayList<>(List.of(InviteTokens.next(), "' or '1'='1", "../../etc/passwd", ""));
        forged.add(null);
        for (String token : forged) {
            var refused = assertThrows(
                    Rejected.class, () -> desk.register(token, attendee("Mallory", "mallory@attendee.test", null)));
            assertEquals(Registrations.INVALID_LINK, refused.getMessage());
        }
        assertNull(fixtures.account("mallory@attendee.test"));
        assertEquals(accounts, fixtures.count("Account"));
        assertEquals(tickets, fixtures.count("Ticket"));
    }

    @Test
    void anAttendeeGetsOneTicketPerEvent() throws Exception {
        AccountRef grace = AccountRef.of(fixtures.account("grace@hallway.test"));
        var refused = assertThrows(Rejected.class, () -> desk.claim(PRESS_TOKEN, grace));
        assertEquals(Registrations.HOLDS_TICKET, refused.getMessage());

        desk.claim(ELSEWHERE_TOKEN, grace);
        assertEquals(List.of("demo/General", ELSEWHERE + "/General"), fixtures.ticketsOf("grace@hallway.test"));
    }

    @Test
    void joiningHonoursTheSessionsCapacityAndTakesOneSeatPerAttendee() throws Exception {
        long tiny = fixtures.session(DemoEvent.SLUG, "Tiny room", 1, true);
        long scheduled = fixtures.session(DemoEvent.SLUG, "Not yet", 10, false);
        long abroad = fixtures.session(ELSEWHERE, "Abroad", 10, true);
        Account ada = fixtures.account("ada@hallway.test");
        Account edsger = fixtures.account("edsger@hallway.test");

        assertEquals("seated", join(tiny, ada));
        assertEquals("already seated", join(tiny, ada));
        assertEquals("This session is full.", join(tiny, edsger));
        assertEquals("This session is not live: you can join once it starts.", join(scheduled, ada));
        assertEquals(Seats.NO_TICKET, join(abroad, ada));
        assertEquals(1L, seatsIn(tiny));
    }

    @Test
    void concurrentJoinsCannotExceedTheCapacity() throws Exception {
        long duel = fixtures.session(DemoEvent.SLUG, "Duel room", 1, true);
        List<Account> rivals = List.of(
                fixtures.account("barbara@hallway.test"),
                fixtures.account("margaret@hallway.test"),
                fixtures.account("alan@hallway.test"));
        var start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Account rival : rivals) {
            Callable<String> attempt = () -> {
                start.await();
                return join(duel, rival);
            };
            outcomes.add(executor.submit(attempt));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (var f : outcomes) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        assertEquals(1, results.stream().filter("seated"::equals).count(), results.toString());
        assertEquals(2, results.stream().filter("This session is full."::equals).count(), results.toString());
        assertEquals(1L, seatsIn(duel));
    }

    private long sql(String query, Object... params) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** "seated", "already seated", or the refusal's message; through the boundary, one transaction. */
    private String join(long session, Account account) {
        try {
            return agendaDesk.join(session, AccountRef.of(account)) ? "seated" : "already seated";
        } catch (Rejected rejected) {
            return rejected.getMessage();
        }
    }

    private static NewAttendee attendee(String name, String email, String headline) {
        return new NewAttendee(name, email, PASSWORD, PASSWORD, headline);
    }

    private long seatsIn(long session) throws Exception {
        return fixtures.seatsIn(session);
    }

    // ---- over HTTP ----

    @Test
    @RunAsClient
    void aVisitorRegistersOnTheWebIsLoggedInAndSeesBothTracksSideBySide() throws Exception {
        var web = new WebClient(url);
        String page = "register.xhtml?token=" + PRESS_TOKEN;
        String form = web.get(page).body();
        assertTrue(form.contains("Hallway Demo Summit"), "event name shown");
        assertTrue(form.contains("Press"), "ticket type shown");

        var response = web.submit(
                page,
                "register",
                Map.of(
                        "displayName",
                        "Frank Web",
                        "email",
                        "frank@attendee.test",
                        "password",
                        PASSWORD,
                        "confirmation",
                        PASSWORD,
                        "headline",
                        "Reporter"),
                "submit");

        assertEquals(302, response.statusCode(), response.body());
        assertTrue(
                location(response).endsWith("/login.xhtml?returnTo=%2Fevent%2Fagenda.xhtml%3Fevent%3Ddemo"),
                location(response));
        assertTrue(web.login("frank@attendee.test", PASSWORD), "the new account works at once");
        String agenda = web.get("event/agenda.xhtml?event=demo").body();
        assertTrue(
                Pattern.compile("<th[^>]*>Track A</th>\\s*<th[^>]*>Track B</th>")
                        .matcher(agenda)
                        .find(),
                "Track A and Track B are neighbouring columns of the agenda grid");
        assertTrue(agenda.contains("Engines of analysis") && agenda.contains("Compilers for everyone"));
        assertTrue(web.get("account/tickets.xhtml").body().contains("Press"));
        assertTrue(new WebClient(url).login("frank@attendee.test", PASSWORD), "the new attendee can log in");
    }

    @Test
    @RunAsClient
    void theWebFormAnswersATakenEmailLikeANewOneAndRefusesDifferingPasswords() throws Exception {
        var web = new WebClient(url);
        String page = "register.xhtml?token=" + PRESS_TOKEN;
        var taken = web.submit(
                page,
                "register",
                Map.of(
                        "displayName",
                        "Grace Two",
                        "email",
                        "GRACE@hallway.test",
                        "password",
                        PASSWORD,
                        "confirmation",
                        PASSWORD),
                "submit");
        var fresh = new WebClient(url)
                .submit(
                        page,
                        "register",
                        Map.of(
                                "displayName",
                                "Gail New",
                                "email",
                                "gail@attendee.test",
                                "password",
                                PASSWORD,
                                "confirmation",
                                PASSWORD),
                        "submit");
        assertEquals(302, taken.statusCode());
        assertEquals(location(fresh), location(taken), "the same answer: the form does not tell who has an account");
        assertFalse(new WebClient(url).login("grace@hallway.test", PASSWORD), "Grace's account was not touched");

        var differ = web.submit(
                page,
                "register",
                Map.of(
                        "displayName",
                        "Henry",
                        "email",
                        "henry@attendee.test",
                        "password",
                        PASSWORD,
                        "confirmation",
                        PASSWORD + "x"),
                "submit");
        assertEquals(200, differ.statusCode());
        assertTrue(differ.body().contains("The two passwords differ."));
        assertFalse(new WebClient(url).login("henry@attendee.test", PASSWORD), "no account was created");
    }

    @Test
    @RunAsClient
    void aForgedInviteLinkShowsNotValidAndNoForm() throws Exception {
        var web = new WebClient(url);
        for (String token : List.of(InviteTokens.next(), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "")) {
            var response = web.get("register.xhtml?token=" + token);
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("This invite link is not valid"), token);
            assertFalse(response.body().contains("id=\"register\""), "no registration form");
            assertFalse(response.body().contains("<script>alert(1)"));
        }
    }

    @Test
    @RunAsClient
    void htmlInADisplayNameIsShownEscapedOnProfileAndAgenda() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(SPEAKER, SPEAKER_PASSWORD));
        String profile = web.get("account/profile.xhtml").body();
        assertTrue(profile.contains(HTML_ESCAPED), "profile shows the name as typed, escaped");
        String agenda = web.get("event/agenda.xhtml?event=demo").body();
        assertTrue(agenda.contains(HTML_ESCAPED), "agenda shows the speaker's name escaped");
        for (String page : List.of(profile, agenda)) {
            assertFalse(page.contains("<script>alert(1)"));
            assertFalse(page.contains("<b>Eve</b>"));
        }
    }

    @Test
    @RunAsClient
    void anAttendeeWithoutATicketIsRefusedTheAgendaButAnOrganiserIsNot() throws Exception {
        var barbara = new WebClient(url);
        assertTrue(barbara.login("barbara@hallway.test", DemoEvent.PASSWORD));
        String refused = barbara.get("event/agenda.xhtml?event=" + ELSEWHERE).body();
        assertTrue(refused.contains("You need a ticket for this event"));
        assertFalse(refused.contains(ELSEWHERE_TALK));

        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        assertTrue(admin.get("event/agenda.xhtml?event=" + ELSEWHERE).body().contains(ELSEWHERE_TALK));
    }

    @Test
    @RunAsClient
    void aLoggedInAttendeeGetsATicketFromALinkOnce() throws Exception {
        var margaret = new WebClient(url);
        assertTrue(margaret.login("margaret@hallway.test", DemoEvent.PASSWORD));
        String page = "register.xhtml?token=" + ELSEWHERE_TOKEN;
        assertTrue(margaret.get(page).body().contains("Get my ticket"));
        var claimed = margaret.submit(page, "claim", Map.of(), "submit");
        assertEquals(302, claimed.statusCode());
        assertTrue(location(claimed).endsWith("/event/agenda.xhtml?event=" + ELSEWHERE));
        assertTrue(margaret.get("event/agenda.xhtml?event=" + ELSEWHERE).body().contains(ELSEWHERE_TALK));

        String again = margaret.get(page).body();
        assertTrue(again.contains("You already have a ticket for this event"));
        assertFalse(again.contains("Get my ticket"));
    }

    @Test
    @RunAsClient
    void attendeesSeeOnlyTheirOwnTickets() throws Exception {
        var alan = new WebClient(url);
        assertTrue(alan.login("alan@hallway.test", DemoEvent.PASSWORD));
        String tickets = alan.get("account/tickets.xhtml").body();
        assertEquals(
                1,
                Pattern.compile("<tr class=\"ticket\"")
                        .matcher(tickets)
                        .results()
                        .count(),
                tickets);
        assertTrue(tickets.contains("Sponsor"));
        assertFalse(tickets.contains("General"), "Alan holds no General ticket; others' tickets are not listed");
    }

    @Test
    @RunAsClient
    void joinOnTheAgendaOpensTheRoomWhichTakesASeatAndShowsTheSession() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login("edsger@hallway.test", DemoEvent.PASSWORD));
        String page = "event/agenda.xhtml?event=demo";
        var join = Pattern.compile(
                        OPEN_LAB
                                + "</h3>.*?href=\"[^\"]*/(event/session\\.xhtml\\?event=demo&amp;session=\\d+)\">Join<",
                        Pattern.DOTALL)
                .matcher(web.get(page).body());
        assertTrue(join.find(), "a Join link to the live session's room");

        String room = web.get(join.group(1).replace("&amp;", "&")).body();

        assertTrue(room.contains("<h1>" + OPEN_LAB + "</h1>"), room);
        assertTrue(room.contains("About " + OPEN_LAB + "."), "without content the room shows the description");
        assertTrue(room.contains("1 / 5 seats taken"), room);
        assertTrue(room.contains("data-channel=\"session:"), "the room's chat panel follows the session's channel");
        assertFalse(room.contains("Backstage"), "an attendee does not see the backstage note");
        String agenda = web.get(page).body();
        assertTrue(Pattern.compile(OPEN_LAB + "</h3>.*?Back to the room", Pattern.DOTALL)
                .matcher(agenda)
                .find());
    }

    @Test
    @RunAsClient
    void aFullRoomSaysFullOnTheAgendaInsteadOfJoin() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login("margaret@hallway.test", DemoEvent.PASSWORD));
        String agenda = web.get("event/agenda.xhtml?event=demo").body();
        assertTrue(
                Pattern.compile("Packed room</h3>.*?<span class=\"badge full\">Full</span>", Pattern.DOTALL)
                        .matcher(agenda)
                        .find(),
                agenda);
    }

    // ---- rooms (in-container) ----

    @Test
    void enteringALiveRoomTakesOneSeatAndOneAttendanceRowEvenOnReloadOrASecondTab() throws Exception {
        long talk = fixtures.session(DemoEvent.SLUG, "Room of rows", 10, true);
        long ada = fixtures.account("ada@hallway.test").getId();

        rooms.enter(talk, ada);
        rooms.enter(talk, ada); // reload or second tab
        assertEquals(1L, seatsIn(talk));
        assertEquals(1L, sql("select count(*) from room_visit where session_id = ? and left_at is null", talk));

        assertTrue(rooms.leave(talk, ada));
        assertEquals(0L, seatsIn(talk), "the seat is free again");
        assertEquals(0L, sql("select count(*) from room_visit where session_id = ? and left_at is null", talk));
        assertEquals(1L, sql("select count(*) from room_visit where session_id = ? and left_at >= entered_at", talk));

        rooms.enter(talk, ada);
        assertEquals(2L, sql("select count(*) from room_visit where session_id = ?", talk), "a new entry is a new row");
        assertEquals(1, rooms.view(talk, ada).presentCount());
    }

    @Test
    void aSeatIsReleasedOnlyWhenThePersonsLastSocketHasBeenGoneFromTheRoomForTwoMinutes() throws Exception {
        long talk = fixtures.session(DemoEvent.SLUG, "Released room", 10, true);
        long ada = fixtures.account("ada@hallway.test").getId();
        String seated = "select count(*) from session_seat where session_id = ? and account_id = ?";
        String open = "select count(*) from room_visit where session_id = ? and account_id = ? and left_at is null";
        rooms.enter(talk, ada);
        var web = new WebClient(url);
        assertTrue(web.login("ada@hallway.test", DemoEvent.PASSWORD));

        // a dropped connection that comes back within the two minutes keeps the seat
        inRoom(web, talk, ada).close();
        awaitLeaving(talk, ada);
        clock.advance(java.time.Duration.ofSeconds(90));
        TestSocket back = inRoom(web, talk, ada);
        clock.advance(java.time.Duration.ofMinutes(3));
        assertEquals(1L, sql(seated, talk, ada), "back within the grace period: still seated");
        assertEquals(1L, sql(open, talk, ada));

        // gone for good: the seat and the attendance row are kept for 2 minutes, then released
        back.close();
        awaitLeaving(talk, ada);
        clock.advance(java.time.Duration.ofSeconds(115));
        assertEquals(1L, sql(seated, talk, ada), "not before the two minutes are over");
        assertEquals(1L, sql(open, talk, ada));
        clock.advance(java.time.Duration.ofSeconds(6));
        assertEquals(0L, sql(seated, talk, ada), "the seat is free again");
        assertEquals(0L, sql(open, talk, ada), "the attendance row is closed");
        assertEquals(1L, sql("select count(*) from room_visit where session_id = ? and account_id = ?", talk, ada));
    }

    @Test
    void theAgendaHearsWhenARoomFillsUpAndWhenASeatIsFreeAgain() throws Exception {
        long tiny = fixtures.session(DemoEvent.SLUG, "One-seat room", 1, true);
        long ada = fixtures.account("ada@hallway.test").getId();
        var grace = new WebClient(url);
        assertTrue(grace.login("grace@hallway.test", DemoEvent.PASSWORD));
        TestSocket agenda = TestSocket.event(grace, DemoEvent.SLUG);
        agenda.await("opened");
        agenda.send("{\"type\":\"subscribe\",\"id\":\"l\",\"data\":{\"channel\":\"lobby:"
                + fixtures.eventId(DemoEvent.SLUG) + "\"}}");
        agenda.await("subscribed");

        rooms.enter(tiny, ada);
        var full = agenda.await(
                        "session-seats",
                        m -> m.getJsonObject("data").getJsonNumber("session").longValue() == tiny,
                        java.time.Duration.ofSeconds(10))
                .getJsonObject("data");
        assertTrue(full.getBoolean("full"), full.toString());
        rooms.leave(tiny, ada);
        var free = agenda.await(
                "session-seats",
                m -> m.getJsonObject("data").getJsonNumber("session").longValue() == tiny
                        && !m.getJsonObject("data").getBoolean("full"),
                java.time.Duration.ofSeconds(10));
        assertFalse(free.getJsonObject("data").getBoolean("full"));
        agenda.close();
    }

    /** An event socket of the logged-in client following the room's channel, once the server counts it present. */
    private TestSocket inRoom(WebClient web, long sessionId, long accountId) throws Exception {
        TestSocket socket = TestSocket.event(web, DemoEvent.SLUG);
        socket.await("opened");
        socket.send("{\"type\":\"subscribe\",\"id\":\"r\",\"data\":{\"channel\":\"session:" + sessionId + "\"}}");
        socket.await("subscribed");
        awaitPresence(sessionId, accountId, true);
        return socket;
    }

    /** Waits (up to 10 s) until the realtime layer counts the account in the room's channel, or no longer. */
    /**
     * Gone from the room and the grace period started: the channel's presence drops before the
     * departure is recorded, and a clock jump in between would start the grace late.
     */
    private void awaitLeaving(long sessionId, long accountId) throws InterruptedException {
        awaitPresence(sessionId, accountId, false);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!roomPresence.leaving(sessionId, accountId)) {
            assertTrue(System.nanoTime() < deadline, "departure of " + accountId + " from " + sessionId + " recorded");
            Thread.sleep(20);
        }
    }

    private void awaitPresence(long sessionId, long accountId, boolean present) throws InterruptedException {
        var channel =
                org.hallway.realtime.control.Channel.of(org.hallway.realtime.control.Channel.Kind.SESSION, sessionId);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (realtime.present(channel).contains(accountId) != present) {
            assertTrue(
                    System.nanoTime() < deadline,
                    "presence of " + accountId + " in " + channel + " should be " + present);
            Thread.sleep(20);
        }
    }

    @Test
    void aRoomBeforeItsStartTakesNoSeatAndRecordsNoAttendance() throws Exception {
        long later = fixtures.session(DemoEvent.SLUG, "Later room", 10, false);
        long ada = fixtures.account("ada@hallway.test").getId();
        var view = rooms.enter(later, ada);
        assertFalse(view.live());
        assertEquals(0L, seatsIn(later));
        assertEquals(0L, sql("select count(*) from room_visit where session_id = ?", later));
    }

    @Test
    void aFullRoomRefusesTheNextAttendeeAndAnEventWithoutTicketIsRefused() throws Exception {
        long tiny = fixtures.session(DemoEvent.SLUG, "Tiny live room", 1, true);
        long abroad = fixtures.session(ELSEWHERE, "Abroad room", 10, true);
        long ada = fixtures.account("ada@hallway.test").getId();
        rooms.enter(tiny, fixtures.account("alan@hallway.test").getId());
        assertEquals(
                "This session is full.",
                assertThrows(Rejected.class, () -> rooms.enter(tiny, ada)).getMessage());
        assertEquals(
                Seats.NO_TICKET,
                assertThrows(Rejected.class, () -> rooms.enter(abroad, ada)).getMessage());
        assertEquals(0L, sql("select count(*) from room_visit where session_id = ? and account_id = ?", tiny, ada));
    }

    @Test
    void anAttendeeCannotPinHideAnswerOrRemoveButAnOrganiserCanAndTheRemovedCannotReturn() throws Exception {
        long talk = fixtures.session(DemoEvent.SLUG, "Moderated room", 10, true);
        long ada = fixtures.account("ada@hallway.test").getId();
        long edsger = fixtures.account("edsger@hallway.test").getId();
        long admin = fixtures.account(DemoEvent.ADMIN_EMAIL).getId();
        rooms.enter(talk, ada);
        rooms.enter(talk, edsger);
        rooms.ask(talk, ada, "What about goto?");
        long question = rooms.view(talk, ada).questions().get(0).id();

        for (var action : org.hallway.room.control.RoomQuestions.Moderation.values()) {
            var refused = assertThrows(Rejected.class, () -> rooms.moderate(question, edsger, action));
            assertEquals(org.hallway.room.control.RoomRules.MODERATORS_ONLY, refused.getMessage());
        }
        assertThrows(Rejected.class, () -> rooms.remove(talk, edsger, ada));
        assertThrows(Rejected.class, () -> rooms.writeNote(talk, edsger, "cue"));
        assertFalse(rooms.view(talk, ada).questions().get(0).pinned());
        assertEquals(2L, seatsIn(talk));

        rooms.moderate(question, admin, org.hallway.room.control.RoomQuestions.Moderation.PIN);
        assertTrue(rooms.view(talk, edsger).questions().get(0).pinned());
        rooms.moderate(question, admin, org.hallway.room.control.RoomQuestions.Moderation.HIDE);
        assertTrue(rooms.view(talk, edsger).questions().isEmpty(), "a hidden question is gone for attendees");
        assertEquals(1, rooms.view(talk, admin).questions().size(), "moderators still see it");

        var edsgersBrowser = new WebClient(url);
        assertTrue(edsgersBrowser.login("edsger@hallway.test", DemoEvent.PASSWORD));
        TestSocket edsgersRoom = inRoom(edsgersBrowser, talk, edsger);

        rooms.remove(talk, admin, edsger);
        assertEquals(1L, seatsIn(talk), "the removed person's seat is released");
        var expelled = edsgersRoom
                .await(
                        "unsubscribed",
                        m -> m.getJsonObject("data").getBoolean("removed", false),
                        java.time.Duration.ofSeconds(10))
                .getJsonObject("data");
        assertEquals("session:" + talk, expelled.getString("channel"));
        awaitPresence(talk, edsger, false);
        edsgersRoom.send("{\"type\":\"subscribe\",\"id\":\"again\",\"data\":{\"channel\":\"session:" + talk + "\"}}");
        var refused = edsgersRoom.await(
                "error", m -> "again".equals(m.getString("id", null)), java.time.Duration.ofSeconds(10));
        assertEquals("not-admitted", refused.getJsonObject("data").getString("code"), refused.toString());
        edsgersRoom.close();
        assertEquals(
                org.hallway.room.control.RoomRules.REMOVED,
                assertThrows(Rejected.class, () -> rooms.enter(talk, edsger)).getMessage());
        assertThrows(Rejected.class, () -> rooms.remove(talk, admin, admin), "moderators cannot be removed");
    }

    @Test
    void questionsHaveAtMost500CharactersAndEachPersonUpvotesAQuestionOnce() throws Exception {
        long talk = fixtures.session(DemoEvent.SLUG, "Q and A room", 10, true);
        long ada = fixtures.account("ada@hallway.test").getId();
        long grace = fixtures.account("grace@hallway.test").getId();
        long alan = fixtures.account("alan@hallway.test").getId();

        assertEquals(
                List.of("question"),
                assertThrows(Rejected.class, () -> rooms.ask(talk, ada, "x".repeat(501))).violations().stream()
                        .map(Violation::field)
                        .toList());
        assertThrows(Rejected.class, () -> rooms.ask(talk, ada, "   "));
        rooms.ask(talk, ada, "First?");
        rooms.ask(talk, grace, "x".repeat(500));
        long first = rooms.view(talk, ada).questions().stream()
                .filter(q -> q.text().equals("First?"))
                .findFirst()
                .orElseThrow()
                .id();

        rooms.upvote(first, alan);
        assertThrows(Rejected.class, () -> rooms.upvote(first, alan), "once each");
        assertThrows(Rejected.class, () -> rooms.upvote(first, ada), "not one's own");
        rooms.upvote(first, grace);

        var questions = rooms.view(talk, alan).questions();
        assertEquals("First?", questions.get(0).text(), "sorted by votes");
        assertEquals(2, questions.get(0).votes());
        assertTrue(questions.get(0).votedByMe());
        assertEquals(2L, sql("select count(*) from room_question_vote where question_id = ?", first));
    }

    @Test
    void aModeratorsPinActsOnTheQuestionClickedEvenWhenVotesReSortedTheListBeforeTheClickArrived() throws Exception {
        long talk = fixtures.session(DemoEvent.SLUG, "Re-sorted room", 10, true);
        long ada = fixtures.account("ada@hallway.test").getId();
        long grace = fixtures.account("grace@hallway.test").getId();
        rooms.ask(talk, ada, "Alpha?");
        rooms.ask(talk, grace, "Beta?");
        long alpha = questionId(talk, ada, "Alpha?");
        long beta = questionId(talk, ada, "Beta?");
        rooms.upvote(alpha, fixtures.account("alan@hallway.test").getId());

        var moderator = new WebClient(url);
        assertTrue(moderator.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        String page = "event/session.xhtml?event=" + DemoEvent.SLUG + "&session=" + talk;
        String rendered = moderator.get(page).body();
        var pin = java.util.regex.Pattern.compile(
                        "data-question=\"" + alpha + "\".*?name=\"qa:([^\"]+:pin)\"", java.util.regex.Pattern.DOTALL)
                .matcher(rendered);
        assertTrue(pin.find(), "Alpha's Pin button on the page");
        assertTrue(rendered.indexOf("Alpha?") < rendered.indexOf("Beta?"), "Alpha leads with one vote");

        // two votes put Beta first; the page's background refresh (room.js, on room-changed) re-reads the list
        rooms.upvote(beta, fixtures.account("barbara@hallway.test").getId());
        rooms.upvote(beta, fixtures.account("margaret@hallway.test").getId());
        moderator.submit(page, rendered, "qa", Map.of(), "refresh");
        // ... while the moderator's click on Alpha's Pin, from the list as it was shown, is on its way
        moderator.submit(page, rendered, "qa", Map.of("row", String.valueOf(alpha), "row-action", "PIN"), pin.group(1));

        var questions = rooms.view(talk, ada).questions();
        assertTrue(
                questions.stream()
                        .filter(q -> q.id() == alpha)
                        .findFirst()
                        .orElseThrow()
                        .pinned(),
                "Alpha pinned");
        assertFalse(
                questions.stream()
                        .filter(q -> q.id() == beta)
                        .findFirst()
                        .orElseThrow()
                        .pinned(),
                "not the question now in Alpha's old place");

        // a tampered row id changes nothing and says so
        String refused = moderator
                .submit(page, rendered, "qa", Map.of("row", "12x", "row-action", "UNPIN"), pin.group(1))
                .body();
        assertTrue(refused.contains("That is no longer on the page"), refused);
        assertTrue(rooms.view(talk, ada).questions().stream()
                .filter(q -> q.id() == alpha)
                .findFirst()
                .orElseThrow()
                .pinned());
    }

    private long questionId(long talk, long viewer, String text) {
        return rooms.view(talk, viewer).questions().stream()
                .filter(q -> q.text().equals(text))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theBackstageNoteIsForModeratorsAndSpeakersOnly() throws Exception {
        long talk = fixtures.session(DemoEvent.SLUG, "Backstage room", 10, true);
        long admin = fixtures.account(DemoEvent.ADMIN_EMAIL).getId();
        long ada = fixtures.account("ada@hallway.test").getId();
        rooms.writeNote(talk, admin, "Five minutes left at 16:55");
        assertEquals("Five minutes left at 16:55", rooms.view(talk, admin).note());
        assertEquals(null, rooms.view(talk, ada).note());
        assertFalse(rooms.view(talk, ada).backstage());
    }

    @Test
    void theOrganiserSeesUniqueAttendeesPeakAndAverageMinutesPerSession() throws Exception {
        long talk = fixtures.session(DemoEvent.SLUG, "Counted room", 10, true);
        long ada = fixtures.account("ada@hallway.test").getId();
        long grace = fixtures.account("grace@hallway.test").getId();
        rooms.enter(talk, ada);
        rooms.enter(talk, grace);
        rooms.leave(talk, ada);
        rooms.enter(talk, ada);
        clock.advance(java.time.Duration.ofMinutes(3)); // both stay three minutes
        var summary = roomControl.attendanceOf(fixtures.eventId(DemoEvent.SLUG)).get(talk);
        assertEquals(2, summary.uniqueAttendees());
        assertEquals(2, summary.peakConcurrent());
        assertEquals(3, summary.averageMinutes());
    }

    @Test
    @RunAsClient
    void aProfileWhoseCommitFailsIsNotReportedSavedAndChangesNothing() throws Exception {
        var alan = new WebClient(url);
        assertTrue(alan.login("alan@hallway.test", DemoEvent.PASSWORD));

        String failed = alan.submit(
                        "account/profile.xhtml",
                        "profile",
                        Map.of("displayName", RefusedAtCommit.NAME, "headline", "Never stored"),
                        "save")
                .body();
        assertTrue(failed.contains(Rejected.NOT_SAVED), failed);
        assertFalse(failed.contains("Your profile is saved."));
        String reloaded = alan.get("account/profile.xhtml").body();
        assertTrue(reloaded.contains("Alan Turing") && !reloaded.contains("Never stored"), "nothing was stored");

        String saved = alan.submit(
                        "account/profile.xhtml",
                        "profile",
                        Map.of("displayName", "Alan Turing", "headline", "Stored at last"),
                        "save")
                .body();
        assertTrue(saved.contains("Your profile is saved."), saved);
        assertTrue(alan.get("account/profile.xhtml").body().contains("Stored at last"));
    }

    @Test
    @RunAsClient
    void loginReturnsToTheRequestedPageOfThisSiteOnly() throws Exception {
        var web = new WebClient(url);
        var back = web.submit(
                "login.xhtml?returnTo=" + enc("/account/tickets.xhtml"),
                "login",
                Map.of("email", "ada@hallway.test", "password", DemoEvent.PASSWORD),
                "submit");
        assertTrue(location(back).endsWith("/account/tickets.xhtml"), location(back));

        var elsewhere = new WebClient(url)
                .submit(
                        "login.xhtml?returnTo=" + enc("//evil.example/x"),
                        "login",
                        Map.of("email", "ada@hallway.test", "password", DemoEvent.PASSWORD),
                        "submit");
        assertTrue(location(elsewhere).endsWith("/index.xhtml"), location(elsewhere));

        var protectedFirst = new WebClient(url);
        var toLogin = protectedFirst.get("account/profile.xhtml");
        assertEquals(302, toLogin.statusCode());
        String loginPage = location(toLogin).substring(location(toLogin).indexOf("login.xhtml"));
        var continued = protectedFirst.submit(
                loginPage, "login", Map.of("email", "ada@hallway.test", "password", DemoEvent.PASSWORD), "submit");
        assertTrue(location(continued).contains("account/profile.xhtml"), location(continued));

        var wrong = new WebClient(url)
                .submit(
                        "login.xhtml",
                        "login",
                        Map.of("email", "ada@hallway.test", "password", "not-it-at-all"),
                        "submit");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Wrong e-mail address or password."));
    }

    // ---- the people directory ----

    @Test
    @RunAsClient
    void thePeopleDirectoryShowsTheListedAttendeesWithTicketTypeAndAMessageLinkButNotTheUnlisted() throws Exception {
        var ada = new WebClient(url);
        assertTrue(ada.login("ada@hallway.test", DemoEvent.PASSWORD));
        String page = ada.get("event/people.xhtml?event=" + DemoEvent.SLUG).body();
        assertTrue(page.contains("Grace Hopper") && page.contains("Compiler pioneer"), page);
        assertTrue(
                Pattern.compile("Alan Turing</h2>.*?Sponsor", Pattern.DOTALL)
                        .matcher(page)
                        .find(),
                "Alan's Sponsor ticket is shown");
        assertFalse(page.contains("Edsger Dijkstra"), "Edsger chose not to be listed (demo data)");
        long grace = accountOf("grace@hallway.test");
        long self = accountOf("ada@hallway.test");
        assertTrue(page.contains("event/messages.xhtml?event=demo&amp;with=" + grace), "a Message link to Grace");
        assertFalse(page.contains("with=" + self + "\""), "no Message link to oneself");
        assertTrue(page.contains(HTML_ESCAPED) && !page.contains(HTML_NAME), "names are shown escaped");

        String noTicket = new WebClient(url)
                .get("testing/attendees?prefix=nodirectory&count=1")
                .body()
                .replaceAll("[\\[\\]\"]", "");
        var outsider = new WebClient(url);
        assertTrue(outsider.login(noTicket, DemoEvent.PASSWORD));
        String refused =
                outsider.get("event/people.xhtml?event=" + DemoEvent.SLUG).body();
        assertTrue(refused.contains("You need a ticket for this event"), "no ticket, no directory");
        assertFalse(refused.contains("Grace Hopper"));
        var anonymous = new WebClient(url).get("event/people.xhtml?event=" + DemoEvent.SLUG);
        assertEquals(302, anonymous.statusCode(), "login first");
    }

    @Test
    @RunAsClient
    void anAttendeeWhoUnlistsThemselvesLeavesTheDirectoryAndItsSearchUntilTheyListThemselvesAgain() throws Exception {
        var support = new WebClient(url);
        String email = support.get("testing/attendees?prefix=hideme&count=1&ticketType=General")
                .body()
                .replaceAll("[\\[\\]\"]", "");
        var hider = new WebClient(url);
        assertTrue(hider.login(email, DemoEvent.PASSWORD));
        var viewer = new WebClient(url);
        assertTrue(viewer.login("barbara@hallway.test", DemoEvent.PASSWORD));
        String search = "event/people.xhtml?event=demo&q=hideme";
        assertTrue(viewer.get(search).body().contains("Test hideme0"), "listed by default");

        var unlisted = hider.submit("account/profile.xhtml", "directory", Map.of(), "saveDirectory");
        assertTrue(unlisted.body().contains("You are no longer listed"), unlisted.body());
        assertFalse(viewer.get(search).body().contains("Test hideme0"), "gone from the search");
        assertFalse(viewer.get("event/people.xhtml?event=demo").body().contains("Test hideme0"), "and the directory");
        assertTrue(hider.get(search).body().contains("Nobody matches this search."), "for themselves too");

        var listed = hider.submit("account/profile.xhtml", "directory", Map.of("listed", "on"), "saveDirectory");
        assertTrue(listed.body().contains("You are listed"), listed.body());
        assertTrue(viewer.get(search).body().contains("Test hideme0"), "back");
    }

    @Test
    @RunAsClient
    void theSearchFindsNameOrHeadlineIgnoringCaseAndTakesWildcardsLiterally() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login("alan@hallway.test", DemoEvent.PASSWORD));
        String byName =
                web.get("event/people.xhtml?event=demo&q=" + enc("  GRACE ")).body();
        assertTrue(byName.contains("Grace Hopper") && !byName.contains("Ada Lovelace"), byName);
        assertTrue(byName.contains("1 person matches"), byName);
        String byHeadline =
                web.get("event/people.xhtml?event=demo&q=" + enc("apollo")).body();
        assertTrue(byHeadline.contains("Margaret Hamilton"), "by headline");
        assertFalse(byHeadline.contains("Grace Hopper"));
        for (String wildcard : List.of("%", "_", "!", "\\")) {
            assertTrue(
                    web.get("event/people.xhtml?event=demo&q=" + enc(wildcard))
                            .body()
                            .contains("Nobody matches this search."),
                    wildcard + " is no wildcard");
        }
        assertFalse(
                web.get("event/people.xhtml?event=demo&q=" + enc("Dijkstra"))
                        .body()
                        .contains("Edsger"),
                "the unlisted are not found");
        assertEquals(
                200,
                web.get("event/people.xhtml?event=demo&q=" + enc("x".repeat(300)) + "&page=-3")
                        .statusCode(),
                "a hostile query and page change nothing");
    }

    @Test
    void theDirectoryPagesTenThousandAttendeesTwentyFourAtATimeInNameOrder() throws Exception {
        long event = fixtures.crowd("crowd", 10_000);
        DirectoryPage first = directory.page(event, null, 0);
        assertEquals(9_999, first.total(), "the last one is unlisted");
        assertEquals(417, first.pages());
        assertEquals(24, first.listings().size());
        assertEquals("Person 00001", first.listings().get(0).person().displayName());
        assertEquals("Person 00024", first.listings().get(23).person().displayName());
        assertEquals("General", first.listings().get(0).ticketType());
        assertEquals("Sponsor", first.listings().get(2).ticketType());
        DirectoryPage last = directory.page(event, null, 416);
        assertEquals(9_999 - 416 * 24, last.listings().size());
        assertEquals(
                "Person 09999",
                last.listings().get(last.listings().size() - 1).person().displayName());
        assertEquals(416, directory.page(event, null, 100_000).page(), "past the end: the last page");
        assertEquals(0, directory.page(event, null, -5).page());
        assertEquals(9_999 / 7 + 1, directory.page(event, "topic 3", 0).total(), "by headline");
        assertEquals(0, directory.page(event, "Person 10000", 0).total(), "unlisted, not found");
        assertEquals(
                List.of("Person 05000"),
                directory.page(event, "person 05000", 0).listings().stream()
                        .map(l -> l.person().displayName())
                        .toList());
        assertEquals(
                0,
                directory.page(fixtures.eventId(DemoEvent.SLUG), "Person 0", 0).total(),
                "another event's directory has none of them");
    }

    private long accountOf(String email) throws Exception {
        return Long.parseLong(new WebClient(url)
                .get("testing/account?email=" + enc(email))
                .body()
                .strip());
    }

    private static String location(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
