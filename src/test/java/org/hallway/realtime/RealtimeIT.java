package org.hallway.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.Deployments;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event's realtime layer over real WebSockets ({@code /ws/events/{slug}}): who may open it,
 * who may follow which channel, and several sockets of one account. Features push through the
 * test deployment's {@code RealtimeTrail} as they would through {@code Realtime}.
 */
@ExtendWith(ArquillianExtension.class)
class RealtimeIT {

    static final String ADA = "ada@hallway.test";
    static final String GRACE = "grace@hallway.test";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application("realtime");
    }

    @ArquillianResource
    URL url;

    // ---------------------------------------------------------------- the handshake

    @Test
    void theSocketIsRefusedWithoutLoginWithoutTicketForAForeignOriginAndForUnknownOrDraftEvents() throws Exception {
        WebClient anonymous = new WebClient(url);
        var noLogin = assertThrows(
                WebSocketHandshakeException.class,
                () -> TestSocket.event(anonymous, anonymous.base(), DemoEvent.SLUG, null));
        assertEquals(302, noLogin.getResponse().statusCode());

        String noTicket =
                strings(support("attendees?prefix=rt-noticket&count=1")).get(0);
        assertRefused(login(noTicket), DemoEvent.SLUG, null, 403, "ticket");
        WebClient ada = login(ADA);
        assertRefused(ada, DemoEvent.SLUG, "http://evil.example", 403, "origin");
        assertRefused(ada, "no-such-event", null, 404, "event");
        assertRefused(ada, DemoEvent.SLUG + "/extra", null, 404, "event");
        assertRefused(ada, DemoEvent.DRAFT_SLUG, null, 404, "event");

        TestSocket admitted = TestSocket.event(ada, DemoEvent.SLUG);
        JsonObject opened = data(admitted.await("opened"));
        assertEquals(accountId(ADA), opened.getJsonNumber("accountId").longValue());
        assertEquals(eventId(DemoEvent.SLUG), opened.getJsonNumber("eventId").longValue());
        assertTrue(opened.containsKey("serverTime"));
        assertFalse(opened.getString("node").isBlank(), "opened names the node holding the socket");
        admitted.close();
    }

    @Test
    void anOrganiserEntersAnEventWithoutATicketWhereAnAttendeeWithoutOneIsRefused() throws Exception {
        support("event?slug=rt-organised");
        assertRefused(login(ADA), "rt-organised", null, 403, "ticket");
        TestSocket organiser = TestSocket.event(login(DemoEvent.ADMIN_EMAIL), "rt-organised");
        organiser.await("opened");
        organiser.send("{\"type\":\"subscribe\",\"id\":\"l\",\"data\":{\"channel\":\"lobby:" + eventId("rt-organised")
                + "\"}}");
        assertEquals("l", organiser.await("subscribed").getString("id"));
        organiser.close();
    }

    @Test
    void anEventPageCarriesItsEventSocketOnlyForThoseAdmitted() throws Exception {
        WebClient ada = login(ADA);
        WebClient outsider =
                login(strings(support("attendees?prefix=rt-page&count=1")).get(0));
        for (String page : List.of("event/agenda.xhtml?event=demo", "event/people.xhtml?event=demo")) {
            String admitted = ada.get(page).body();
            assertTrue(
                    admitted.contains("id=\"realtime-connection\"") && admitted.contains("data-event=\"demo\""),
                    page + " connects its event socket: " + admitted);
            assertTrue(admitted.contains("resources/js/realtime/indicator.js"), page);
            String refused = outsider.get(page).body();
            assertTrue(refused.contains("You need a ticket for this event"), page);
            assertFalse(refused.contains("realtime-connection"), page + ": no ticket, no socket");
        }
    }

    // ---------------------------------------------------------------- subscriptions

    @Test
    void anAttendeeFollowsTheLobbyAndTheirOwnChannelAndNothingThatIsNotTheirs() throws Exception {
        long ada = accountId(ADA);
        long grace = accountId(GRACE);
        long demo = eventId(DemoEvent.SLUG);
        support("event?slug=rt-other");
        long other = eventId("rt-other");
        TestSocket socket = TestSocket.event(login(ADA), DemoEvent.SLUG);
        socket.await("opened");

        JsonObject subscribed = subscribe(socket, "c1", "lobby:" + demo);
        assertEquals("lobby:" + demo, data(subscribed).getString("channel"));
        subscribe(socket, "c2", "account:" + ada);

        assertRefusal(socket, "c3", "account:" + grace, "not-admitted");
        assertRefusal(socket, "c4", "lobby:" + other, "not-admitted");
        for (String malformed : List.of("lobby", "lobby:abc", "LOBBY:1", "lobby:-1", "room:1", "lobby:1:2", "")) {
            assertRefusal(socket, "m", malformed, "malformed");
        }
        socket.send("{\"type\":\"subscribe\",\"id\":\"n\",\"data\":{\"channel\":7}}");
        assertEquals(
                "malformed",
                data(socket.await("error", m -> "n".equals(m.getString("id", null)), Duration.ofSeconds(10)))
                        .getString("code"));
        socket.send("{\"type\":\"subscribe\",\"id\":\"x\"}");
        assertEquals("malformed", data(socket.await("error")).getString("code"), "no channel at all");

        // only what was admitted reaches the socket
        support("realtime-publish?channel=account:" + grace + "&text=for-grace");
        support("realtime-publish?channel=lobby:" + other + "&text=other-lobby");
        support("realtime-publish?channel=lobby:" + demo + "&text=hello-lobby");
        JsonObject pushed = socket.await("pong", m -> data(m).containsKey("text"), Duration.ofSeconds(10));
        assertEquals("hello-lobby", data(pushed).getString("text"));
        assertEquals("lobby:" + demo, data(pushed).getString("channel"), "a channel's message names its channel");
        assertEquals(List.of(ada), numbers(support("realtime-present?channel=lobby:" + demo)));

        socket.send("{\"type\":\"unsubscribe\",\"id\":\"u1\",\"data\":{\"channel\":\"lobby:" + demo + "\"}}");
        assertEquals("lobby:" + demo, data(socket.await("unsubscribed")).getString("channel"));
        assertEquals(List.of(), numbers(support("realtime-present?channel=lobby:" + demo)));
        support("realtime-publish?channel=lobby:" + demo + "&text=after-leaving");
        socket.send("{\"type\":\"ping\",\"id\":\"p1\"}");
        assertEquals(
                "p1",
                socket.await("pong", m -> !data(m).containsKey("text"), Duration.ofSeconds(10))
                        .getString("id"));
        assertTrue(
                socket.all("pong").stream().noneMatch(m -> "after-leaving".equals(data(m).getString("text", null))),
                "nothing after unsubscribing");
        assertTrue(
                socket.all("pong").stream()
                        .noneMatch(
                                m -> data(m).containsKey("text") && !"hello-lobby".equals(data(m).getString("text"))),
                "nothing of other channels");
        socket.close();
    }

    @Test
    void hostileFramesAreTypedErrorsWithTheirIdAndChangeNothing() throws Exception {
        TestSocket socket = TestSocket.event(login(ADA), DemoEvent.SLUG);
        socket.await("opened");
        socket.send("{not json");
        assertEquals("malformed", data(socket.await("error")).getString("code"));
        socket.send("{\"type\":\"ready\",\"id\":\"r1\"}");
        JsonObject unknown = socket.await("error");
        assertEquals(
                "unknown-type", data(unknown).getString("code"), "networking types belong to the networking socket");
        assertEquals("r1", unknown.getString("id"));
        assertEquals("r1", data(unknown).getString("ref"));
        socket.send("{\"type\":\"subscribed\",\"id\":\"s\",\"data\":{\"channel\":\"lobby:1\"}}");
        assertEquals("unknown-type", data(socket.await("error")).getString("code"), "a server type from a client");
        socket.send("{\"type\":\"ping\",\"data\":\"" + "x".repeat(20_000) + "\"}");
        assertEquals("too-large", data(socket.await("error")).getString("code"));
        socket.send("{\"type\":\"ping\"}");
        JsonObject pong = socket.await("pong");
        assertFalse(pong.containsKey("id"), "no id asked, none answered");
        assertTrue(data(pong).containsKey("serverTime"));
        socket.close();
    }

    // ---------------------------------------------------------------- several sockets of one account

    @Test
    void twoTabsOfOneAttendeeBothReceiveAndClosingOneLeavesTheOtherSubscribed() throws Exception {
        long demo = eventId(DemoEvent.SLUG);
        long grace = accountId(GRACE);
        WebClient web = login(GRACE);
        TestSocket tab1 = TestSocket.event(web, DemoEvent.SLUG);
        TestSocket tab2 = TestSocket.event(web, DemoEvent.SLUG);
        tab1.await("opened");
        tab2.await("opened");
        subscribe(tab1, "a", "lobby:" + demo);
        subscribe(tab2, "a", "lobby:" + demo);
        subscribe(tab2, "b", "account:" + grace);

        support("realtime-publish?channel=lobby:" + demo + "&text=both");
        assertEquals(
                "both",
                data(tab1.await("pong", m -> data(m).containsKey("text"), Duration.ofSeconds(10)))
                        .getString("text"));
        assertEquals(
                "both",
                data(tab2.await("pong", m -> data(m).containsKey("text"), Duration.ofSeconds(10)))
                        .getString("text"));
        support("realtime-send-to?account=" + grace + "&text=to-the-person");
        assertEquals("to-the-person", text(tab1));
        assertEquals("to-the-person", text(tab2), "every tab of the account, whatever it follows");

        tab1.close();
        eventually(() -> trail(grace).stream().anyMatch(e -> e.startsWith("closed ")), "tab 1 closed");
        assertEquals(
                List.of(grace),
                numbers(support("realtime-present?channel=lobby:" + demo)),
                "still present through the other tab");
        support("realtime-publish?channel=lobby:" + demo + "&text=after-one-closed");
        assertEquals("after-one-closed", text(tab2));

        List<String> trail = trail(grace);
        String socket1 = trail.get(0).substring("opened ".length());
        assertTrue(trail.contains("joined " + socket1 + " lobby:" + demo), trail.toString());
        assertTrue(
                trail.indexOf("left " + socket1 + " lobby:" + demo) < trail.indexOf("closed " + socket1),
                "a closing socket leaves its channels first: " + trail);
        assertEquals(1, trail.stream().filter(e -> e.startsWith("closed ")).count(), "the other tab is still open");
        tab2.close();
    }

    @Test
    void anAccountGetsAtMostTwentyEventSocketsAndTheNextIsClosedWith4008() throws Exception {
        WebClient web = login(strings(support("attendees?prefix=rt-many-tabs&count=1&ticketType=General"))
                .get(0));
        List<TestSocket> tabs = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            TestSocket tab = TestSocket.event(web, DemoEvent.SLUG);
            tab.await("opened");
            tabs.add(tab);
        }
        TestSocket oneTooMany = TestSocket.event(web, DemoEvent.SLUG);
        assertEquals(4008, oneTooMany.closeCode(Duration.ofSeconds(10)));
        assertTrue(tabs.stream().noneMatch(TestSocket::isClosed), "the open ones stay open");
        subscribe(tabs.get(19), "still", "lobby:" + eventId(DemoEvent.SLUG));

        tabs.remove(0).close();
        // the server handles the close on its own thread: a try may still meet the cap, until it did
        eventually(
                () -> {
                    TestSocket again = TestSocket.event(web, DemoEvent.SLUG);
                    tabs.add(again);
                    try {
                        again.await("opened", Duration.ofSeconds(2));
                        return true;
                    } catch (AssertionError refused) {
                        assertEquals(4008, again.closeCode(Duration.ofSeconds(5)));
                        return false;
                    }
                },
                "room for one more once a tab closed");
        tabs.forEach(TestSocket::close);
    }

    @Test
    void aRevokedTicketClosesTheEventSocketsOfThatEvent() throws Exception {
        String email = strings(support("attendees?prefix=rt-revoked&count=1&ticketType=General"))
                .get(0);
        TestSocket socket = TestSocket.event(login(email), DemoEvent.SLUG);
        socket.await("opened");
        WebClient admin = login(DemoEvent.ADMIN_EMAIL);
        String page = "admin/registrations.xhtml?event=demo&q=" + email;
        var revoked = admin.submit(page, "registrations", java.util.Map.of(), "tickets:0:revoke");
        assertEquals(302, revoked.statusCode(), revoked.body());
        assertEquals(4003, socket.closeCode(Duration.ofSeconds(10)), "closed once the revocation committed");
        assertRefused(login(email), DemoEvent.SLUG, null, 403, "ticket");
    }

    // ---------------------------------------------------------------- helpers

    JsonObject subscribe(TestSocket socket, String id, String channel) throws InterruptedException {
        socket.send("{\"type\":\"subscribe\",\"id\":\"" + id + "\",\"data\":{\"channel\":\"" + channel + "\"}}");
        JsonObject answer = socket.await(
                "subscribed",
                m -> id.equals(m.getString("id", null)) && channel.equals(data(m).getString("channel")),
                Duration.ofSeconds(10));
        return answer;
    }

    static void assertRefusal(TestSocket socket, String id, String channel, String code) throws InterruptedException {
        socket.send("{\"type\":\"subscribe\",\"id\":\"" + id + "\",\"data\":{\"channel\":\"" + channel + "\"}}");
        JsonObject error = socket.await("error", m -> id.equals(m.getString("id", null)), Duration.ofSeconds(10));
        assertEquals(code, data(error).getString("code"), channel);
    }

    void assertRefused(WebClient web, String slug, String origin, int status, String check) {
        var refused =
                assertThrows(WebSocketHandshakeException.class, () -> TestSocket.event(web, web.base(), slug, origin));
        assertEquals(status, refused.getResponse().statusCode(), slug);
        assertEquals(
                check,
                refused.getResponse().headers().firstValue("X-Hallway-Refusal").orElse("the container"),
                slug);
    }

    static String text(TestSocket socket) throws InterruptedException {
        return data(socket.await("pong", m -> data(m).containsKey("text"), Duration.ofSeconds(10)))
                .getString("text");
    }

    List<String> trail(long account) throws Exception {
        return strings(support("realtime-trail?account=" + account));
    }

    static void eventually(java.util.concurrent.Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 10 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    WebClient login(String email) throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(email, DemoEvent.PASSWORD), "login " + email);
        return web;
    }

    long accountId(String email) throws Exception {
        return ((JsonNumber) support("account?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8))).longValue();
    }

    long eventId(String slug) throws Exception {
        return ((JsonNumber) support("event-id?slug=" + slug)).longValue();
    }

    JsonValue support(String pathAndQuery) throws Exception {
        var response = new WebClient(url).get("testing/" + pathAndQuery);
        assertEquals(200, response.statusCode(), pathAndQuery);
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    static JsonObject data(JsonObject message) {
        return message.getJsonObject("data");
    }

    static List<String> strings(JsonValue value) {
        return ((JsonArray) value).getValuesAs(JsonString::getString);
    }

    static List<Long> numbers(JsonValue value) {
        return ((JsonArray) value).getValuesAs(JsonNumber::longValue);
    }
}
