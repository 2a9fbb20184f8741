package org.hallway.attendee;

import static org.hallway.attendee.AttendeeFixtures.ELSEWHERE;
import static org.hallway.attendee.AttendeeFixtures.ELSEWHERE_TALK;
import static org.hallway.attendee.AttendeeFixtures.ELSEWHERE_TOKEN;
import static org.hallway.attendee.AttendeeFixtures.OPEN_LAB;
import static org.hallway.attendee.AttendeeFixtures.PRESS_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
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
import org.hallway.account.control.Passwords;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.agenda.control.Seats;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.Deployments;
import org.hallway.testing.WebClient;
import org.hallway.ticket.boundary.InviteDesk;
import org.hallway.ticket.control.InviteTokens;
import org.hallway.ticket.control.RegistrationRefused;
import org.hallway.ticket.control.Registrations;
import org.hallway.ticket.control.Registrations.NewAttendee;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attendee's side: registering through invite links, logging in, profile, own tickets, the
 * agenda and joining sessions. The first test registers Eve in-container and lays out fixtures the
 * tests over HTTP use.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttendeeIT {

    static final String EVE = "eve@attendee.test";
    static final String EVE_NAME = "<b>Eve</b> & <script>alert(1)</script>";
    static final String EVE_ESCAPED = "&lt;b&gt;Eve&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;";
    static final String PASSWORD = "attendee-pass-1";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("attendee").addClass(AttendeeFixtures.class);
    }

    @Inject
    AttendeeFixtures fixtures;

    @Inject
    InviteDesk desk;

    @Inject
    Seats seats;

    @Inject
    Passwords passwords;

    @Inject
    UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @ArquillianResource
    URL url;

    // ---- in-container ----

    @Test
    @Order(1)
    void registeringThroughAnInviteLinkCreatesTheAccountAndItsTicketTogether() throws Exception {
        fixtures.ensure();
        String general = fixtures.tokenOf(DemoEvent.SLUG, "General");

        Account eve = desk.register(general, new NewAttendee(EVE_NAME, "Eve@Attendee.TEST", PASSWORD, "Hi <i>all</i>"))
                .orElseThrow();

        Account stored = fixtures.account(EVE);
        assertNotNull(stored, "e-mail stored in lower case");
        assertEquals(eve.getId(), stored.getId());
        assertEquals(EVE_NAME, stored.getDisplayName(), "stored as typed");
        assertEquals("Hi <i>all</i>", stored.getHeadline());
        assertEquals(Set.of(Role.ATTENDEE), stored.getRoles());
        assertTrue(passwords.matches(PASSWORD, stored.getPasswordHash()));
        assertEquals(List.of("demo/General"), fixtures.ticketsOf(EVE));
        fixtures.makeSpeaker(EVE, OPEN_LAB); // for the escaping test on the agenda
    }

    @Test
    void aTakenEmailCaseInsensitivelyCreatesNothingAndIsNotRevealed() throws Exception {
        fixtures.ensure();
        long accounts = fixtures.count("Account");
        long tickets = fixtures.count("Ticket");
        assertTrue(desk.register(PRESS_TOKEN, new NewAttendee("Ada Again", "  ADA@Hallway.test", PASSWORD, null))
                .isEmpty(), "no new account; its owner is mailed instead (AccountsIT follows that mail)");
        assertEquals(accounts, fixtures.count("Account"));
        assertEquals(tickets, fixtures.count("Ticket"));
    }

    @Test
    void aSoldOutTicketTypeIsRefusedAndCreatesNoAccount() throws Exception {
        String solo = fixtures.newTicketType("Solo", 1);
        desk.register(solo, new NewAttendee("First In", "first@attendee.test", PASSWORD, null));
        long accounts = fixtures.count("Account");

        var refused = assertThrows(RegistrationRefused.class, () -> desk.register(solo,
                new NewAttendee("Second In", "second@attendee.test", PASSWORD, null)));

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
            var refused = assertThrows(RegistrationRefused.class, () -> desk.register(token,
                    new NewAttendee("Mallory", "mallory@attendee.test", PASSWORD, null)));
            assertEquals(Registrations.INVALID_LINK, refused.getMessage());
        }
        assertNull(fixtures.account("mallory@attendee.test"));
        assertEquals(accounts, fixtures.count("Account"));
        assertEquals(tickets, fixtures.count("Ticket"));
    }

    @Test
    void anAttendeeGetsOneTicketPerEvent() throws Exception {
        fixtures.ensure();
        Account grace = fixtures.account("grace@hallway.test");
        var refused = assertThrows(RegistrationRefused.class, () -> desk.claim(PRESS_TOKEN, grace));
        assertEquals(Registrations.HOLDS_TICKET, refused.getMessage());

        desk.claim(ELSEWHERE_TOKEN, grace);
        assertEquals(List.of("demo/General", ELSEWHERE + "/General"), fixtures.ticketsOf("grace@hallway.test"));
    }

    @Test
    void joiningHonoursTheSessionsCapacityAndTakesOneSeatPerAttendee() throws Exception {
        long tiny = fixtures.session(DemoEvent.SLUG, "Tiny room", 1, true);
        long scheduled = fixtures.session(DemoEvent.SLUG, "Not yet", 10, false);
        long abroad = fixtures.session(fixtures.ensureAndSlug(), "Abroad", 10, true);
        Account ada = fixtures.account("ada@hallway.test");
        Account edsger = fixtures.account("edsger@hallway.test");

        assertEquals(Seats.Outcome.JOINED, join(tiny, ada));
        assertEquals(Seats.Outcome.ALREADY_IN, join(tiny, ada));
        assertEquals(Seats.Outcome.FULL, join(tiny, edsger));
        assertEquals(Seats.Outcome.NOT_LIVE, join(scheduled, ada));
        assertEquals(Seats.Outcome.NO_TICKET, join(abroad, ada));
        assertEquals(1L, seatsIn(tiny));
    }

    @Test
    void concurrentJoinsCannotExceedTheCapacity() throws Exception {
        long duel = fixtures.session(DemoEvent.SLUG, "Duel room", 1, true);
        List<Account> rivals = List.of(fixtures.account("barbara@hallway.test"), fixtures.account("margaret@hallway.test"),
                fixtures.account("alan@hallway.test"));
        var start = new CountDownLatch(1);
        List<Future<Seats.Outcome>> outcomes = new ArrayList<>();
        for (Account rival : rivals) {
            Callable<Seats.Outcome> attempt = () -> {
                start.await();
                var ut = (UserTransaction) new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
                ut.begin();
                try {
                    var outcome = seats.join(duel, rival);
                    ut.commit();
                    return outcome;
                } catch (RuntimeException e) {
                    ut.rollback();
                    throw e;
                }
            };
            outcomes.add(executor.submit(attempt));
        }
        start.countDown();
        List<Seats.Outcome> results = new ArrayList<>();
        for (var f : outcomes) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        assertEquals(1, results.stream().filter(o -> o == Seats.Outcome.JOINED).count(), results.toString());
        assertEquals(2, results.stream().filter(o -> o == Seats.Outcome.FULL).count(), results.toString());
        assertEquals(1L, seatsIn(duel));
    }

    private Seats.Outcome join(long session, Account account) throws Exception {
        tx.begin();
        try {
            return seats.join(session, account);
        } finally {
            tx.commit();
        }
    }

    private long seatsIn(long session) throws Exception {
        return fixtures.seatsIn(session);
    }

    // ---- over HTTP ----

    @Test
    @Order(2)
    @RunAsClient
    void aVisitorRegistersOnTheWebIsLoggedInAndSeesBothTracksSideBySide() throws Exception {
        var web = new WebClient(url);
        String page = "register.xhtml?token=" + PRESS_TOKEN;
        String form = web.get(page).body();
        assertTrue(form.contains("Hallway Demo Summit"), "event name shown");
        assertTrue(form.contains("Press"), "ticket type shown");

        var response = web.submit(page, "register", Map.of("displayName", "Frank Web", "email", "frank@attendee.test",
                "password", PASSWORD, "confirmation", PASSWORD, "headline", "Reporter"), "submit");

        assertEquals(302, response.statusCode(), response.body());
        assertTrue(location(response).endsWith("/login.xhtml?returnTo=%2Fevent%2Fagenda.xhtml%3Fevent%3Ddemo"),
                location(response));
        assertTrue(web.login("frank@attendee.test", PASSWORD), "the new account works at once");
        String agenda = web.get("event/agenda.xhtml?event=demo").body();
        assertTrue(Pattern.compile("<th[^>]*>Track A</th>\\s*<th[^>]*>Track B</th>").matcher(agenda).find(),
                "Track A and Track B are neighbouring columns of the agenda grid");
        assertTrue(agenda.contains("Engines of analysis") && agenda.contains("Compilers for everyone"));
        assertTrue(web.get("account/tickets.xhtml").body().contains("Press"));
        assertTrue(new WebClient(url).login("frank@attendee.test", PASSWORD), "the new attendee can log in");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theWebFormAnswersATakenEmailLikeANewOneAndRefusesDifferingPasswords() throws Exception {
        var web = new WebClient(url);
        String page = "register.xhtml?token=" + PRESS_TOKEN;
        var taken = web.submit(page, "register", Map.of("displayName", "Grace Two", "email", "GRACE@hallway.test",
                "password", PASSWORD, "confirmation", PASSWORD), "submit");
        var fresh = new WebClient(url).submit(page, "register", Map.of("displayName", "Gail New",
                "email", "gail@attendee.test", "password", PASSWORD, "confirmation", PASSWORD), "submit");
        assertEquals(302, taken.statusCode());
        assertEquals(location(fresh), location(taken), "the same answer: the form does not tell who has an account");
        assertFalse(new WebClient(url).login("grace@hallway.test", PASSWORD), "Grace's account was not touched");

        var differ = web.submit(page, "register", Map.of("displayName", "Henry", "email", "henry@attendee.test",
                "password", PASSWORD, "confirmation", PASSWORD + "x"), "submit");
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
    @Order(3)
    @RunAsClient
    void htmlInADisplayNameIsShownEscapedOnProfileAndAgenda() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(EVE, PASSWORD));
        String profile = web.get("account/profile.xhtml").body();
        assertTrue(profile.contains(EVE_ESCAPED), "profile shows the name as typed, escaped");
        String agenda = web.get("event/agenda.xhtml?event=demo").body();
        assertTrue(agenda.contains(EVE_ESCAPED), "agenda shows the speaker's name escaped");
        for (String page : List.of(profile, agenda)) {
            assertFalse(page.contains("<script>alert(1)"));
            assertFalse(page.contains("<b>Eve</b>"));
        }
    }

    @Test
    @Order(3)
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
    @Order(3)
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
        assertEquals(1, Pattern.compile("<tr class=\"ticket\"").matcher(tickets).results().count(), tickets);
        assertTrue(tickets.contains("Sponsor"));
        assertFalse(tickets.contains("General"), "Alan holds no General ticket; others' tickets are not listed");
    }

    @Test
    @Order(3)
    @RunAsClient
    void joiningALiveSessionFromTheAgendaShowsYoureIn() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login("edsger@hallway.test", DemoEvent.PASSWORD));
        String page = "event/agenda.xhtml?event=demo";
        var button = Pattern.compile(OPEN_LAB + "</h3>.*?name=\"agenda:([^\"]+:join)\"", Pattern.DOTALL)
                .matcher(web.get(page).body());
        assertTrue(button.find(), "a Join button on the live session");

        String joined = web.submit(page, "agenda", Map.of(), button.group(1)).body();

        assertTrue(joined.contains("You're in"), joined);
        assertTrue(joined.contains("You joined."));
        assertTrue(joined.contains("About " + OPEN_LAB + "."), "the session's description is shown");
        assertTrue(joined.contains("1 / 5 seats taken"));
    }

    @Test
    @RunAsClient
    void loginReturnsToTheRequestedPageOfThisSiteOnly() throws Exception {
        var web = new WebClient(url);
        var back = web.submit("login.xhtml?returnTo=" + enc("/account/tickets.xhtml"), "login",
                Map.of("email", "ada@hallway.test", "password", DemoEvent.PASSWORD), "submit");
        assertTrue(location(back).endsWith("/account/tickets.xhtml"), location(back));

        var elsewhere = new WebClient(url).submit("login.xhtml?returnTo=" + enc("//evil.example/x"), "login",
                Map.of("email", "ada@hallway.test", "password", DemoEvent.PASSWORD), "submit");
        assertTrue(location(elsewhere).endsWith("/index.xhtml"), location(elsewhere));

        var protectedFirst = new WebClient(url);
        var toLogin = protectedFirst.get("account/profile.xhtml");
        assertEquals(302, toLogin.statusCode());
        String loginPage = location(toLogin).substring(location(toLogin).indexOf("login.xhtml"));
        var continued = protectedFirst.submit(loginPage, "login",
                Map.of("email", "ada@hallway.test", "password", DemoEvent.PASSWORD), "submit");
        assertTrue(location(continued).contains("account/profile.xhtml"), location(continued));

        var wrong = new WebClient(url).submit("login.xhtml", "login",
                Map.of("email", "ada@hallway.test", "password", "not-it-at-all"), "submit");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Wrong e-mail address or password."));
    }

    private static String location(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
