package org.hallway.networking;

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
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hallway.demo.DemoEvent;
import org.hallway.networking.boundary.FloorLeases;
import org.hallway.platform.Rejected;
import org.hallway.testing.Deployments;
import org.hallway.testing.RefusedAtCommit;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The networking engine over its WebSocket, with real clients logged in as attendees (test
 * configuration: 3 s extension window, 15 s grace, 60 s media timeout, meetings may be as short
 * as 4 s). Time is moved with the deployment's settable clock ({@code testing/advance-clock}), never
 * slept away; "nothing happened" is proven by a ping/pong round trip, never by waiting.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkingIT {

    static final String ADA = "ada@hallway.test";
    static final String GRACE = "grace@hallway.test";
    static final String ALAN = "alan@hallway.test";
    static final String BARBARA = "barbara@hallway.test";
    static final String EDSGER = "edsger@hallway.test";
    static final String MARGARET = "margaret@hallway.test";
    /** it-config.properties */
    static final int GRACE_SECONDS = 15;

    static final int MEDIA_TIMEOUT_SECONDS = 60;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application("networking");
    }

    @ArquillianResource
    URL url;

    // ---------------------------------------------------------------- the whole flow

    @Test
    void twoAttendeesMeetRelayConnectExtendSeeTheExtendedEndAndListEachOther() throws Exception {
        long session = newSession("Flow", 8, false, 1, null);
        WebClient admin = login(DemoEvent.ADMIN_EMAIL);
        var refused = admin.submit(
                "admin/networking-rules.xhtml?session=" + session,
                "rules",
                Map.of("meetingSeconds", "5000", "cooldown", "300", "leaveAfter", "0", "maxExtensions", "1"),
                "save");
        assertTrue(refused.body().contains("must be between 4 and 3600 seconds"), "out-of-range duration refused");
        var saved = admin.submit(
                "admin/networking-rules.xhtml?session=" + session,
                "rules",
                Map.of("meetingSeconds", "60", "cooldown", "300", "leaveAfter", "0", "maxExtensions", "1"),
                "save");
        assertTrue(saved.body().contains("Networking rules saved"), saved.body());

        WebClient adaWeb = login(ADA);
        WebClient graceWeb = login(GRACE);
        long ada = accountId(ADA);
        long grace = accountId(GRACE);
        long adminId = accountId(DemoEvent.ADMIN_EMAIL);
        TestSocket a = TestSocket.open(adaWeb, session);
        TestSocket b = TestSocket.open(graceWeb, session);
        TestSocket c = TestSocket.open(admin, session);
        JsonObject welcome = data(a.await("welcome"));
        assertEquals("idle", welcome.getString("state"));
        assertEquals(60, welcome.getJsonObject("rules").getInt("meetingSeconds"));
        assertEquals("Ada Lovelace", welcome.getJsonObject("you").getString("displayName"));
        assertFalse(welcome.getString("node").isBlank(), "the welcome names the node holding the socket");
        assertEquals(welcome.getString("node"), data(b.await("welcome")).getString("node"), "one node holds both");
        c.await("welcome");

        a.send("ready", null);
        assertEquals(1, data(a.await("queue")).getInt("ready"));
        b.send("ready", null);
        JsonObject ma = data(a.await("matched"));
        JsonObject mb = data(b.await("matched"));
        assertEquals("offerer", ma.getString("role"), "Ada waited longer");
        assertEquals("answerer", mb.getString("role"));
        assertEquals(grace, ma.getJsonObject("partner").getJsonNumber("id").longValue());
        assertEquals("Grace Hopper", ma.getJsonObject("partner").getString("displayName"));
        assertEquals("Compiler pioneer", ma.getJsonObject("partner").getString("headline"));
        assertEquals(ada, mb.getJsonObject("partner").getJsonNumber("id").longValue());
        long meetingId = ma.getJsonNumber("meetingId").longValue();
        assertEquals(meetingId, mb.getJsonNumber("meetingId").longValue());
        Instant endsAt = Instant.parse(ma.getString("endsAt"));
        assertEquals(Instant.parse(ma.getString("startedAt")).plusSeconds(60), endsAt);
        assertFalse(ma.getBoolean("resumed"));
        assertTrue(ma.containsKey("serverTime"));

        // offer with a forged sender: relayed to the partner only, the sender set by the server
        a.send("{\"type\":\"signal\",\"from\":" + adminId
                + ",\"data\":{\"sdp\":{\"type\":\"offer\",\"sdp\":\"v=0 offer\"}}}");
        JsonObject offer = b.await("signal");
        assertEquals(ada, offer.getJsonNumber("from").longValue());
        assertEquals("v=0 offer", data(offer).getJsonObject("sdp").getString("sdp"));
        b.send("{\"type\":\"signal\",\"data\":{\"to\":" + ada
                + ",\"sdp\":{\"type\":\"answer\",\"sdp\":\"v=0 answer\"}}}");
        JsonObject answer = a.await("signal");
        assertEquals(grace, answer.getJsonNumber("from").longValue());
        assertEquals("answer", data(answer).getJsonObject("sdp").getString("type"));
        assertFalse(data(answer).containsKey("to"));
        a.send("signal", "{\"candidate\":{\"candidate\":\"candidate:1 1 udp 1 10.0.0.1 5000 typ host\"}}");
        b.send("signal", "{\"candidate\":{\"candidate\":\"candidate:2 1 udp 1 10.0.0.2 5001 typ host\"}}");
        assertTrue(data(b.await("signal")).containsKey("candidate"));
        assertTrue(data(a.await("signal")).containsKey("candidate"));

        // a relay addressed to someone who is not the partner is refused and goes nowhere
        a.send("{\"type\":\"signal\",\"id\":\"x1\",\"data\":{\"to\":" + adminId + ",\"sdp\":\"sneaky\"}}");
        JsonObject error = data(a.await("error"));
        assertEquals("not-your-partner", error.getString("code"));
        assertEquals("x1", error.getString("ref"));

        a.send("media-flowing", null);
        b.send("media-flowing", null);

        // extending before the offer is refused
        a.send("{\"type\":\"extend\",\"id\":\"e0\"}");
        assertEquals("extension-not-offered", data(a.await("error")).getString("code"));

        // connection request, then acceptance
        a.send("connect", null);
        JsonObject requested = data(a.await("connection"));
        assertEquals("requested", requested.getString("state"));
        assertEquals(grace, requested.getJsonNumber("partnerId").longValue());
        assertEquals("incoming", data(b.await("connection")).getString("state"));
        b.send("connect", null);
        assertEquals("connected", data(a.await("connection")).getString("state"));
        assertEquals("connected", data(b.await("connection")).getString("state"));

        // the extension: offered at end - 3 s, both accept, the end moves by half of 60 s
        assertTrue(a.all("extension-offered").isEmpty(), "not offered before the window");
        advanceClockTo(endsAt.minusSeconds(3));
        JsonObject offered = data(a.await("extension-offered"));
        assertEquals(endsAt, Instant.parse(offered.getString("offerEndsAt")));
        b.await("extension-offered");
        a.send("extend", null);
        assertEquals("you", data(a.await("extension-accepted")).getString("by"));
        assertEquals("partner", data(b.await("extension-accepted")).getString("by"));
        b.send("extend", null);
        JsonObject extended = data(a.await("extended"));
        Instant newEnd = Instant.parse(extended.getString("endsAt"));
        assertEquals(endsAt.plusSeconds(30), newEnd);
        assertEquals(1, extended.getInt("extensions"));
        assertEquals(newEnd, Instant.parse(data(b.await("extended")).getString("endsAt")));

        // the meeting ends at the extended time, not before
        advanceClockTo(endsAt.plusMillis(500));
        a.roundTrip();
        assertTrue(a.all("meeting-ended").isEmpty(), "still running after the first end");
        advanceClockTo(newEnd);
        JsonObject endedA = data(a.await("meeting-ended"));
        assertEquals("time", endedA.getString("reason"));
        Instant endedAt = Instant.parse(endedA.getString("serverTime"));
        assertFalse(endedAt.isBefore(newEnd), "not before the extended end: " + endedAt + " vs " + newEnd);
        assertTrue(endedAt.isBefore(newEnd.plusMillis(1500)), "within tolerance: " + endedAt + " vs " + newEnd);
        assertEquals("time", data(b.await("meeting-ended")).getString("reason"));

        // the third attendee in the session saw none of it
        assertTrue(c.all("signal").isEmpty());
        assertTrue(c.all("matched").isEmpty());
        assertTrue(c.all("connection").isEmpty());

        // persisted and listed for both, only their own
        JsonObject stored = meetings(session).getJsonObject(0);
        assertEquals(meetingId, stored.getJsonNumber("id").longValue());
        assertEquals(ada, stored.getJsonNumber("firstAccountId").longValue(), "first = offerer");
        assertEquals(grace, stored.getJsonNumber("secondAccountId").longValue());
        assertFalse(stored.getBoolean("failed"));
        assertEquals(
                "connected",
                ((JsonString) support("connection?session=" + session + "&a=" + ada + "&b=" + grace)).getString());
        var csv = adaWeb.get("api/networking/sessions/" + session + "/matches.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("\r\nGrace Hopper,"), csv.body());
        assertTrue(csv.body().contains(",yes,connected,grace@hallway.test,"), csv.body());
        var vcf = graceWeb.get("api/networking/sessions/" + session + "/matches.vcf");
        assertTrue(vcf.headers().firstValue("Content-Type").orElse("").startsWith("text/vcard"));
        assertTrue(vcf.body().contains("FN:Ada Lovelace"), vcf.body());
        assertTrue(graceWeb.get("event/matches.xhtml?session=" + session).body().contains("Ada Lovelace"));
        String adminCsv =
                admin.get("api/networking/sessions/" + session + "/matches.csv").body();
        assertFalse(adminCsv.contains("Ada") || adminCsv.contains("Grace"), "only the caller's own matches");

        a.close();
        b.close();
        c.close();
    }

    // ---------------------------------------------------------------- fifty at once

    @Test
    void fiftyAttendeesGoingReadyRepeatedlyAreNeverInTwoMeetingsAndRelaysReachOnlyThePartner() throws Exception {
        long session = newSession("Fifty", 4, true, 0, null);
        List<String> emails = new ArrayList<>(DemoEvent.ATTENDEES);
        emails.addAll(strings(support("attendees?prefix=fifty&count=44&ticketType=General")));
        assertEquals(50, emails.size());
        var pool = Executors.newScheduledThreadPool(8);
        Queue<String> violations = new ConcurrentLinkedQueue<>();
        AtomicInteger relays = new AtomicInteger();
        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<TestSocket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
        var openers = Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> opened = new ArrayList<>();
            for (String email : emails) {
                opened.add(openers.submit(() -> {
                    long me = accountId(email);
                    Map<Long, Long> partnerOfMeeting = new ConcurrentHashMap<>();
                    long[] current = {0};
                    // The reaction runs on the client's thread: it never blocks, it hands sends to the pool.
                    var self = new java.util.concurrent.CompletableFuture<TestSocket>();
                    java.util.function.Consumer<JsonObject> bot = m -> {
                        String type = m.getString("type");
                        switch (type) {
                            case "welcome" ->
                                later(pool, running, 0, () -> self.join().send("ready", null));
                            case "matched" -> {
                                JsonObject d = m.getJsonObject("data");
                                long meeting = d.getJsonNumber("meetingId").longValue();
                                long partner = d.getJsonObject("partner")
                                        .getJsonNumber("id")
                                        .longValue();
                                synchronized (current) {
                                    if (current[0] != 0) {
                                        violations.add(me + " matched into " + meeting + " while in " + current[0]);
                                    }
                                    current[0] = meeting;
                                }
                                partnerOfMeeting.put(meeting, partner);
                                later(
                                        pool,
                                        running,
                                        0,
                                        () -> self.join()
                                                .send(
                                                        "signal",
                                                        "{\"probe\":{\"sender\":" + me + ",\"meeting\":" + meeting
                                                                + "}}"));
                                later(pool, running, 0, () -> self.join().send("media-flowing", null));
                                later(pool, running, ThreadLocalRandom.current().nextInt(300, 5000), () -> {
                                    synchronized (current) {
                                        if (current[0] != meeting) {
                                            return; // that meeting is over: no stale leave (20 refusals close a socket)
                                        }
                                    }
                                    self.join().send("leave", null);
                                });
                            }
                            case "signal" -> {
                                relays.incrementAndGet();
                                long from = m.getJsonNumber("from").longValue();
                                JsonObject probe = m.getJsonObject("data").getJsonObject("probe");
                                long meeting = probe.getJsonNumber("meeting").longValue();
                                if (probe.getJsonNumber("sender").longValue() != from
                                        || !Long.valueOf(from).equals(partnerOfMeeting.get(meeting))) {
                                    violations.add(me + " got a relay from " + from + " for meeting " + meeting);
                                }
                            }
                            case "meeting-ended" -> {
                                synchronized (current) {
                                    current[0] = 0;
                                }
                                later(
                                        pool,
                                        running,
                                        ThreadLocalRandom.current().nextInt(0, 400),
                                        () -> self.join().send("ready", null));
                            }
                            case "error" -> {
                                String code = m.getJsonObject("data").getString("code");
                                if (!code.equals("not-in-meeting")) { // a leave racing the meeting's end
                                    violations.add(me + " got error " + code);
                                }
                            }
                            default -> {}
                        }
                    };
                    try {
                        self.complete(TestSocket.open(login(email), session, bot));
                    } catch (WebSocketHandshakeException e) {
                        throw new AssertionError(email + ": " + e.getResponse().statusCode() + " " + refusal(e), e);
                    }
                    sockets.add(self.join());
                    return null;
                }));
            }
            for (var f : opened) {
                f.get(300, TimeUnit.SECONDS);
            }
            // Meet until everyone has met someone and there were at least 60 meetings.
            eventually(
                    Duration.ofSeconds(120),
                    () -> sockets.stream().allMatch(t -> !t.all("matched").isEmpty())
                            && sockets.stream()
                                            .mapToInt(t -> t.all("matched").size())
                                            .sum()
                                    >= 100,
                    "meetings under way");
            running.set(false);
            // Delayed sends are dropped; sends under way finish (an interrupted send would leave its socket unusable).
            ((java.util.concurrent.ScheduledThreadPoolExecutor) pool)
                    .setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "the bots stopped");
            for (TestSocket socket : sockets) {
                assertFalse(
                        socket.isClosed(),
                        "closed by the server: " + (socket.isClosed() ? socket.closeCode(Duration.ZERO) : 0));
                socket.roundTrip(); // the server has handled everything each bot sent
            }
            advanceClock(Duration.ofSeconds(5)); // every meeting (4 s) is over now
            // The ends are told once written (the session's writer and journal run behind the socket
            // threads), so a ping's round trip does not wait for them: wait for the notices themselves.
            eventually(
                    Duration.ofSeconds(20),
                    () -> sockets.stream()
                            .allMatch(t -> t.all("matched").size()
                                    == t.all("meeting-ended").size()),
                    "every meeting of every attendee ended");
        } finally {
            running.set(false);
            openers.shutdownNow();
            sockets.forEach(TestSocket::close);
            pool.shutdownNow();
        }
        assertTrue(violations.isEmpty(), "violations: " + violations);
        for (TestSocket socket : sockets) {
            assertFalse(socket.all("matched").isEmpty(), "everyone met someone");
        }
        // the database agrees: per attendee, meetings never overlap in time
        Map<Long, List<long[]>> byAccount = new HashMap<>();
        var rows = meetings(session).getValuesAs(JsonObject.class);
        assertTrue(rows.size() >= 50, "many meetings: " + rows.size());
        for (JsonObject row : rows) {
            assertTrue(row.containsKey("endedAt"), "every meeting has ended: " + row);
            long[] span = {
                row.getJsonNumber("startedAt").longValue(),
                row.getJsonNumber("endedAt").longValue()
            };
            byAccount
                    .computeIfAbsent(row.getJsonNumber("firstAccountId").longValue(), k -> new ArrayList<>())
                    .add(span);
            byAccount
                    .computeIfAbsent(row.getJsonNumber("secondAccountId").longValue(), k -> new ArrayList<>())
                    .add(span);
        }
        for (var entry : byAccount.entrySet()) {
            List<long[]> spans = entry.getValue();
            spans.sort(Comparator.comparingLong(s -> s[0]));
            for (int i = 1; i < spans.size(); i++) {
                assertTrue(spans.get(i)[0] >= spans.get(i - 1)[1], entry.getKey() + " in two meetings at once");
            }
        }
        assertTrue(relays.get() >= rows.size(), "relays arrived: " + relays.get());
    }

    // ---------------------------------------------------------------- hostile

    @Test
    void theHandshakeIsRefusedWithoutLoginWithoutTicketForAForeignOriginAndForNonNetworkingSessions() throws Exception {
        long session = newSession("Door", 8, false, 1, null);
        WebClient anonymous = new WebClient(url);
        var noLogin = assertThrows(
                WebSocketHandshakeException.class, () -> TestSocket.open(anonymous, anonymous.base(), session, null));
        assertEquals(302, noLogin.getResponse().statusCode(), refusal(noLogin));

        String noTicket = strings(support("attendees?prefix=noticket&count=1")).get(0);
        var noTicketWeb = login(noTicket);
        var forbidden = assertThrows(WebSocketHandshakeException.class, () -> TestSocket.open(noTicketWeb, session));
        assertEquals(403, forbidden.getResponse().statusCode(), refusal(forbidden));

        WebClient adaWeb = login(ADA);
        var foreign = assertThrows(
                WebSocketHandshakeException.class,
                () -> TestSocket.open(adaWeb, adaWeb.base(), session, "https://evil.example"));
        assertEquals(403, foreign.getResponse().statusCode(), refusal(foreign));

        long plain = number(support("plain-session"));
        var notNetworking = assertThrows(WebSocketHandshakeException.class, () -> TestSocket.open(adaWeb, plain));
        assertEquals(404, notNetworking.getResponse().statusCode(), refusal(notNetworking));
        var unknown = assertThrows(WebSocketHandshakeException.class, () -> TestSocket.open(adaWeb, 987654321L));
        assertEquals(404, unknown.getResponse().statusCode(), refusal(unknown));

        String sameOrigin = "http://localhost:" + url.getPort();
        TestSocket ok = TestSocket.open(adaWeb, adaWeb.base(), session, sameOrigin);
        assertEquals("idle", data(ok.await("welcome")).getString("state"));
        ok.close();
    }

    @Test
    void hostileMessagesGetTypedErrorsChangeNothingAndTheSocketStaysUsable() throws Exception {
        long session = newSession("Hostile", 8, false, 1, null);
        TestSocket a = TestSocket.open(login(ADA), session);
        a.await("welcome");
        assertError(a, "{not json", "malformed", null);
        assertError(a, "[1,2]", "malformed", null);
        assertError(a, "{\"type\":\"hello\",\"id\":\"h1\"}", "unknown-type", "h1");
        assertError(a, "{\"type\":\"welcome\"}", "unknown-type", null);
        assertError(a, "{\"type\":\"ping\",\"data\":\"" + "x".repeat(20_000) + "\"}", "too-large", null);
        assertError(a, "{\"type\":\"signal\",\"data\":{\"sdp\":\"x\"}}", "not-in-meeting", null);
        assertError(a, "{\"type\":\"extend\",\"id\":\"e\"}", "not-in-meeting", "e");
        assertError(a, "{\"type\":\"leave\"}", "not-in-meeting", null);
        assertError(a, "{\"type\":\"connect\",\"data\":{\"meetingId\":12345}}", "unknown-meeting", null);
        assertError(a, "{\"type\":\"connect\",\"data\":{\"meetingId\":\"x\"}}", "malformed", null);
        assertError(a, "{\"type\":\"report\",\"data\":{\"reason\":\"" + "r".repeat(1001) + "\"}}", "malformed", null);
        a.send("ping", null);
        assertTrue(data(a.await("pong")).containsKey("serverTime"), "still usable");
        assertFalse(a.isClosed());
        a.send("ready", null);
        assertEquals(1, data(a.await("queue")).getInt("ready"), "nothing changed before: ready works as ever");

        // more than 50 messages a second are rate-limited
        TestSocket c = TestSocket.open(login(DemoEvent.ADMIN_EMAIL), session);
        c.await("welcome");
        for (int i = 0; i < 60; i++) {
            c.send("ping", null);
        }
        assertEquals("rate-limited", data(c.await("error")).getString("code"));
        advanceClock(Duration.ofMillis(1100));
        c.send("{\"type\":\"ping\",\"id\":\"after\"}");
        c.await("pong", m -> true, Duration.ofSeconds(5));
        assertFalse(c.isClosed());

        // repeated abuse closes the socket with 1008
        TestSocket b = TestSocket.open(login(GRACE), session);
        b.await("welcome");
        for (int i = 0; i < 25 && !b.isClosed(); i++) {
            b.send("{oops");
        }
        assertEquals(1008, b.closeCode(Duration.ofSeconds(5)));
        a.close();
        c.close();
    }

    @Test
    void aRestrictiveMatrixKeepsIncompatibleTicketTypesApart() throws Exception {
        long session = newSession("Generals only", 8, false, 1, "General");
        TestSocket alan = TestSocket.open(login(ALAN), session);
        TestSocket margaret = TestSocket.open(login(MARGARET), session);
        alan.await("welcome");
        margaret.await("welcome");
        alan.send("ready", null);
        margaret.send("ready", null);
        margaret.await("queue", m -> data(m).getInt("ready") == 2, Duration.ofSeconds(5));
        TestSocket barbara = TestSocket.open(login(BARBARA), session);
        barbara.await("welcome");
        barbara.send("ready", null);
        barbara.roundTrip(); // her ready is handled: any match it made is queued for the three of them
        alan.roundTrip();
        margaret.roundTrip();
        assertTrue(
                alan.all("matched").isEmpty()
                        && margaret.all("matched").isEmpty()
                        && barbara.all("matched").isEmpty(),
                "sponsors may not meet anyone here");
        TestSocket edsger = TestSocket.open(login(EDSGER), session);
        edsger.await("welcome");
        edsger.send("ready", null);
        assertEquals(
                accountId(BARBARA),
                data(edsger.await("matched"))
                        .getJsonObject("partner")
                        .getJsonNumber("id")
                        .longValue());
        assertTrue(alan.all("matched").isEmpty() && margaret.all("matched").isEmpty());
        List.of(alan, margaret, barbara, edsger).forEach(TestSocket::close);
    }

    // ---------------------------------------------------------------- ratings after a meeting

    @Test
    void aRatingIsOnePrivateRowPerMeetingAndRaterRefusedOutsideItsMeetingAndNeverBlocks() throws Exception {
        long session = newSession("Ratings", 4, true, 0, null);
        List<String> people = strings(support("attendees?prefix=rater&count=3&ticketType=General"));
        WebClient aWeb = login(people.get(0));
        TestSocket a = TestSocket.open(aWeb, session);
        TestSocket b = TestSocket.open(login(people.get(1)), session);
        TestSocket c = TestSocket.open(login(people.get(2)), session);
        for (TestSocket s : List.of(a, b, c)) {
            s.await("welcome");
        }
        a.send("ready", null);
        a.await("queue");
        b.send("ready", null);
        long meeting = data(a.await("matched")).getJsonNumber("meetingId").longValue();
        b.await("matched");
        assertError(
                a,
                "{\"type\":\"rate\",\"id\":\"r1\",\"data\":{\"meetingId\":" + meeting + ",\"stars\":4}}",
                "meeting-not-over",
                "r1");
        advanceClock(Duration.ofSeconds(4));
        a.await("meeting-ended");
        b.await("meeting-ended");

        assertError(
                c,
                "{\"type\":\"rate\",\"id\":\"r2\",\"data\":{\"meetingId\":" + meeting + ",\"stars\":1}}",
                "unknown-meeting",
                "r2");
        assertError(
                a,
                "{\"type\":\"rate\",\"id\":\"r3\",\"data\":{\"meetingId\":" + meeting + ",\"stars\":6}}",
                "invalid-rating",
                "r3");
        assertError(
                a,
                "{\"type\":\"rate\",\"id\":\"r4\",\"data\":{\"meetingId\":" + meeting + ",\"meetAgain\":\"maybe\"}}",
                "invalid-rating",
                "r4");
        assertError(
                a,
                "{\"type\":\"rate\",\"id\":\"r5\",\"data\":{\"meetingId\":" + meeting + "}}",
                "invalid-rating",
                "r5");
        assertError(
                a,
                "{\"type\":\"rate\",\"id\":\"r6\",\"data\":{\"meetingId\":" + meeting + ",\"stars\":\"five\"}}",
                "malformed",
                "r6");
        assertError(a, "{\"type\":\"rate\",\"id\":\"r7\",\"data\":{\"stars\":3}}", "unknown-meeting", "r7");
        assertEquals(0, ratings(session).size(), "refusals store nothing");

        a.send("rate", "{\"meetingId\":" + meeting + ",\"stars\":2}");
        assertEquals(2, data(a.await("rated")).getInt("stars"));
        a.send("rate", "{\"meetingId\":" + meeting + ",\"stars\":5,\"meetAgain\":\"again\"}");
        a.await("rated", m -> data(m).getInt("stars") == 5, Duration.ofSeconds(5));
        b.send("rate", "{\"meetingId\":" + meeting + ",\"meetAgain\":\"never\"}");
        JsonObject never = data(b.await("rated"));
        assertTrue(never.isNull("stars"));
        assertEquals("never", never.getString("meetAgain"));
        b.roundTrip();
        assertTrue(
                b.all("rated").size() == 1
                        && a.all("rated").size() == 2
                        && c.all("rated").isEmpty(),
                "each rating is told to its rater only");

        List<JsonObject> rows = ratings(session).getValuesAs(JsonObject.class);
        assertEquals(2, rows.size(), "one row per meeting and rater: " + rows);
        long idA = accountId(people.get(0));
        long idB = accountId(people.get(1));
        JsonObject byA = rows.stream()
                .filter(r -> r.getJsonNumber("raterId").longValue() == idA)
                .findFirst()
                .orElseThrow();
        assertEquals(5, byA.getInt("stars"));
        assertEquals("AGAIN", byA.getString("meetAgain"));

        // a private note about the person met, editable later; refused when too long; carried by the exports
        String page = "event/matches.xhtml?session=" + session + "&note=" + idB;
        String tooLong = aWeb.submit(page, "note", Map.of("body", "x".repeat(2001)), "save")
                .body();
        assertTrue(tooLong.contains("at most 2000 characters"), "the refusal is shown");
        assertFalse(aWeb.get("api/networking/sessions/" + session + "/matches.csv")
                .body()
                .contains("xxxx"));
        String saved = aWeb.submit(page, "note", Map.of("body", "Talked about vintage cameras"), "save")
                .body();
        assertTrue(saved.contains("saved") && saved.contains("Talked about vintage cameras"), saved);
        aWeb.submit(page, "note", Map.of("body", "Vintage cameras; call in May"), "save");
        assertTrue(aWeb.get("api/networking/sessions/" + session + "/matches.csv")
                .body()
                .contains(",Vintage cameras; call in May\r\n"));
        assertTrue(aWeb.get("api/networking/sessions/" + session + "/matches.vcf")
                .body()
                .contains("Vintage cameras\\; call in May"));
        String shown = aWeb.get("event/matches.xhtml?session=" + session + "&q=cameras")
                .body();
        assertTrue(shown.contains("1 of 1 meetings shown"), shown);
        assertTrue(
                aWeb.get("event/matches.xhtml?session=" + session + "&connected=true")
                        .body()
                        .contains("0 of 1 meetings shown"),
                "not connected");

        // rematches are allowed in this session, yet the two are never paired again: b's "never" is a block
        a.send("ready", null);
        a.await("queue", m -> true, Duration.ofSeconds(5));
        b.send("ready", null);
        b.roundTrip();
        a.roundTrip();
        assertEquals(1, a.all("matched").size(), "a and b are not matched again");
        c.send("ready", null);
        long partnerOfC = data(c.await("matched"))
                .getJsonObject("partner")
                .getJsonNumber("id")
                .longValue();
        assertTrue(partnerOfC == idA || partnerOfC == idB);
        List.of(a, b, c).forEach(TestSocket::close);
    }

    // ---------------------------------------------------------------- lost partners, ending sessions, restarts

    @Test
    void aDroppedPartnerMayComeBackWithinTheGracePeriodElseTheMeetingEnds() throws Exception {
        long session = newSession("Grace period", 60, false, 1, null);
        WebClient graceWeb = login(GRACE);
        TestSocket a = TestSocket.open(login(ADA), session);
        TestSocket b = TestSocket.open(graceWeb, session);
        a.await("welcome");
        b.await("welcome");
        a.send("ready", null);
        a.await("queue");
        b.send("ready", null);
        long meetingId = data(a.await("matched")).getJsonNumber("meetingId").longValue();
        b.await("matched");

        b.close();
        assertEquals(GRACE_SECONDS, data(a.await("partner-lost")).getInt("graceSeconds"));
        TestSocket b2 = TestSocket.open(graceWeb, session);
        assertEquals("meeting", data(b2.await("welcome")).getString("state"));
        JsonObject resumed = data(b2.await("matched"));
        assertTrue(resumed.getBoolean("resumed"));
        assertEquals(meetingId, resumed.getJsonNumber("meetingId").longValue());
        assertEquals("answerer", resumed.getString("role"));
        a.await("partner-back");

        b2.close();
        a.await("partner-lost");
        advanceClock(Duration.ofSeconds(GRACE_SECONDS - 1));
        a.roundTrip();
        assertTrue(a.all("meeting-ended").isEmpty(), "the meeting waits out the grace period");
        advanceClock(Duration.ofSeconds(1));
        assertEquals("partner-lost", data(a.await("meeting-ended")).getString("reason"));
        a.send("ready", null);
        assertEquals(1, data(a.await("queue")).getInt("ready"), "back to ready after the partner was lost");
        a.close();
    }

    @Test
    void whenTheSessionEndsRunningMeetingsGoOnAndNobodyNewIsMatched() throws Exception {
        long session = newSession("Ending", 60, false, 0, null);
        TestSocket a = TestSocket.open(login(ADA), session);
        TestSocket b = TestSocket.open(login(GRACE), session);
        TestSocket c = TestSocket.open(login(BARBARA), session);
        List.of(a, b, c).forEach(s -> {
            try {
                s.await("welcome");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        a.send("ready", null);
        b.send("ready", null);
        Instant endsAt = Instant.parse(data(a.await("matched")).getString("endsAt"));
        support("end-session?session=" + session);
        assertEquals(
                session,
                data(c.await("session-ended")).getJsonNumber("sessionId").longValue());
        a.await("session-ended");
        c.send("ready", null);
        assertEquals("session-not-live", data(c.await("error")).getString("code"));
        a.roundTrip();
        assertTrue(a.all("meeting-ended").isEmpty(), "the running meeting goes on");
        advanceClockTo(endsAt);
        assertEquals(
                "time", data(a.await("meeting-ended")).getString("reason"), "the running meeting went on to its end");
        List.of(a, b, c).forEach(TestSocket::close);
    }

    @Test
    void aRestartClosesMeetingsThatExpiredWhileDownAndRearmsTheOthers() throws Exception {
        long session = newSession("Restart", 60, false, 1, null);
        JsonObject recovered =
                (JsonObject) support("crash-and-recover?session=" + session + "&a=" + BARBARA + "&b=" + EDSGER);
        assertTrue(recovered.getBoolean("expiredEnded"), "the meeting that expired while down is closed");
        assertTrue(recovered.getBoolean("runningOpen"), "the running meeting is back");
        // the recovered meeting waits for both partners; nobody comes back within the grace period
        advanceClock(Duration.ofSeconds(GRACE_SECONDS));
        assertTrue(
                meetings(session).getValuesAs(JsonObject.class).stream().allMatch(m -> m.containsKey("endedAt")),
                "the recovered meeting ended after the grace period");
    }

    @Test
    void aFloorsLeaseIsHeldByOneNodeUntilItExpiresThenAnotherNodeMayTakeIt() throws Exception {
        long session = newSession("Leased", 60, false, 0, null);
        assertEquals(
                JsonValue.TRUE, support("lease-claim?session=" + session + "&node=node-a"), "a free lease is taken");
        assertEquals(JsonValue.TRUE, support("lease-claim?session=" + session + "&node=node-a"), "its owner renews it");
        assertEquals(
                JsonValue.FALSE,
                support("lease-claim?session=" + session + "&node=node-b"),
                "another node may not take a lease that has not expired");
        advanceClock(Duration.ofMillis(FloorLeases.TERM_MILLIS + 1));
        assertEquals(
                JsonValue.TRUE,
                support("lease-claim?session=" + session + "&node=node-b"),
                "an expired lease is taken by another node");
        assertEquals(
                JsonValue.FALSE,
                support("lease-claim?session=" + session + "&node=node-a"),
                "the former owner lost it");
    }

    @Test
    void aMeetingWhoseMediaNeverFlowsOnBothSidesEndsAsFailedAfterTheMediaTimeout() throws Exception {
        long session = newSession("No media", 600, false, 0, null);
        TestSocket a = TestSocket.open(login(ADA), session);
        TestSocket b = TestSocket.open(login(GRACE), session);
        a.await("welcome");
        b.await("welcome");
        a.send("ready", null);
        a.await("queue");
        b.send("ready", null);
        a.await("matched");
        b.await("matched");
        a.send("media-flowing", null);
        advanceClock(Duration.ofSeconds(MEDIA_TIMEOUT_SECONDS - 1));
        a.roundTrip();
        assertTrue(a.all("meeting-ended").isEmpty(), "still waiting for Grace's media");
        advanceClock(Duration.ofSeconds(1));
        JsonObject ended = data(a.await("meeting-ended"));
        b.await("meeting-ended");
        assertTrue(meetings(session).getJsonObject(0).getBoolean("failed"), "stored as failed: " + ended);
        List.of(a, b).forEach(TestSocket::close);
    }

    @Test
    void rulesWhoseCommitFailsNeverReachTheLiveFloorAndAreNotReportedSaved() throws Exception {
        long session = newSession("Commit order", 8, false, 1, null);
        TestSocket a = TestSocket.open(login(ADA), session); // the floor is live with 8 s meetings
        assertEquals(8, data(a.await("welcome")).getJsonObject("rules").getInt("meetingSeconds"));
        WebClient admin = login(DemoEvent.ADMIN_EMAIL);
        String page = "admin/networking-rules.xhtml?session=" + session;

        var failed = admin.submit(
                page,
                "rules",
                Map.of(
                        "meetingSeconds",
                        String.valueOf(RefusedAtCommit.MEETING_SECONDS),
                        "cooldown",
                        "300",
                        "leaveAfter",
                        "0",
                        "maxExtensions",
                        "1"),
                "save");
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains(Rejected.NOT_SAVED), failed.body());
        assertFalse(failed.body().contains("Networking rules saved"));
        TestSocket b = TestSocket.open(login(GRACE), session);
        assertEquals(
                8,
                data(b.await("welcome")).getJsonObject("rules").getInt("meetingSeconds"),
                "the floor still runs the stored rules");

        var saved = admin.submit(
                page,
                "rules",
                Map.of("meetingSeconds", "9", "cooldown", "300", "leaveAfter", "0", "maxExtensions", "1"),
                "save");
        assertTrue(saved.body().contains("Networking rules saved"), saved.body());
        TestSocket c = TestSocket.open(login(BARBARA), session);
        assertEquals(
                9,
                data(c.await("welcome")).getJsonObject("rules").getInt("meetingSeconds"),
                "committed rules reach the floor");
        List.of(a, b, c).forEach(TestSocket::close);
    }

    // ---------------------------------------------------------------- helpers

    static String refusal(WebSocketHandshakeException e) {
        return "refused by: "
                + e.getResponse().headers().firstValue("X-Hallway-Refusal").orElse("the container");
    }

    static JsonObject data(JsonObject message) {
        return message.getJsonObject("data");
    }

    static void assertError(TestSocket socket, String text, String code, String ref) throws InterruptedException {
        socket.send(text);
        JsonObject error = data(socket.await("error"));
        assertEquals(code, error.getString("code"), text.length() > 80 ? text.substring(0, 80) : text);
        if (ref != null) {
            assertEquals(ref, error.getString("ref"));
        }
    }

    WebClient login(String email) throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(email, DemoEvent.PASSWORD), "login " + email);
        return web;
    }

    JsonValue support(String pathAndQuery) throws Exception {
        var response = new WebClient(url).get("testing/" + pathAndQuery);
        assertEquals(200, response.statusCode(), pathAndQuery);
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    JsonArray ratings(long session) throws Exception {
        return (JsonArray) support("ratings?session=" + session);
    }

    JsonArray meetings(long session) throws Exception {
        return (JsonArray) support("meetings?session=" + session);
    }

    static long number(JsonValue value) {
        return ((JsonNumber) value).longValue();
    }

    static List<String> strings(JsonValue value) {
        return ((JsonArray) value).getValuesAs(JsonString::getString);
    }

    /** Moves the server clock forward; the deadlines due by then have been handled when this returns. */
    Instant advanceClock(Duration by) throws Exception {
        return Instant.parse(((JsonString) support("advance-clock?millis=" + by.toMillis())).getString());
    }

    /** Moves the server clock to {@code at} (or leaves it, when it is later already). */
    void advanceClockTo(Instant at) throws Exception {
        Instant now = advanceClock(Duration.ZERO);
        advanceClock(Duration.ofMillis(Math.max(0, Duration.between(now, at).toMillis() + 1)));
    }

    /** Polls a condition the clients reach on their own (bots reacting to each other), up to a limit. */
    static void eventually(Duration limit, java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within " + limit);
            Thread.sleep(20);
        }
    }

    /** A bot's send, on the pool, only while the bots run. */
    static void later(
            java.util.concurrent.ScheduledExecutorService pool,
            java.util.concurrent.atomic.AtomicBoolean running,
            long delayMillis,
            Runnable send) {
        if (!running.get()) {
            return;
        }
        try {
            pool.schedule(
                    () -> {
                        if (running.get()) {
                            send.run();
                        }
                    },
                    delayMillis,
                    TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // the bots have stopped
        }
    }

    long newSession(String name, int meetingSeconds, boolean allowRematch, int maxExtensions, String onlyType)
            throws Exception {
        String query = "session?name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                + "&meetingSeconds=" + meetingSeconds + "&allowRematch=" + allowRematch
                + "&maxExtensions=" + maxExtensions + (onlyType == null ? "" : "&onlyPairsOfType=" + onlyType);
        return number(support(query));
    }

    long accountId(String email) throws Exception {
        return number(support("account?email=" + email));
    }
}
