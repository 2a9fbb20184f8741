package org.hallway.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hallway.agenda.entity.SessionType;
import org.hallway.analytics.AnalyticsSeed.Side;
import org.hallway.analytics.boundary.Analytics;
import org.hallway.analytics.boundary.PresenceLog;
import org.hallway.analytics.control.EventFigures;
import org.hallway.analytics.control.NetworkingFigures;
import org.hallway.analytics.control.SessionAnalytics;
import org.hallway.analytics.control.SessionFigures;
import org.hallway.demo.DemoEvent;
import org.hallway.networking.entity.EndReason;
import org.hallway.networking.entity.MediaRoute;
import org.hallway.testing.Deployments;
import org.hallway.testing.SettableClock;
import org.hallway.testing.TestData;
import org.hallway.testing.TestSocket;
import org.hallway.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisers' analytics in the container, on seeded facts whose figures are computed by hand
 * below: aggregate SQL on the real schema (H2 here, PostgreSQL in the matrix), presence recording,
 * the page and its CSV downloads.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsIT {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final LocalDateTime T = LocalDateTime.of(2026, 1, 10, 10, 0);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("analytics").addClasses(AnalyticsSeed.class, AnalyticsSeed.Side.class);
    }

    @Inject
    AnalyticsSeed seed;

    @Inject
    TestData data;

    @Inject
    Analytics analytics;

    @Inject
    PresenceLog presence;

    @Inject
    SettableClock clock;

    @ArquillianResource
    URL url;

    private long a() {
        return data.accountId(DemoEvent.ATTENDEES.get(0));
    }

    private long b() {
        return data.accountId(DemoEvent.ATTENDEES.get(1));
    }

    private long c() {
        return data.accountId(DemoEvent.ATTENDEES.get(2));
    }

    private long d() {
        return data.accountId(DemoEvent.ATTENDEES.get(3));
    }

    private static String slug() {
        return "analytics-" + NEXT.incrementAndGet();
    }

    private Analytics.Report report(String slug) {
        return analytics.report(slug, SessionAnalytics.Sort.START, false).orElseThrow();
    }

    /** Five meetings: two clean ones, one that failed for media, one with a lost partner, one running. */
    private long networkingSession(String slug) {
        long s = seed.session(slug, SessionType.NETWORKING, "Speed networking", T);
        long m1 = seed.meeting(
                s,
                new Side(a(), 1000, true, MediaRoute.HOST),
                new Side(b(), 3000, true, MediaRoute.RELAY),
                T,
                300,
                1,
                EndReason.TIME);
        long m2 = seed.meeting(
                s,
                new Side(a(), 2000, true, MediaRoute.HOST),
                new Side(c(), 0, true, MediaRoute.HOST),
                T.plusMinutes(10),
                120,
                0,
                EndReason.LEFT);
        // media reached one side only: failed, never "connected", even with a route reported
        seed.meeting(
                s,
                new Side(b(), 5000, true, MediaRoute.SRFLX),
                new Side(c(), 4000, false, null),
                T.plusMinutes(20),
                20,
                0,
                EndReason.MEDIA_FAILED);
        seed.meeting(
                s,
                new Side(c(), 0, true, null),
                new Side(d(), 6000, true, null),
                T.plusMinutes(30),
                60,
                0,
                EndReason.PARTNER_LOST);
        // running now (by the server's clock): a meeting whose end passed would be ended by the floor's recovery
        seed.meeting(
                s,
                new Side(a(), 500, true, null),
                new Side(d(), 500, false, null),
                LocalDateTime.ofInstant(clock.advance(Duration.ZERO), java.time.ZoneOffset.UTC),
                300,
                0,
                null);
        seed.connection(m1, true);
        seed.connection(m2, false);
        seed.rating(m1, a(), 5);
        seed.rating(m1, b(), 4);
        seed.rating(m2, a(), null);
        return s;
    }

    @Test
    void networkingFiguresMatchTheHandComputedOnes() {
        String slug = slug();
        data.event(slug);
        long session = networkingSession(slug);
        List<NetworkingFigures> all = report(slug).networking();
        assertEquals(1, all.size());
        NetworkingFigures n = all.get(0);
        assertEquals(session, n.sessionId());
        assertEquals(5, n.meetings(), "meetings made");
        assertEquals(3, n.connected(), "both sides' media flowed: m1, m2, m4 (not the media-failed one)");
        assertEquals(1, n.mediaFailed());
        assertEquals(1, n.partnerLost());
        assertEquals(4, n.held(), "all but the media-failed one, the running one included");
        assertEquals(160, n.averageSeconds(), "(300 + 120 + 60) / 3 ended held meetings");
        assertEquals(120, n.medianSeconds());
        assertEquals(0.25, n.extensionRate(), 1e-9);
        assertEquals(0.5, n.requestRate(), 1e-9);
        assertEquals(0.5, n.acceptanceRate(), 1e-9);
        // waits of both sides: 0 0 500 500 1000 2000 3000 4000 5000 6000
        assertEquals(1000, n.waitP50Millis());
        assertEquals(6000, n.waitP95Millis());
        assertEquals(3, n.routed(), "m1, m2 and m3 reported a route");
        assertEquals(1.0 / 3, n.relayedShare(), 1e-9);
        assertEquals(2, n.ratings(), "a rating without stars does not count");
        assertEquals(4.5, n.averageRating(), 1e-9);
    }

    @Test
    void aNetworkingSessionWithoutMeetingsHasNoRatesRatherThanZeroes() {
        String slug = slug();
        data.event(slug);
        seed.session(slug, SessionType.NETWORKING, "Empty", T);
        NetworkingFigures n = report(slug).networking().get(0);
        assertEquals(0, n.meetings());
        assertNull(n.averageSeconds());
        assertNull(n.medianSeconds());
        assertNull(n.waitP50Millis());
        assertNull(n.extensionRate());
        assertNull(n.relayedShare());
        assertNull(n.averageRating());
    }

    @Test
    void sessionFiguresCountEachAttendeeOnceAndAHandOverIsNotTwoAtOnce() {
        String slug = slug();
        data.event(slug);
        long talk = seed.session(slug, SessionType.STAGE, "Keynote", T);
        long other = seed.session(slug, SessionType.SESSION, "Workshop", T.plusHours(3));
        // A twice (a reload: 30 + 10 min), B 10 min, C enters as B leaves: never three at once
        seed.visit(talk, a(), T, T.plusMinutes(30));
        seed.visit(talk, a(), T.plusMinutes(40), T.plusMinutes(50));
        seed.visit(talk, b(), T.plusMinutes(10), T.plusMinutes(20));
        seed.visit(talk, c(), T.plusMinutes(20), T.plusMinutes(60));
        seed.chat(talk, a(), false);
        seed.chat(talk, b(), false);
        seed.chat(talk, b(), true);
        seed.chat(other, c(), false);
        seed.question(talk, a());
        seed.question(talk, c());
        // survey answers: A 5 and 3, B 4 and none, C only text: (5 + 3 + 4) / 3
        seed.survey(talk, new long[] {a(), 5, 3}, new long[] {b(), 4, 0}, new long[] {c(), 0, 0});

        List<SessionFigures> sessions = report(slug).sessions();
        assertEquals(
                List.of("Keynote", "Workshop"),
                sessions.stream().map(SessionFigures::name).toList());
        SessionFigures keynote = sessions.get(0);
        assertEquals(3, keynote.uniqueAttendees());
        assertEquals(2, keynote.peakConcurrent());
        assertEquals(30, keynote.averageMinutes(), "(40 + 10 + 40) / 3");
        assertEquals(2, keynote.chatMessages(), "a deleted message does not count");
        assertEquals(2, keynote.questions());
        assertEquals(3, keynote.ratings());
        assertEquals(4.0, keynote.rating(), 1e-9);
        SessionFigures workshop = sessions.get(1);
        assertEquals(0, workshop.uniqueAttendees());
        assertEquals(0, workshop.peakConcurrent());
        assertEquals(1, workshop.chatMessages());
        assertNull(workshop.rating(), "no survey, no rating");

        var byAttendees = analytics
                .report(slug, SessionAnalytics.Sort.ATTENDEES, true)
                .orElseThrow()
                .sessions();
        assertEquals("Keynote", byAttendees.get(0).name());
        var byChatAscending = analytics
                .report(slug, SessionAnalytics.Sort.CHAT, false)
                .orElseThrow()
                .sessions();
        assertEquals("Workshop", byChatAscending.get(0).name());
    }

    @Test
    void eventFiguresCountRegistrationsPerDayAndTypeAndWhoCameAndJoined() {
        String slug = slug();
        data.event(slug);
        LocalDate day1 = LocalDate.of(2026, 1, 2);
        seed.ticket(slug, "General", a(), day1.atTime(9, 0));
        seed.ticket(slug, "General", b(), day1.atTime(18, 0));
        seed.ticket(slug, "Unused", c(), day1.plusDays(1).atTime(8, 0));
        seed.ticket(slug, "General", d(), day1.plusDays(3).atTime(8, 0));
        long eventId = data.eventId(slug);
        long talk = seed.session(slug, SessionType.STAGE, "Keynote", T);
        seed.visit(talk, a(), T, T.plusMinutes(5));
        long net = seed.session(slug, SessionType.NETWORKING, "Speed", T);
        seed.meeting(net, new Side(b(), 0, true, null), new Side(c(), 0, true, null), T, 60, 0, EndReason.TIME);

        // A opens the event in two tabs and reloads; B comes while A is there; the organiser (no ticket) too
        long admin = data.accountId(DemoEvent.ADMIN_EMAIL);
        presence.arrived(eventId, a());
        presence.arrived(eventId, a());
        presence.left(eventId, a());
        clock.advance(Duration.ofSeconds(5));
        presence.arrived(eventId, a());
        presence.arrived(eventId, b());
        presence.arrived(eventId, admin);
        assertEquals(1, seed.presenceRows(slug, a()), "a reload continues the stay");

        EventFigures f = report(slug).figures();
        assertEquals(4, f.registrations());
        assertEquals(
                List.of(
                        new EventFigures.Registrations(day1, "General", 2),
                        new EventFigures.Registrations(day1.plusDays(1), "Unused", 1),
                        new EventFigures.Registrations(day1.plusDays(3), "General", 1)),
                f.registrationsByDay());
        assertEquals(2, f.loggedIn(), "A and B; the organiser holds no ticket");
        assertEquals(3, f.joined(), "A in a room, B and C in a meeting; D never joined");
        assertEquals(3, f.peakConcurrent(), "A, B and the organiser at once");

        presence.left(eventId, b());
        clock.advance(Duration.ofMinutes(2));
        presence.arrived(eventId, b());
        assertEquals(2, seed.presenceRows(slug, b()), "back after two minutes: a new stay");
        assertEquals(2, report(slug).figures().loggedIn(), "still two people");
    }

    @Test
    void thePageShowsTheFiguresAndEveryTableDownloadsAsDefusedCsvToOrganisersOnly() throws Exception {
        String slug = slug();
        data.event(slug);
        networkingSession(slug);
        long talk = seed.session(slug, SessionType.STAGE, "=cmd|' /C calc'!A0", T);
        seed.visit(talk, a(), T, T.plusMinutes(5));

        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        var page = admin.get("admin/analytics.xhtml?event=" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Speed networking"), page.body());
        assertTrue(page.body().contains("<td>33.3</td>"), "the TURN share is on the page");
        assertTrue(page.body().contains("figure data-chart"), "charts are drawn from the tables");

        var csv = admin.get("admin/analytics/networking.csv?event=" + slug);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("Networking session,Meetings made,Really connected,Failed media,Partner lost"));
        assertEquals("Speed networking,5,3,1,1,160,120,25.0,50.0,50.0,1.0,6.0,33.3,4.5,2", lines[1]);
        var sessions = admin.get("admin/analytics/sessions.csv?event=" + slug).body();
        assertTrue(sessions.contains("\n'=cmd|' /C calc'!A0,STAGE,"), sessions);
        assertEquals(404, admin.get("admin/analytics/secrets.csv?event=" + slug).statusCode());
        assertEquals(
                404,
                admin.get("admin/analytics/sessions.csv?event=no-such-event").statusCode());

        var attendee = new WebClient(url);
        assertTrue(attendee.login(DemoEvent.ATTENDEES.get(0), DemoEvent.PASSWORD));
        assertEquals(
                403,
                attendee.get("admin/analytics/networking.csv?event=" + slug).statusCode());
    }

    @Test
    void theLiveDashboardPushesTheFloorToOrganisersOnlyAndTheCallsFactsAreRecorded() throws Exception {
        long session = data.networkingSession("Dashboard " + NEXT.incrementAndGet(), 120, true, 1, null);
        long demo = data.eventId(DemoEvent.SLUG);
        TestSocket board = TestSocket.event(login(DemoEvent.ADMIN_EMAIL), DemoEvent.SLUG);
        board.await("opened");
        board.send("{\"type\":\"subscribe\",\"id\":\"f1\",\"data\":{\"channel\":\"floor:" + session + "\"}}");
        board.await("subscribed");
        JsonObject first = data(board.await("floor-stats"));
        assertEquals(0, first.getInt("ready"));
        assertEquals("floor:" + session, first.getString("channel"));

        WebClient adaWeb = login(DemoEvent.ATTENDEES.get(0));
        WebClient graceWeb = login(DemoEvent.ATTENDEES.get(1));
        TestSocket adaEvent = TestSocket.event(adaWeb, DemoEvent.SLUG);
        adaEvent.await("opened");
        adaEvent.send("{\"type\":\"subscribe\",\"id\":\"f2\",\"data\":{\"channel\":\"floor:" + session + "\"}}");
        assertEquals("not-admitted", data(adaEvent.await("error")).getString("code"), "organisers only");

        TestSocket a = TestSocket.open(adaWeb, session);
        TestSocket b = TestSocket.open(graceWeb, session);
        a.await("welcome");
        b.await("welcome");
        a.send("ready", null);
        board.await("floor-stats", m -> data(m).getInt("ready") == 1, Duration.ofSeconds(15));
        b.send("ready", null);
        a.await("matched");
        b.await("matched");
        JsonObject meeting = data(board.await(
                "floor-stats",
                m -> data(m).getInt("meetingsRunning") == 1 && data(m).getInt("ready") == 0,
                Duration.ofSeconds(15)));
        assertEquals(1, meeting.getInt("meetingsTotal"));

        b.send("{\"type\":\"media-flowing\",\"id\":\"mf\",\"data\":{\"route\":\"satellite\"}}");
        assertEquals("malformed", data(b.await("error")).getString("code"), "an unknown route is refused");
        a.send("{\"type\":\"media-flowing\",\"data\":{\"route\":\"relay\"}}");
        b.send("{\"type\":\"media-flowing\",\"data\":{\"route\":\"host\"}}");
        NetworkingFigures n = null;
        for (long until = System.currentTimeMillis() + 15_000; System.currentTimeMillis() < until; Thread.sleep(100)) {
            n = analytics.networking(session, demo).orElseThrow();
            if (n.connected() == 1) {
                break;
            }
        }
        assertEquals(1, n.meetings());
        assertEquals(1, n.connected(), "both sides' media flowed");
        assertEquals(1, n.routed());
        assertEquals(1.0, n.relayedShare(), 1e-9, "one side went through TURN");
        assertNotNull(n.waitP50Millis(), "the waits were recorded");
        a.close();
        b.close();
        adaEvent.close();
        board.close();
    }

    private WebClient login(String email) throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(email, DemoEvent.PASSWORD));
        return web;
    }

    private static JsonObject data(JsonObject message) {
        return message.getJsonObject("data");
    }
}
