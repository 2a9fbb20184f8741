package org.hallway.portability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Chrome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The build's WAR, unchanged, on the combination of server and database this run was given
 * ({@link Combination}), over an empty database: the migrations create the schema and the demo
 * loads; then login and roles, the organiser's event/session/ticket flow with an invite
 * registration, the networking flow over real WebSockets, and a call between two headless
 * Chromiums. Everything goes over the wire: the same checks hold on Payara and WildFly.
 */
@Tag("portable")
@ExtendWith(BrowserArtifacts.class)
class DeploymentIT {

    private static final Duration SHORT = Duration.ofSeconds(15);
    private static final Duration CALL = Duration.ofSeconds(40);
    private static final Pattern SESSION = Pattern.compile("session=(\\d+)");

    static Combination combination;
    static TestDatabase db;
    static DeployedServer server;

    @BeforeAll
    static void deploy() throws Exception {
        combination = Combination.current();
        db = TestDatabase.create(combination, "empty", DeployedServer.workDir(combination));
        server = DeployedServer.start(combination, "empty", db, Map.of("HALLWAY_DEMO", "true"));
    }

    @AfterAll
    static void undeploy() throws Exception {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private static WebClient web() throws Exception {
        return new WebClient(server.url());
    }

    private static WebClient loggedIn(String email, String password) throws Exception {
        var web = web();
        assertTrue(web.login(email, password), "login of " + email + " on " + combination);
        return web;
    }

    @Test
    void theMigrationsCreateTheSchemaInAnEmptyDatabaseAndTheDemoLoads() throws Exception {
        var applied = db.appliedMigrations();
        assertEquals("1", applied.get(0), applied.toString());
        assertTrue(applied.contains("3"), applied.toString());
        assertTrue(applied.stream().noneMatch(v -> v.contains("failed")), applied.toString());
        var index = web().get("");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Hallway Demo Summit"), "demo event listed");
    }

    @Test
    void loginIsRequiredAndOnlyOrganisersReachTheAdminPages() throws Exception {
        var anonymous = web().get("admin/events.xhtml");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertFalse(web().login(DemoEvent.ADMIN_EMAIL, "not-the-password"), "a wrong password is refused");
        assertEquals(
                403,
                loggedIn("alan@hallway.test", DemoEvent.PASSWORD)
                        .get("admin/events.xhtml")
                        .statusCode());
        var admin = loggedIn(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD).get("admin/events.xhtml");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("Hallway Demo Summit"));
    }

    @Test
    void anOrganiserImportsAttendeesFromCsvOverTheApiAndTheyLogIn() throws Exception {
        var admin = loggedIn(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD);
        String email = "imported-" + combination.server() + "-" + combination.db() + "@import.test";
        var http = HttpClient.newBuilder()
                .cookieHandler(admin.cookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var imported = http.send(
                HttpRequest.newBuilder(URI.create(admin.base() + "api/admin/events/demo/attendees"))
                        .header("Content-Type", "text/csv; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString("email,displayName,ticketType,password\n" + email
                                + ",Imported Attendee,General,import-pass-1\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(imported.body().contains("\"created\":1"), imported.body());
        assertTrue(web().login(email, "import-pass-1"), "the imported attendee logs in on " + combination);
    }

    @Test
    void anOrganiserCreatesAnEventASessionAndATicketTypeAndAnInvitedAttendeeRegisters() throws Exception {
        var admin = loggedIn(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD);
        String slug = "portable-" + combination.server() + "-" + combination.db();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        var created = admin.submitMultipart(
                "admin/event.xhtml",
                "event",
                Map.of(
                        "name",
                        "Portable Conference",
                        "slug",
                        slug,
                        "timeZone",
                        "UTC",
                        "firstDay",
                        today,
                        "lastDay",
                        today),
                "save",
                "cover",
                TestDatabase.OLD_IMAGE);
        assertEquals(302, created.statusCode(), created.body());

        // The cover went into the database (BLOB on H2, bytea on PostgreSQL) and comes back unchanged.
        Matcher cover = Pattern.compile("images/(\\d+)").matcher(web().get("").body());
        assertTrue(cover.find(), "the index shows the new event's cover");
        var image = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.base() + "images/" + cover.group(1)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertArrayEquals(TestDatabase.OLD_IMAGE, image.body());

        var session = admin.submitMultipart(
                "admin/session.xhtml?event=" + slug,
                "session",
                Map.of(
                        "type",
                        "SESSION",
                        "name",
                        "Portability in practice",
                        "track",
                        "Main",
                        "startsAt",
                        today + "T10:00",
                        "endsAt",
                        today + "T11:00",
                        "capacity",
                        "30"),
                "save",
                "preSessionImage",
                null);
        assertEquals(302, session.statusCode(), session.body());
        assertTrue(admin.get("admin/sessions.xhtml?event=" + slug).body().contains("Portability in practice"));

        var type = admin.submit(
                "admin/tickets.xhtml?event=" + slug, "newType", Map.of("name", "Crew", "capacity", "10"), "create");
        assertTrue(type.body().contains("Ticket type “Crew” created"), type.body());
        var attendee = web();
        String email = "crew-" + combination.server() + "@attendee.test";
        var registered = attendee.submit(
                "register.xhtml?token=" + inviteToken(admin, slug),
                "register",
                Map.of(
                        "displayName",
                        "Cora Crew",
                        "email",
                        email,
                        "password",
                        "portable-pass",
                        "confirmation",
                        "portable-pass",
                        "headline",
                        "Crew"),
                "submit");
        assertEquals(302, registered.statusCode(), registered.body());
        // Registering does not log in (the same answer whether or not the address had an account).
        attendee = loggedIn(email, "portable-pass");
        String tickets = attendee.get("account/tickets.xhtml").body();
        assertTrue(tickets.contains("Portable Conference") && tickets.contains("Crew"), tickets);
        assertTrue(attendee.get("event/agenda.xhtml?event=" + slug).body().contains("Portability in practice"));
        assertEquals(200, attendee.get("account/profile.xhtml").statusCode());
        assertTrue(admin.get("admin/registrations.xhtml?event=" + slug).body().contains(email));

        // Without a ticket for the demo, its networking tab refuses and names the session's event.
        var refusal = attendee.get("event/networking.xhtml?session=" + liveSession(admin));
        assertEquals(200, refusal.statusCode());
        assertTrue(refusal.body().contains("Register for Hallway Demo Summit"), refusal.body());
    }

    /**
     * Every page an organiser and an attendee reach renders, each with the entities it shows: pages
     * are where a lazy association read after the transaction hides (EclipseLink forgives it,
     * Hibernate does not).
     */
    @Test
    void everyPageOfTheDemoRendersForOrganiserAndAttendee() throws Exception {
        var admin = loggedIn(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD);
        String sessions = admin.get("admin/sessions.xhtml?event=demo").body();
        Matcher edit =
                Pattern.compile("session\\.xhtml\\?event=demo&amp;id=(\\d+)").matcher(sessions);
        assertTrue(edit.find(), "sessions link to their edit page");
        Matcher rules =
                Pattern.compile("networking-rules\\.xhtml\\?session=(\\d+)").matcher(sessions);
        assertTrue(rules.find(), "the networking session links to its rules");
        String events = admin.get("admin/events.xhtml").body();
        int demoRow = events.indexOf("sessions.xhtml?event=demo\"");
        assertTrue(demoRow >= 0, "the demo event is listed");
        Matcher eventEdit = Pattern.compile("event\\.xhtml\\?id=(\\d+)").matcher(events);
        assertTrue(eventEdit.find(demoRow), "the demo event links to its edit page");
        Map<String, String> adminPages = Map.of(
                "admin/event.xhtml?id=" + eventEdit.group(1),
                "Hallway Demo Summit",
                "admin/session.xhtml?event=demo&id=" + edit.group(1),
                "Ada Lovelace (ada@hallway.test)",
                "admin/networking-rules.xhtml?session=" + rules.group(1),
                "Speed networking",
                "admin/tickets.xhtml?event=demo",
                "register.xhtml?token=",
                "admin/registrations.xhtml?event=demo",
                "margaret@hallway.test",
                "admin/reports.xhtml?event=demo",
                "Hallway Demo Summit",
                // feedback and analytics: native aggregate SQL and the survey builder on every combination
                "admin/analytics.xhtml?event=demo",
                "Speed networking",
                "admin/analytics/networking.csv?event=demo",
                "Speed networking,",
                "admin/dashboard.xhtml?event=demo&session=" + rules.group(1),
                "Live: Speed networking",
                "admin/surveys.xhtml?event=demo",
                "How was the opening keynote?");
        for (var page : adminPages.entrySet()) {
            var response = admin.get(page.getKey());
            assertEquals(200, response.statusCode(), page.getKey());
            assertTrue(response.body().contains(page.getValue()), page.getKey() + " shows " + page.getValue());
        }
        var attendee = loggedIn("margaret@hallway.test", DemoEvent.PASSWORD);
        Map<String, String> attendeePages = Map.of(
                "event/agenda.xhtml?event=demo",
                "Writing software that lands on the Moon",
                "account/tickets.xhtml",
                "Hallway Demo Summit",
                "account/profile.xhtml",
                "margaret@hallway.test",
                "event/matches.xhtml?session=" + rules.group(1),
                "My connections and matches",
                "event/networking.xhtml?session=" + rules.group(1),
                "Speed networking");
        for (var page : attendeePages.entrySet()) {
            var response = attendee.get(page.getKey());
            assertEquals(200, response.statusCode(), page.getKey());
            assertTrue(response.body().contains(page.getValue()), page.getKey() + " shows " + page.getValue());
        }
        // the demo's all-day live stream: Join opens its room (seat, Q&A, chat)
        Matcher join = Pattern.compile("join\" href=\"[^\"]*?(event/session\\.xhtml\\?event=demo&amp;session=\\d+)\"")
                .matcher(attendee.get("event/agenda.xhtml?event=demo").body());
        assertTrue(join.find(), "the agenda links to a live session's room");
        var room = attendee.get(join.group(1).replace("&amp;", "&"));
        assertEquals(200, room.statusCode(), join.group(1));
        assertTrue(
                room.body().contains("Questions and answers") && room.body().contains("data-channel=\"session:"),
                "the room shows its Q&A and chat");
        assertTrue(attendee.get("event/people.xhtml?event=demo").body().contains("Grace Hopper"), "the directory");
    }

    private static String inviteToken(WebClient admin, String slug) throws Exception {
        Matcher invite = Pattern.compile("register\\.xhtml\\?token=([A-Za-z0-9_-]+)")
                .matcher(admin.get("admin/tickets.xhtml?event=" + slug).body());
        assertTrue(invite.find(), "an invite link is shown");
        return invite.group(1);
    }

    /** The demo's one LIVE networking session, found as the Networking tab finds it. */
    private static long liveSession(WebClient web) throws Exception {
        var tab = web.get("event/networking.xhtml?event=" + DemoEvent.SLUG);
        assertEquals(302, tab.statusCode(), "the tab leads to the live session");
        Matcher m = SESSION.matcher(tab.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static JsonObject data(JsonObject message) {
        return message.getJsonObject("data");
    }

    private static int requests;

    /** Sends a request with a fresh id; the answer with that id (an answer, ack or error). */
    private static JsonObject request(TestSocket socket, String type, String data) throws InterruptedException {
        String id = "d" + (++requests);
        socket.send("{\"type\":\"" + type + "\",\"id\":\"" + id + "\",\"data\":" + data + "}");
        JsonObject answer = socket.await(null, m -> id.equals(m.getString("id", null)), SHORT);
        assertTrue(!"error".equals(answer.getString("type")), type + " answered " + answer + " on " + combination);
        return answer;
    }

    @Test
    void attendeesFindEachOtherInTheDirectoryAndChatInTheSessionAndPrivatelyOverTheEventSocket() throws Exception {
        var adaWeb = loggedIn("ada@hallway.test", DemoEvent.PASSWORD);
        var graceWeb = loggedIn("grace@hallway.test", DemoEvent.PASSWORD);
        String people = graceWeb.get("event/people.xhtml?event=" + DemoEvent.SLUG + "&q=Ada")
                .body();
        assertTrue(people.contains("Ada Lovelace"), "the directory finds Ada");
        assertTrue(people.contains("messages.xhtml?event=demo&amp;with="), "with a Message button");
        assertEquals(
                200, adaWeb.get("event/messages.xhtml?event=" + DemoEvent.SLUG).statusCode());
        String channel = "\"session:" + liveSession(adaWeb) + "\"";
        TestSocket a = TestSocket.event(adaWeb, DemoEvent.SLUG);
        TestSocket b = TestSocket.event(graceWeb, DemoEvent.SLUG);
        try {
            a.await("opened");
            b.await("opened");
            request(a, "subscribe", "{\"channel\":" + channel + "}");
            request(b, "subscribe", "{\"channel\":" + channel + "}");
            JsonObject history = data(request(b, "chat-history", "{\"channel\":" + channel + "}"));
            assertFalse(history.getJsonArray("messages").isEmpty(), "the demo's session chat has history");

            JsonObject posted = data(request(
                    a, "chat-post", "{\"channel\":" + channel + ",\"text\":\"Hello from " + combination + "\"}"));
            long ada = posted.getJsonObject("sender").getJsonNumber("id").longValue();
            JsonObject pushed = data(b.await(
                    "chat-message",
                    m -> data(m).getJsonObject("message").getString("text").startsWith("Hello from"),
                    SHORT));
            assertEquals(
                    "Ada Lovelace",
                    pushed.getJsonObject("message").getJsonObject("sender").getString("displayName"));

            request(a, "subscribe", "{\"channel\":\"account:" + ada + "\"}");
            JsonObject conversation = data(request(b, "chat-converse", "{\"accountId\":" + ada + "}"));
            String privately = "\"" + conversation.getString("channel") + "\"";
            request(b, "chat-post", "{\"channel\":" + privately + ",\"text\":\"Shall we talk after the keynote?\"}");
            JsonObject unread = data(a.await("unread", m -> data(m).containsKey("latest"), SHORT));
            assertTrue(unread.getInt("total") >= 1, unread.toString());
            JsonObject page = data(request(a, "chat-history", "{\"channel\":" + privately + "}"));
            var messages = page.getJsonArray("messages");
            assertEquals(
                    "Shall we talk after the keynote?",
                    messages.getJsonObject(messages.size() - 1).getString("text"));
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void twoAttendeesAreMatchedRelaySignalsConnectAndLeaveOverRealWebSockets() throws Exception {
        var adaWeb = loggedIn("ada@hallway.test", DemoEvent.PASSWORD);
        var graceWeb = loggedIn("grace@hallway.test", DemoEvent.PASSWORD);
        long session = liveSession(adaWeb);
        assertEquals(
                200, adaWeb.get("event/networking.xhtml?session=" + session).statusCode());
        TestSocket a = TestSocket.open(adaWeb, session);
        TestSocket b = TestSocket.open(graceWeb, session);
        try {
            assertEquals(
                    "Ada Lovelace",
                    data(a.await("welcome")).getJsonObject("you").getString("displayName"));
            b.await("welcome");

            a.send("ready", null);
            a.await("queue");
            b.send("ready", null);
            JsonObject ma = data(a.await("matched"));
            JsonObject mb = data(b.await("matched"));
            assertEquals("Grace Hopper", ma.getJsonObject("partner").getString("displayName"));
            assertEquals("Ada Lovelace", mb.getJsonObject("partner").getString("displayName"));
            long ada = mb.getJsonObject("partner").getJsonNumber("id").longValue();

            a.send("signal", "{\"sdp\":{\"type\":\"offer\",\"sdp\":\"v=0 offer\"}}");
            JsonObject offer = b.await("signal");
            assertEquals(ada, offer.getJsonNumber("from").longValue(), "the server sets the sender");
            assertEquals("v=0 offer", data(offer).getJsonObject("sdp").getString("sdp"));
            b.send("signal", "{\"sdp\":{\"type\":\"answer\",\"sdp\":\"v=0 answer\"}}");
            assertEquals("answer", data(a.await("signal")).getJsonObject("sdp").getString("type"));
            a.send("media-flowing", null);
            b.send("media-flowing", null);

            a.send("connect", null);
            assertEquals("requested", data(a.await("connection")).getString("state"));
            assertEquals("incoming", data(b.await("connection")).getString("state"));
            b.send("connect", null);
            assertEquals(
                    "connected",
                    data(a.await("connection", m -> "connected".equals(data(m).getString("state")), SHORT))
                            .getString("state"));

            a.send("leave", null);
            assertEquals("left", data(a.await("meeting-ended")).getString("reason"));
            assertEquals("partner-left", data(b.await("meeting-ended")).getString("reason"));

            // The exports read the session's event: outside the transaction on Hibernate, unless fetched.
            var csv = adaWeb.get("api/networking/sessions/" + session + "/matches.csv");
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains("grace@hallway.test"), csv.body());
            var vcf = graceWeb.get("api/networking/sessions/" + session + "/matches.vcf");
            assertEquals(200, vcf.statusCode());
            assertTrue(vcf.body().contains("FN:Ada Lovelace"), vcf.body());
            assertTrue(graceWeb.get("event/matches.xhtml?session=" + session)
                    .body()
                    .contains("Ada Lovelace"));
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void twoChromiumsMeetInARealCallAndLeave() throws Exception {
        Chrome barbara = Chrome.start("barbara-" + combination.server());
        Chrome edsger = Chrome.start("edsger-" + combination.server());
        barbara.login(server.base(), "barbara@hallway.test", DemoEvent.PASSWORD);
        edsger.login(server.base(), "edsger@hallway.test", DemoEvent.PASSWORD);
        for (Chrome c : new Chrome[] {barbara, edsger}) {
            c.get(server.base() + "event/networking.xhtml?event=" + DemoEvent.SLUG);
            c.waitFor(SHORT, ExpectedConditions.elementToBeClickable(c.element("ready-button")));
        }
        barbara.click("ready-button");
        edsger.click("ready-button");
        barbara.waitFor(SHORT, ExpectedConditions.textToBe(By.id("partner-name"), "Edsger Dijkstra"));
        edsger.waitFor(SHORT, ExpectedConditions.textToBe(By.id("partner-name"), "Barbara Liskov"));
        for (Chrome c : new Chrome[] {barbara, edsger}) {
            c.waitFor(CALL, d -> {
                Map<String, Object> stats = c.callStats();
                return "connected".equals(stats.get("connectionState"))
                        && ((Number) stats.get("framesDecoded")).longValue() > 0;
            });
        }
        System.out.printf("[%s] two Chromiums connected, remote video decoded%n", combination);
        barbara.click("leave-button");
        for (Chrome c : new Chrome[] {barbara, edsger}) {
            c.waitFor(SHORT, ExpectedConditions.visibilityOf(c.element("ready-view")));
        }
        assertTrue(edsger.text("last-meeting").contains("Your partner left"), edsger.text("last-meeting"));
    }

    @Test
    void aDroppedSocketCountsDownToItsRetryAndAPermanentRefusalStopsRetryingAndSaysWhy() throws Exception {
        Chrome alan = Chrome.start("alan-" + combination.server());
        alan.login(server.base(), "alan@hallway.test", DemoEvent.PASSWORD);
        alan.get(server.base() + "event/networking.xhtml?event=" + DemoEvent.SLUG);
        alan.waitFor(SHORT, d -> Boolean.TRUE.equals(alan.script("return window.hallway.socketOpen")));

        // The connection drops for the third time in a row: a countdown to the retry (4 s ± 20 %)
        // with "Retry now", then it reconnects by itself.
        alan.script("window.hallway.socket.attempt = 2; window.hallway.socket.socket.close()");
        alan.waitFor(SHORT, d -> alan.text("socket-state").startsWith("Connection lost. Reconnecting in"));
        assertTrue(
                alan.text("socket-state").matches("Connection lost\\. Reconnecting in [3-5] s…"),
                alan.text("socket-state"));
        assertTrue(alan.element("retry-button").isDisplayed(), "Retry now is offered");
        alan.waitFor(SHORT, d -> Boolean.TRUE.equals(alan.script("return window.hallway.socketOpen")));
        assertFalse(alan.element("retry-button").isDisplayed());

        // Dropped again, retried at once by hand.
        alan.script("window.hallway.socket.attempt = 4; window.hallway.socket.socket.close()"); // next wait ~16 s
        alan.waitFor(SHORT, d -> alan.element("retry-button").isDisplayed());
        // 16 s ± 20 %: 12.8-19.2 s, shown rounded up as 13-20 s
        assertTrue(
                alan.text("socket-state").matches("Connection lost\\. Reconnecting in (1[3-9]|20) s…"),
                alan.text("socket-state"));
        alan.click("retry-button");
        alan.waitFor(SHORT, d -> Boolean.TRUE.equals(alan.script("return window.hallway.socketOpen")));

        // The session is gone (here: the socket now points at one that never existed): the handshake
        // is refused for good, the page says why and stops retrying.
        alan.script("const s = window.hallway.socket; s.url = s.url.replace(/\\d+$/, '999999999'); s.socket.close()");
        alan.waitFor(SHORT, d -> "refused".equals(alan.script("return window.hallway.socketStatus")));
        assertEquals("This networking session does not exist (any more).", alan.text("socket-state"));
        assertFalse(alan.element("retry-button").isDisplayed(), "no retry for a permanent refusal");
        assertTrue(alan.element("ready-button").getAttribute("disabled") != null, "I'm Ready is off");
    }
}
