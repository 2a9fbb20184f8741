package org.hallway.networking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.Deployments;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Chrome;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The networking tab in real browsers: two headless Chromiums with fake cameras meet in the demo's
 * LIVE networking session over WebRTC, connect, extend and leave; a third without a ticket is
 * refused; two attendees chat beside the floor and privately, with the unread badge live in two tabs.
 * The same deployment also walks a session room: started by the organiser, live on two attendees'
 * agendas without a reload, its video playing, Q&A and a pin.
 * One Payara start for the class; browsers are closed (and on failure photographed) by
 * {@link BrowserArtifacts}.
 */
@ExtendWith({ArquillianExtension.class, BrowserArtifacts.class})
@RunAsClient
class NetworkingBrowserIT {

    private static final Duration SHORT = Duration.ofSeconds(15);
    private static final Duration CALL = Duration.ofSeconds(30);
    private static final Pattern SESSION = Pattern.compile("session=(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        WebArchive war = Deployments.application("browser").addClass(ShortNetworkingRules.class);
        // The test configuration, with an extension window wide enough for two browsers to click in.
        war.addAsResource(
                new StringAsset(Deployments.configuration("hallway.networking.extension-window-seconds="
                        + ShortNetworkingRules.EXTENSION_WINDOW_SECONDS)),
                "META-INF/microprofile-config.properties");
        File vendor = new File("target/hallway/resources/vendor");
        if (vendor.isDirectory()) { // the npm-built library, when the build made it
            war.merge(
                    ShrinkWrap.create(ExplodedImporter.class)
                            .importDirectory(vendor)
                            .as(GenericArchive.class),
                    "/resources/vendor");
        }
        return war;
    }

    @ArquillianResource
    URL url;

    /** The deployment on localhost (the connector reports the external address). */
    private String base() {
        String path = url.getPath().endsWith("/") ? url.getPath() : url.getPath() + "/";
        return "http://localhost:" + url.getPort() + path;
    }

    /** Moves the server's settable clock forward (testing/advance-clock); returns the server's time then. */
    private long advanceServerClock(long millis) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(base() + "testing/advance-clock?millis=" + millis))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return java.time.Instant.parse(response.body().replace("\"", "")).toEpochMilli();
    }

    private void advanceServerClockTo(long epochMillis) throws Exception {
        advanceServerClock(Math.max(0, epochMillis - advanceServerClock(0) + 1));
    }

    /** A figure of the live dashboard as the page shows it. */
    private static String figure(Chrome browser, String name) {
        return (String) browser.script(
                "return document.querySelector('[data-figure=\"' + arguments[0] + '\"]').textContent", name);
    }

    /** Follows the event's Networking tab to its one LIVE session; returns the session id. */
    private String enterNetworking(Chrome browser) {
        browser.get(base() + "event/networking.xhtml?event=" + DemoEvent.SLUG);
        Matcher m = SESSION.matcher(browser.currentUrl());
        assertTrue(m.find(), "the event's networking tab leads to its live session: " + browser.currentUrl());
        return m.group(1);
    }

    @Test
    void twoAttendeesMeetConnectExtendAndLeaveOverARealCall() throws Exception {
        Chrome ada = Chrome.start("ada");
        Chrome grace = Chrome.start("grace");
        ada.login(base(), "ada@hallway.test", DemoEvent.PASSWORD);
        grace.login(base(), "grace@hallway.test", DemoEvent.PASSWORD);
        String session = enterNetworking(ada);
        assertEquals(session, enterNetworking(grace));

        // The organiser watches the session's live dashboard (pushed over the event socket) meanwhile.
        Chrome olivia = Chrome.start("olivia-dashboard");
        olivia.login(base(), DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD);
        olivia.get(base() + "admin/dashboard.xhtml?event=" + DemoEvent.SLUG + "&session=" + session);
        olivia.waitFor(SHORT, d -> "0".equals(figure(olivia, "meetingsRunning")));
        long startedBefore = Long.parseLong(figure(olivia, "meetingsTotal"));

        for (Chrome c : new Chrome[] {ada, grace}) {
            c.waitFor(SHORT, ExpectedConditions.elementToBeClickable(c.element("ready-button")));
            assertEquals("I'm Ready", c.text("ready-button"));
        }
        ada.click("ready-button");
        olivia.waitFor(SHORT, d -> "1".equals(figure(olivia, "ready")));
        grace.click("ready-button");

        ada.waitFor(SHORT, ExpectedConditions.textToBe(By.id("partner-name"), "Grace Hopper"));
        grace.waitFor(SHORT, ExpectedConditions.textToBe(By.id("partner-name"), "Ada Lovelace"));
        olivia.waitFor(
                SHORT, d -> "1".equals(figure(olivia, "meetingsRunning")) && "0".equals(figure(olivia, "ready")));
        assertEquals(
                startedBefore + 1, Long.parseLong(figure(olivia, "meetingsTotal")), "the dashboard counted the match");
        assertEquals("1", figure(olivia, "meetingsLastMinute"));
        olivia.quit(); // two browsers in a call are load enough for a 2-core machine
        assertEquals("Compiler pioneer", ada.text("partner-headline"));

        for (Chrome c : new Chrome[] {ada, grace}) {
            c.waitFor(CALL, d -> {
                Map<String, Object> stats = c.callStats();
                return "connected".equals(stats.get("connectionState"))
                        && ((Number) stats.get("framesDecoded")).longValue() > 0;
            });
            Number firstFrame = c.waitFor(SHORT, d -> (Number) c.script("return window.hallway.matchToFirstFrameMs"));
            System.out.printf("%s: match -> first decoded remote frame %d ms%n", c.name(), firstFrame.longValue());
        }
        assertTrue(ada.text("countdown").matches("[0-2]:[0-5]\\d"), "countdown m:ss: " + ada.text("countdown"));
        assertFalse(ada.element("extend-button").isDisplayed(), "no Extend before the offer");
        assertTrue(ada.element("hangup-button").isDisplayed()
                && ada.element("leave-button").isDisplayed());

        ada.click("connect-button");
        ada.waitFor(SHORT, ExpectedConditions.textToBe(By.id("connect-button"), "Requested"));
        grace.waitFor(SHORT, ExpectedConditions.textToBe(By.id("connect-button"), "Accept"));
        grace.click("connect-button");
        for (Chrome c : new Chrome[] {ada, grace}) {
            c.waitFor(SHORT, ExpectedConditions.textToBe(By.id("connect-button"), "Connected"));
        }
        // The meeting's chat beside the video, and the partner card's link to a private conversation.
        for (Chrome c : new Chrome[] {ada, grace}) {
            c.waitFor(
                    SHORT,
                    ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#meeting-chat[data-channel^='meeting:']")));
        }
        say(grace, "meeting-chat", "can't hear you, my e-mail: grace@example.org");
        ada.waitFor(SHORT, chatShows("meeting-chat", "can't hear you"));
        Object meetingId = ada.script("return window.hallway.meetingId");
        assertTrue(
                ada.element("partner-message").getAttribute("href").contains("partnerOf="),
                ada.element("partner-message").getAttribute("href"));
        ada.script("window.scrollTo(0, 0)");
        byte[] meeting = ada.screenshot();

        // The extension is offered EXTENSION_WINDOW_SECONDS before the end: the server clock is moved there.
        assertFalse(ada.element("extend-button").isDisplayed(), "no Extend before the offer");
        advanceServerClockTo(((Number) ada.script("return window.hallway.endsAt")).longValue()
                - ShortNetworkingRules.EXTENSION_WINDOW_SECONDS * 1000L);
        for (Chrome c : new Chrome[] {ada, grace}) {
            c.waitFor(CALL, ExpectedConditions.elementToBeClickable(c.element("extend-button")));
        }
        ada.click("extend-button");
        grace.waitFor(
                SHORT, ExpectedConditions.textToBePresentInElementLocated(By.id("extend-state"), "partner accepted"));
        long endsAt = ((Number) grace.script("return window.hallway.endsAt")).longValue();
        grace.click("extend-button");
        for (Chrome c : new Chrome[] {ada, grace}) {
            c.waitFor(SHORT, d -> ((Number) c.script("return window.hallway.endsAt")).longValue() != endsAt);
            assertEquals(
                    endsAt + ShortNetworkingRules.MEETING_SECONDS * 1000L / 2,
                    ((Number) c.script("return window.hallway.endsAt")).longValue(),
                    "the end moved by half the meeting duration");
        }
        // The countdown shows the extended end on the server's clock (learnt from the messages' serverTime).
        int shown = seconds(grace.text("countdown"));
        long left =
                (((Number) grace.script("return window.hallway.endsAt")).longValue() - advanceServerClock(0)) / 1000;
        assertTrue(
                left > ShortNetworkingRules.EXTENSION_WINDOW_SECONDS && Math.abs(shown - left) <= 2,
                "countdown " + shown + " s, " + left + " s left on the server clock");

        ada.click("leave-button");
        for (Chrome c : new Chrome[] {ada, grace}) {
            c.waitFor(SHORT, ExpectedConditions.visibilityOf(c.element("ready-view")));
            assertFalse(c.element("meeting-view").isDisplayed());
            assertEquals("ready", c.script("return window.hallway.view"));
            assertTrue(c.element("ready-button").isDisplayed(), "back at \"I'm Ready\"");
        }
        assertTrue(grace.text("last-meeting").contains("Your partner left"), grace.text("last-meeting"));

        ada.click("matches-link");
        ada.waitFor(SHORT, d -> d.getCurrentUrl().contains("matches.xhtml?session=" + session));
        assertTrue(ada.pageText().contains("Grace Hopper"), "View Matches lists the partner: " + ada.pageText());
        // the meeting's chat stays readable afterwards, from View Matches
        // (the demo's Ada also met Alan in this session earlier: Grace's row's link)
        // (and met Grace in this deployment's other tests: this meeting's link, by its id)
        ada.script(
                "[...document.querySelectorAll('a[id$=\"meeting-chat\"]')]"
                        + ".find(a => a.closest('tr').textContent.includes('Grace Hopper')"
                        + " && new URL(a.href).searchParams.get('meeting') === String(arguments[0])).click()",
                meetingId);
        ada.waitFor(SHORT, chatShows("meeting-chat", "can't hear you"));

        // The virtual background, from the library bundled into the WAR: segmentation runs in the
        // browser and the preview (and a call's sender) gets the processed canvas track. Checked
        // alone, as software WebGL segmentation is heavy for a 2-core machine.
        grace.quit();
        ada.get(base() + "event/networking.xhtml?session=" + session);
        ada.waitFor(SHORT, ExpectedConditions.elementToBeClickable(ada.element("ready-button")));
        ada.click("settings-button");
        assertTrue(ada.element("camera-select").isDisplayed(), "the device switcher opens");
        ada.script("document.querySelector('input[name=background][value=blur]').click()");
        long blurStart = System.nanoTime();
        ada.waitFor(Duration.ofSeconds(45), d -> "blur".equals(ada.script("return window.hallway.background")));
        System.out.printf("Background blur on after %d ms%n", (System.nanoTime() - blurStart) / 1_000_000);
        assertEquals(
                Boolean.TRUE,
                ada.script("return document.getElementById('preview').srcObject.getVideoTracks()[0]"
                        + " instanceof CanvasCaptureMediaStreamTrack"),
                "the outgoing video is the processed canvas");
        assertEquals("Background effect on.", ada.text("background-state"));
        ada.script("document.querySelector('input[name=background][value=none]').click()");
        ada.waitFor(SHORT, d -> "none".equals(ada.script("return window.hallway.background")));

        Path screenshot = Chrome.buildDir().resolve("meeting.png");
        Files.write(screenshot, meeting);
        System.out.println("Screenshot of the live meeting: " + screenshot.toAbsolutePath());
    }

    /** The call is up: connected, and remote frames decoded beyond {@code atLeast}. */
    private static ExpectedCondition<Boolean> videoFlows(Chrome c, long atLeast) {
        return d -> {
            Map<String, Object> stats = c.callStats();
            return "connected".equals(stats.get("connectionState"))
                    && ((Number) stats.get("framesDecoded")).longValue() > atLeast;
        };
    }

    @Test
    void aTenSecondNetworkDropInAMeetingResumesTheSameMeetingAndItsVideo() throws Exception {
        // Alan and Barbara: the other tests' pairs keep their View Matches as those tests expect them
        Chrome alan = Chrome.start("alan-drop");
        Chrome barbara = Chrome.start("barbara-drop");
        alan.login(base(), "alan@hallway.test", DemoEvent.PASSWORD);
        barbara.login(base(), "barbara@hallway.test", DemoEvent.PASSWORD);
        enterNetworking(alan);
        enterNetworking(barbara);
        for (Chrome c : new Chrome[] {alan, barbara}) {
            c.click("ready-button");
        }
        alan.waitFor(SHORT, ExpectedConditions.textToBe(By.id("partner-name"), "Barbara Liskov"));
        barbara.waitFor(SHORT, ExpectedConditions.textToBe(By.id("partner-name"), "Alan Turing"));
        for (Chrome c : new Chrome[] {alan, barbara}) {
            c.waitFor(CALL, videoFlows(c, 0));
        }
        Object meeting = alan.script("return window.hallway.meetingId");
        Object endsAt = alan.script("return window.hallway.endsAt");
        for (Chrome c : new Chrome[] {alan, barbara}) {
            c.script("window.hallway.pc.beforeTheDrop = true");
        }

        // Alan's network goes away for 10 s: no new connection gets through, and his open ones die
        // (DevTools' offline mode alone leaves open WebSockets and the call running).
        alan.offline(true);
        assertEquals(Boolean.FALSE, alan.script("return navigator.onLine"));
        long cut = System.nanoTime();
        assertTrue(alan.dropConnectionsTo(url.getPort()) > 0, "Alan's sockets to the server were dropped");
        barbara.waitFor(
                SHORT,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("call-state"), "Your partner's connection dropped"));
        alan.waitFor(SHORT, d -> "reconnecting".equals(alan.script("return window.hallway.socketStatus")));
        Thread.sleep(Math.max(0, 10_000 - (System.nanoTime() - cut) / 1_000_000)); // the outage itself
        alan.offline(false);
        long restored = System.nanoTime();

        alan.waitFor(SHORT, d -> Boolean.TRUE.equals(alan.script("return window.hallway.socketOpen")));
        long reconnectMs = (System.nanoTime() - restored) / 1_000_000;
        for (Chrome c : new Chrome[] {alan, barbara}) {
            assertEquals(
                    "meeting",
                    c.script("return window.hallway.view"),
                    c.name() + " is still in a meeting: " + c.text("last-meeting"));
            assertEquals(
                    meeting, c.script("return window.hallway.meetingId"), c.name() + " is still in the same meeting");
            assertEquals(
                    endsAt, c.script("return window.hallway.endsAt"), "the countdown continues towards the same end");
            c.waitFor(
                    SHORT,
                    d -> Boolean.TRUE.equals(
                            c.script("return !!window.hallway.pc && !window.hallway.pc.beforeTheDrop")));
            c.waitFor(CALL, videoFlows(c, 0)); // the fresh call (after partner-back) decodes the partner's video
        }
        long videoMs = (System.nanoTime() - restored) / 1_000_000;
        assertTrue(alan.text("countdown").matches("[0-2]:[0-5]\\d"), "the countdown runs: " + alan.text("countdown"));
        assertFalse(barbara.text("last-meeting").contains("lost their connection"), barbara.text("last-meeting"));
        System.out.printf(
                "10 s network drop: socket back %d ms and video back %d ms after the network%n", reconnectMs, videoMs);
        alan.click("leave-button");
        barbara.waitFor(SHORT, ExpectedConditions.visibilityOf(barbara.element("ready-view")));
        advanceServerClock(61_000); // out of the dashboard's "last minute" before another test counts its meeting there
    }

    @Test
    void anAttendeeWithoutATicketIsRefusedTheNetworkingTab() throws Exception {
        Chrome outsider = Chrome.start("outsider");
        outsider.login(base(), ShortNetworkingRules.OUTSIDER, DemoEvent.PASSWORD);
        enterNetworking(outsider);
        assertTrue(
                outsider.text("refusal")
                        .contains("You need a ticket to enter the Networking session, even as an admin"),
                outsider.text("refusal"));
        assertFalse(outsider.exists("networking-app"), "no call UI");
        assertFalse(outsider.exists("ready-button"), "no \"I'm Ready\"");
        assertEquals(
                Boolean.TRUE, outsider.script("return typeof window.hallway === 'undefined'"), "no script, no socket");
    }

    @Test
    void anEventPageKeepsTheEventSocketOpenAndShowsItOnlyToThoseAdmitted() throws Exception {
        Chrome ada = Chrome.start("ada-agenda");
        ada.login(base(), "ada@hallway.test", DemoEvent.PASSWORD);
        ada.get(base() + "event/agenda.xhtml?event=" + DemoEvent.SLUG);
        String state = "return document.querySelector('#realtime-connection .realtime-state').dataset.state";
        ada.waitFor(SHORT, d -> "open".equals(ada.script(state)));
        assertEquals("Live", ada.element("realtime-connection").getText().strip());

        Chrome outsider = Chrome.start("outsider-agenda");
        outsider.login(base(), ShortNetworkingRules.OUTSIDER, DemoEvent.PASSWORD);
        outsider.get(base() + "event/agenda.xhtml?event=" + DemoEvent.SLUG);
        assertTrue(outsider.pageText().contains("You need a ticket for this event"), outsider.pageText());
        assertFalse(outsider.exists("realtime-connection"), "no event socket without a ticket");
    }

    private static int seconds(String countdown) {
        String[] parts = countdown.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    // ---------------------------------------------------------------- session rooms (issue 13)

    private static final String TALK = "Goto considered harmful, revisited";

    /** The talk's card on the agenda: its state badge and whether Join is there, read in the page. */
    private static String card(Chrome browser) {
        return (String) browser.script(
                "const a = [...document.querySelectorAll('article[data-session]')]"
                        + ".find(x => x.querySelector('h3').textContent.trim() === arguments[0]);"
                        + "return a ? a.className + (a.querySelector('a.join') ? ' JOIN' : '') : 'none';",
                TALK);
    }

    /** Marks the page: the mark survives everything but a reload or navigation. */
    private static void markPage(Chrome browser) {
        browser.script("window.hallwayNotReloaded = true;");
    }

    private static void assertNotReloaded(Chrome browser, String what) {
        assertEquals(
                Boolean.TRUE,
                browser.script("return window.hallwayNotReloaded === true"),
                browser.name() + " did not reload the page: " + what);
    }

    private static double videoTime(Chrome browser) {
        return ((Number) browser.script("return document.getElementById('room-video').currentTime")).doubleValue();
    }

    private static String votes(Chrome browser, String question) {
        return (String) browser.script(
                "const q = [...document.querySelectorAll('li.question')]"
                        + ".find(li => li.textContent.includes(arguments[0]));"
                        + " return q ? q.querySelector('.votes').textContent.trim() : null;",
                question);
    }

    /** The pinned item's text above the stream, read in the page (it is re-rendered as the room changes). */
    private static String pinned(Chrome browser) {
        return (String) browser.script("const p = document.getElementById('pinned'); return p ? p.textContent : '';");
    }

    private static ExpectedCondition<Boolean> pinnedShows(Chrome browser, String text) {
        return d -> pinned(browser).contains(text);
    }

    @Test
    void aStartedSessionGoesLiveOnTheAgendaWithoutReloadItsRoomPlaysChatsAndTakesQuestionsAndPinsLive()
            throws Exception {
        Chrome olivia = Chrome.start("olivia");
        Chrome ada = Chrome.start("ada-room");
        Chrome grace = Chrome.start("grace-room");
        olivia.login(base(), DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD);
        ada.login(base(), "ada@hallway.test", DemoEvent.PASSWORD);
        grace.login(base(), "grace@hallway.test", DemoEvent.PASSWORD);
        String live = "return document.querySelector('#realtime-connection .realtime-state').dataset.state";
        for (Chrome c : new Chrome[] {ada, grace}) {
            c.get(base() + "event/agenda.xhtml?event=" + DemoEvent.SLUG);
            assertTrue(card(c).contains("SCHEDULED") && !card(c).contains("JOIN"), card(c));
            c.waitFor(SHORT, d -> "open".equals(c.script(live)));
            markPage(c);
        }

        olivia.get(base() + "admin/sessions.xhtml?event=" + DemoEvent.SLUG);
        olivia.script(
                "[...document.querySelectorAll('tr')].find(r => r.textContent.includes(arguments[0]))"
                        + ".querySelector('input[value=Start]').click();",
                TALK);

        // Both agendas turn the card LIVE with its Join link, without a reload.
        for (Chrome c : new Chrome[] {ada, grace}) {
            c.waitFor(SHORT, d -> card(c).contains("LIVE") && card(c).contains("JOIN"));
            assertNotReloaded(c, "the agenda went LIVE");
        }
        String join =
                "[...document.querySelectorAll('article[data-session]')].find(a => a.textContent.includes(arguments[0]))"
                        + ".querySelector('a.join').click();";
        ada.script(join, TALK);
        ada.waitFor(SHORT, d -> ada.exists("room-video"));
        ada.waitFor(CALL, d -> videoTime(ada) > 1.0);
        String room = ada.currentUrl();
        assertTrue(room.contains("session.xhtml?event=demo&session="), room);
        ada.waitFor(SHORT, d -> "open".equals(ada.script(live)));
        markPage(ada);
        int here = Integer.parseInt(ada.text("presence-count"));

        // Grace comes in: Ada's count of people here goes up without a reload.
        grace.script(join, TALK);
        grace.waitFor(SHORT, d -> grace.exists("room-video"));
        grace.waitFor(CALL, d -> videoTime(grace) > 1.0);
        grace.waitFor(SHORT, d -> "open".equals(grace.script(live)));
        markPage(grace);
        ada.waitFor(SHORT, d -> Integer.parseInt(ada.text("presence-count")) == here + 1);

        // Ada asks: the question appears at Grace live; Grace's upvote changes the count at Ada live.
        String question = "Is goto ever fine?";
        ada.element("qa:question").sendKeys(question);
        ada.click("qa:ask");
        ada.waitFor(SHORT, d -> "0".equals(votes(ada, question)));
        assertEquals("", ada.script("return document.getElementById('qa:question').value"), "the box is empty again");
        grace.waitFor(SHORT, d -> "0".equals(votes(grace, question)));
        grace.script(
                "[...document.querySelectorAll('li.question')].find(li => li.textContent.includes(arguments[0]))"
                        + ".querySelector('input[value*=Upvote]').click();",
                question);
        ada.waitFor(SHORT, d -> "1".equals(votes(ada, question)));
        grace.waitFor(SHORT, d -> "1".equals(votes(grace, question)));

        // the room's chat beside the stream
        ada.waitFor(SHORT, ExpectedConditions.presenceOfElementLocated(By.id("room-chat-text")));
        say(ada, "room-chat", "Great talk so far");
        grace.waitFor(SHORT, chatShows("room-chat", "Great talk so far"));

        // The organiser pins the question, then a chat message in its place: both attendees see each live.
        olivia.get(room);
        olivia.script(
                "[...document.querySelectorAll('li.question')].find(li => li.textContent.includes(arguments[0]))"
                        + ".querySelector('input[value=Pin]').click();",
                question);
        for (Chrome c : new Chrome[] {olivia, ada, grace}) {
            c.waitFor(SHORT, pinnedShows(c, question));
        }
        olivia.waitFor(SHORT, chatShows("room-chat", "Great talk so far"));
        olivia.waitFor(
                SHORT,
                d -> olivia.exists("room-chat")
                        && (Boolean)
                                olivia.script("return !!document.querySelector('#room-chat .chat-line .chat-pin')"));
        olivia.script(
                "[...document.querySelectorAll('#room-chat .chat-line')].find(l => l.textContent.includes(arguments[0]))"
                        + ".querySelector('.chat-pin').click();",
                "Great talk so far");
        for (Chrome c : new Chrome[] {olivia, ada, grace}) {
            c.waitFor(SHORT, pinnedShows(c, "Great talk so far"));
            assertTrue(pinned(c).strip().startsWith("Pinned message"), pinned(c));
        }
        assertFalse(
                (Boolean) ada.script("return !!document.querySelector('#room-chat .chat-pin')"),
                "attendees get no Pin button");
        assertFalse(ada.exists("pin:unpin"), "nor Unpin");

        // All of it without a reload, the stream still playing.
        for (Chrome c : new Chrome[] {ada, grace}) {
            double before = videoTime(c);
            c.waitFor(SHORT, d -> videoTime(c) != before);
            assertNotReloaded(c, "the room's live parts");
        }
    }

    // ---------------------------------------------------------------- surveys (issue 14)

    private static final String SURVEYED = "Can machines think?";

    @Test
    void anOrganiserBuildsASessionSurveyThatAnAttendeeOfItsRoomAnswersOnceItEndsAndTheResultsExport() throws Exception {
        Chrome olivia = Chrome.start("olivia-survey");
        Chrome ada = Chrome.start("ada-survey");
        olivia.login(base(), DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD);
        ada.login(base(), "ada@hallway.test", DemoEvent.PASSWORD);

        // the organiser builds the session's survey on its page: a required 1-5 question and a free text
        olivia.get(base() + "admin/surveys.xhtml?event=" + DemoEvent.SLUG);
        olivia.script(
                "const s = document.getElementById('builder:session');"
                        + " s.value = [...s.options].find(o => o.textContent.includes(arguments[0])).value;",
                SURVEYED);
        olivia.element("builder:title").sendKeys("Machines feedback");
        olivia.script(
                "document.getElementById('builder:closes').value = arguments[0];",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3).toString());
        olivia.element("builder:q0-prompt").sendKeys("How convincing was it?");
        olivia.script("document.getElementById('builder:q0-kind').value = 'SCALE';"
                + " document.getElementById('builder:q0-required').checked = true;"
                + " document.getElementById('builder:q1-kind').value = 'TEXT';");
        olivia.element("builder:q1-prompt").sendKeys("Anything else?");
        olivia.click("builder:create");
        olivia.waitFor(SHORT, d -> olivia.pageText().contains("Survey “Machines feedback” created."));

        // the session runs; Ada is in its room; the organiser ends it
        ada.get(base() + "event/agenda.xhtml?event=" + DemoEvent.SLUG);
        String session = (String) ada.script(
                "return [...document.querySelectorAll('article[data-session]')]"
                        + ".find(a => a.textContent.includes(arguments[0])).dataset.session",
                SURVEYED);
        olivia.get(base() + "admin/sessions.xhtml?event=" + DemoEvent.SLUG);
        olivia.script(
                "[...document.querySelectorAll('tr')].find(r => r.textContent.includes(arguments[0]))"
                        + ".querySelector('input[value=Start]').click();",
                SURVEYED);
        olivia.waitFor(SHORT, d -> olivia.pageText().contains("Session started"));
        ada.get(base() + "event/session.xhtml?event=" + DemoEvent.SLUG + "&session=" + session);
        ada.waitFor(SHORT, d -> ada.exists("room-video"));
        assertFalse(ada.pageText().contains("Tell us about " + SURVEYED), "not while it runs");
        olivia.script(
                "window.confirm = () => true;"
                        + " [...document.querySelectorAll('tr')].find(r => r.textContent.includes(arguments[0]))"
                        + ".querySelector('input[value=End]').click();",
                SURVEYED);
        olivia.waitFor(SHORT, d -> olivia.pageText().contains("Session ended."));

        // Ada is asked on the agenda, answers, and may change her answers
        ada.get(base() + "event/agenda.xhtml?event=" + DemoEvent.SLUG);
        ada.script(
                "[...document.querySelectorAll('.survey-banner a')].find(a => a.textContent.includes(arguments[0]))"
                        + ".click();",
                SURVEYED);
        ada.waitFor(SHORT, d -> ada.currentUrl().contains("event/survey.xhtml?survey="));
        String survey = ada.currentUrl().replaceAll(".*survey=(\\d+).*", "$1");
        ada.click("survey:send");
        ada.waitFor(SHORT, d -> ada.pageText().contains("Please answer this question."));
        ada.script("document.querySelector('input[name=\"survey:questions:0:scale\"][value=\"4\"]').click();");
        ada.element("survey:questions:1:text").sendKeys("More demos, please");
        ada.click("survey:send");
        ada.waitFor(SHORT, d -> ada.pageText().contains("Thank you for your answers!"));

        // the organiser reads the results and downloads them
        olivia.get(base() + "admin/survey-results.xhtml?survey=" + survey);
        olivia.waitFor(SHORT, d -> olivia.pageText().contains("More demos, please"));
        assertTrue(olivia.pageText().matches("(?s).*average 4(\\.0)? of 5.*"), olivia.pageText());
        String csv = (String) olivia.asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0], { credentials: 'same-origin' }).then(r => r.text()).then(done);",
                base() + "api/surveys/" + survey + "/results.csv");
        assertTrue(csv.startsWith("Response,Last changed,How convincing was it?,Anything else?"), csv);
        assertTrue(csv.contains(",4,More demos, please") || csv.contains(",4,\"More demos, please\""), csv);
        assertFalse(csv.contains("Ada"), "anonymous");
    }

    // ---------------------------------------------------------------- chat

    /** The demo's account id of an e-mail address (testing/account). */
    /** Whether the account follows the channel on the server (a socket subscribed to it). */
    private boolean follows(String channel, String accountId) {
        try {
            return support("realtime-present?channel=" + channel).matches(".*\\b" + accountId + "\\b.*");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A testing/ support call; its answer's body. */
    private String support(String action) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "testing/" + action))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().trim();
    }

    @Test
    void theNetworkingPageBeforeItsSessionTurnsLiveWhenTheStartIsPushedWithoutPolling() throws Exception {
        String lobby = "lobby:" + support("event-id?slug=" + DemoEvent.SLUG);
        String id = String.valueOf(accountId("barbara@hallway.test"));
        String session = support("scheduled-session?name=Networking+after+lunch");
        try {
            Chrome barbara = Chrome.start("barbara-before");
            barbara.login(base(), "barbara@hallway.test", DemoEvent.PASSWORD);
            barbara.get(base() + "event/networking.xhtml?session=" + session);
            assertTrue(barbara.pageText().contains("The session starts"), barbara.pageText());
            assertEquals(
                    0L,
                    barbara.script("return document.querySelectorAll('meta[http-equiv=refresh]').length"),
                    "the page does not reload itself every minute");
            // the page follows the lobby once its event socket opened; then the organiser starts the session
            barbara.waitFor(SHORT, d -> follows(lobby, id));
            support("start-session?session=" + session);
            barbara.waitFor(SHORT, ExpectedConditions.elementToBeClickable(By.id("ready-button")));
            assertEquals("I'm Ready", barbara.text("ready-button"));
            barbara.quit(); // her next page alone follows the lobby
        } finally {
            support("end-session?session=" + session); // the demo's Networking tab leads to its one live session
        }

        // a start while her connection is down is not missed: the page asks again once it is back
        String later = support("scheduled-session?name=Networking+at+tea+time");
        try {
            Chrome barbara = Chrome.start("barbara-before-offline");
            barbara.login(base(), "barbara@hallway.test", DemoEvent.PASSWORD);
            barbara.get(base() + "event/networking.xhtml?session=" + later);
            barbara.waitFor(SHORT, d -> barbara.pageText().contains("The session starts"));
            barbara.waitFor(SHORT, d -> follows(lobby, id));
            barbara.offline(true);
            assertTrue(barbara.dropConnectionsTo(url.getPort()) > 0, "her event socket dropped");
            barbara.waitFor(SHORT, d -> !follows(lobby, id));
            support("start-session?session=" + later);
            barbara.offline(false);
            barbara.waitFor(Duration.ofSeconds(30), ExpectedConditions.elementToBeClickable(By.id("ready-button")));
        } finally {
            support("end-session?session=" + later);
        }
    }

    private long accountId(String email) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(base() + "testing/account?email=" + email))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().trim());
    }

    private static ExpectedCondition<Boolean> chatShows(String panel, String text) {
        return d -> d.findElements(By.cssSelector("#" + panel + " .chat-messages .chat-text")).stream()
                .anyMatch(e -> e.getText().contains(text));
    }

    private static void say(Chrome browser, String panel, String text) {
        var input = browser.element(panel + "-text");
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    @Test
    void twoAttendeesChatInTheSessionAndPrivatelyWithALiveUnreadBadgeInTwoTabs() throws Exception {
        Chrome edsger = Chrome.start("edsger");
        Chrome margaret = Chrome.start("margaret");
        edsger.login(base(), "edsger@hallway.test", DemoEvent.PASSWORD);
        margaret.login(base(), "margaret@hallway.test", DemoEvent.PASSWORD);
        enterNetworking(edsger);
        enterNetworking(margaret);

        // the session chat beside the floor: the demo's history, then a message from one to the other
        for (Chrome c : new Chrome[] {edsger, margaret}) {
            c.waitFor(SHORT, chatShows("session-chat", "Welcome to speed networking"));
        }
        say(edsger, "session-chat", "Hello from Edsger <b>not bold</b> https://example.org/goto");
        margaret.waitFor(SHORT, chatShows("session-chat", "Hello from Edsger <b>not bold</b>"));
        assertEquals(
                "noopener noreferrer nofollow",
                margaret.script("return [...document.querySelectorAll("
                        + "'#session-chat .chat-text a')].find(a => a.href === 'https://example.org/goto').rel"));
        assertEquals(
                0L,
                margaret.script("return document.querySelectorAll('#session-chat .chat-text b').length"),
                "markup stays text");

        // Margaret's second tab: her inbox; the first stays on the networking page
        String floorTab = margaret.tab();
        String inboxTab = margaret.openTab(base() + "event/messages.xhtml?event=" + DemoEvent.SLUG);
        margaret.waitFor(SHORT, ExpectedConditions.presenceOfElementLocated(By.id("chat-unread")));

        // Edsger messages her privately from the inbox's "with" link (the Message buttons' target)
        edsger.get(base() + "event/messages.xhtml?event=" + DemoEvent.SLUG + "&with="
                + accountId("margaret@hallway.test"));
        edsger.waitFor(SHORT, d -> d.getCurrentUrl().contains("c="));
        edsger.waitFor(
                SHORT, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#conversation-chat[data-channel]")));
        say(edsger, "conversation-chat", "Margaret, a private word?");
        edsger.waitFor(SHORT, chatShows("conversation-chat", "a private word"));

        // both of Margaret's tabs count it at once; the networking page also shows a notification
        margaret.waitFor(SHORT, ExpectedConditions.textToBe(By.id("chat-unread"), "1"));
        margaret.switchToTab(floorTab);
        margaret.waitFor(SHORT, ExpectedConditions.textToBe(By.id("chat-unread"), "1"));
        margaret.waitFor(
                SHORT,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chat-toast"), "a private word"));

        // reading it in the inbox tab clears the badge in both
        margaret.switchToTab(inboxTab);
        margaret.get(base() + "event/messages.xhtml?event=" + DemoEvent.SLUG);
        margaret.waitFor(
                SHORT, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".inbox-row"), "Edsger"));
        margaret.script(
                "[...document.querySelectorAll('.inbox-row')].find(a => a.textContent.includes('Edsger')).click()");
        margaret.waitFor(SHORT, chatShows("conversation-chat", "a private word"));
        margaret.waitFor(SHORT, ExpectedConditions.attributeToBe(By.id("chat-unread"), "textContent", "0"));
        margaret.switchToTab(floorTab);
        margaret.waitFor(SHORT, ExpectedConditions.attributeToBe(By.id("chat-unread"), "textContent", "0"));

        margaret.switchToTab(inboxTab);
        say(margaret, "conversation-chat", "Of course, Edsger.");
        edsger.waitFor(SHORT, chatShows("conversation-chat", "Of course, Edsger."));
    }
}
