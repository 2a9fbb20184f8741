package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.JanusServer;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live stage on Janus (issue 24) in three headless Chromiums with fake cameras: the organiser
 * (a moderator, on stage) and a speaker rehearse in the green room and receive each other's video
 * while an attendee sees the waiting card; Start puts the stage on air and the attendee receives
 * both. Requests the attendee's browser forges to the relay are refused, Janus's own API refuses a
 * request without Hallway's secret, and after the attendee's removal the relay refuses them.
 */
@ExtendWith(BrowserArtifacts.class)
class StageJourneyIT {

    private static final Duration MEDIA = Duration.ofSeconds(40);

    @Test
    void speakersRehearseInTheGreenRoomThenGoOnAirForTheAudienceAndForgedRequestsAreRefused() throws Exception {
        JourneyServer site = JourneyServer.shared();
        JanusServer janus = site.janus()
                .orElseThrow(() -> new IllegalStateException("The stage journey needs Janus (.ci/run installs it)."));
        String n = String.valueOf(System.currentTimeMillis() % 100000);
        String talk = "Stage panel " + n;
        LocalDateTime starts = LocalDateTime.now(Clock.systemUTC())
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(30);
        LocalDateTime ends = starts.plusMinutes(30);
        String speaker = freeSpeaker(starts, ends);
        List<Person> people =
                new ArrayList<>(); // BrowserArtifacts closes the browsers (after keeping their state on failure)
        {
            Person olivia = SurveyOnScheduleJourneyIT.loggedIn(site, DemoEvent.ADMIN_EMAIL, "olivia");
            people.add(olivia);
            olivia.clicks("Organise").clicksIn("Hallway Demo Summit", "Open").clicks("Add a session");
            olivia.fillsIn("Name", talk)
                    .fillsIn("Track or room", "Stage " + n)
                    .picksDateTime("Starts (UTC)", starts)
                    .picksDateTime("Ends (UTC)", ends)
                    .chooses("Speakers", speakerChoice(speaker))
                    .chooses("The room shows", "Live stage (built in): speakers on camera, a green room")
                    .clicks("Add session")
                    .sees("Session “" + talk + "” added.");

            joins(olivia, talk);
            Person speakerBrowser = SurveyOnScheduleJourneyIT.loggedIn(site, speaker, "speaker");
            people.add(speakerBrowser);
            joins(speakerBrowser, talk);
            Person ada = SurveyOnScheduleJourneyIT.loggedIn(site, "ada@hallway.test", "ada");
            people.add(ada);
            joins(ada, talk);

            // the green room: the two on stage receive each other, the attendee waits
            olivia.sees("Green room");
            receives(olivia, List.of(speakerName(speaker)));
            receives(speakerBrowser, List.of("Olivia Organiser"));
            ada.sees("The live stage opens when a moderator starts the session.");
            assertFalse(ada.chrome().exists("stage"), "no stage for the audience before Start");
            long session = Long.parseLong(String.valueOf(
                    ada.chrome().script("return document.getElementById('room-page').dataset.sessionId;")));
            String path = String.valueOf(
                    ada.chrome().script("return document.getElementById('room-page').dataset.contextPath;"));
            Map<String, Object> early = forge(ada, session, path);
            assertEquals("error", early.get("watch"), "joining before the stage is on air: " + early);

            olivia.clicks("Start");
            ada.sees("On air.");
            receives(ada, List.of("Olivia Organiser", speakerName(speaker)));

            Map<String, Object> forged = forge(ada, session, path);
            assertEquals("success", forged.get("create"), forged.toString());
            assertEquals("error", forged.get("publish"), "publishing while not on stage: " + forged);
            assertEquals("error", forged.get("otherRoom"), "joining another session's room: " + forged);
            assertEquals("error", forged.get("foreignFeed"), "watching a feed of another room: " + forged);
            assertEquals("error", forged.get("kick"), "kicking the speaker: " + forged);
            assertEquals("error", forged.get("otherSession"), "using another connection's session: " + forged);

            // Janus's own API refuses a request without Hallway's API secret
            String direct = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(janus.httpUrl()))
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"janus\":\"create\",\"transaction\":\"forged\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(direct.contains("\"error\""), "Janus without the API secret: " + direct);

            // a raised hand, brought on stage after the device check, muted, taken off again
            ada.clicks("Raise hand").sees("Lower hand");
            olivia.sees("Raised hands").clicksIn("Ada Lovelace", "Bring on stage");
            ada.sees("A moderator invites you on stage").clicks("Go on stage");
            receives(olivia, List.of(speakerName(speaker), "Ada Lovelace"));
            receives(speakerBrowser, List.of("Olivia Organiser", "Ada Lovelace"));
            clicksNamed(olivia, "Mute: Ada Lovelace");
            olivia.sees("Ada Lovelace is muted.");
            clicksNamed(olivia, "Take off stage: Ada Lovelace");
            olivia.chrome().waitFor(MEDIA, d -> tilesOf(olivia).contains("Ada Lovelace") ? null : Boolean.TRUE);
            receives(ada, List.of("Olivia Organiser", speakerName(speaker)));

            olivia.clicksIn("Ada Lovelace", "Remove").confirms().sees("Removed from this session.");
            Map<String, Object> removed = forge(ada, session, path);
            assertEquals(4003L, ((Number) removed.get("closed")).longValue(), "a join after removal: " + removed);

            olivia.clicks("End").confirms();
            speakerBrowser.sees("This session is over.");
            assertFalse(speakerBrowser.chrome().exists("stage"), "the stage ends with the session");
        }
    }

    /** Opens the session's room from its card on the agenda (the room's address: it is not live yet). */
    private static void joins(Person person, String talk) {
        person.opensTheSite().clicks("Hallway Demo Summit").sees(talk);
        Object room = person.chrome()
                .script(
                        "for (const a of document.querySelectorAll('article[data-room]')) {"
                                + " if (a.textContent.includes(arguments[0])) return new URL(a.dataset.room, location.href).href; }"
                                + " return null;",
                        talk);
        person.chrome().get(String.valueOf(room));
        person.sees(talk).sees("here");
    }

    /** Clicks the button with that accessible name (a tile's button names its person). */
    private static void clicksNamed(Person person, String name) {
        person.chrome()
                .waitFor(
                        MEDIA,
                        d -> person.chrome()
                                .script(
                                        "const b = [...document.querySelectorAll('button[aria-label]')]"
                                                + ".find(e => e.getAttribute('aria-label') === arguments[0]);"
                                                + " if (b) { b.click(); return true; } return null;",
                                        name));
    }

    /** The names on the person's stage tiles (their own preview aside). */
    private static List<?> tilesOf(Person person) {
        return (List<?>) person.chrome()
                .script("return [...document.querySelectorAll('#stage-grid figure')]"
                        + ".filter(f => f.dataset.feed !== 'me').map(f => f.querySelector('figcaption').textContent);");
    }

    /** Waits until the person's stage shows each name's tile with decoded video. */
    private static void receives(Person person, List<String> names) {
        person.chrome().waitFor(MEDIA, d -> {
            Object playing = person.chrome()
                    .script("return [...document.querySelectorAll('#stage-grid figure')]"
                            + ".filter(f => f.dataset.feed !== 'me' && f.querySelector('video').videoWidth > 0)"
                            + ".map(f => f.querySelector('figcaption').textContent);");
            return ((List<?>) playing).containsAll(names) ? Boolean.TRUE : null;
        });
    }

    /**
     * Speaks Janus's API to the relay from the person's page, as a forger would: which answer
     * ("success", "error") each forged request got, or the relay's close code.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> forge(Person person, long session, String path) {
        return (Map<String, Object>) person.chrome().asyncScript("""
                        const done = arguments[arguments.length - 1];
                        const room = arguments[0];
                        const path = arguments[1];
                        const ws = new WebSocket(`ws://${location.host}${path}ws/stage/${room}`, 'janus-protocol');
                        const waiting = {};
                        let n = 0;
                        const results = {};
                        const send = (m) => new Promise((resolve) => {
                            m.transaction = 'forged-' + (++n);
                            waiting[m.transaction] = resolve;
                            ws.send(JSON.stringify(m));
                        });
                        ws.onmessage = (e) => {
                            const m = JSON.parse(e.data);
                            if (m.janus !== 'ack' && waiting[m.transaction]) {
                                waiting[m.transaction](m);
                                delete waiting[m.transaction];
                            }
                        };
                        const outcome = (m) => m.janus === 'event' && m.plugindata && m.plugindata.data.error
                            ? 'error' : m.janus;
                        ws.onclose = (e) => done(Object.assign(results, { closed: e.code }));
                        ws.onopen = async () => {
                            const created = await send({ janus: 'create' });
                            results.create = created.janus;
                            const sid = created.data.id;
                            const attached = await send({ janus: 'attach', session_id: sid, plugin: 'janus.plugin.videoroom' });
                            const hid = attached.data.id;
                            const message = (body) => send({ janus: 'message', session_id: sid, handle_id: hid, body });
                            results.watch = outcome(await message({ request: 'join', ptype: 'publisher', room }));
                            results.publish = outcome(await message({ request: 'joinandconfigure', ptype: 'publisher', room }));
                            results.otherRoom = outcome(await message({ request: 'join', ptype: 'subscriber', room: room + 100000, streams: [{ feed: 1 }] }));
                            results.foreignFeed = outcome(await message({ request: 'subscribe', streams: [{ feed: 987654321 }] }));
                            results.kick = outcome(await message({ request: 'kick', room, id: 1, secret: 'guess' }));
                            results.otherSession = outcome(await send({ janus: 'keepalive', session_id: sid + 1 }));
                            done(results);
                        };
                        """, session, path);
    }

    private static final List<String> SPEAKERS =
            List.of("grace@hallway.test", "alan@hallway.test", "edsger@hallway.test", "margaret@hallway.test");

    /** A demo speaker not booked between those times (their demo talks, in UTC). */
    private static String freeSpeaker(LocalDateTime starts, LocalDateTime ends) {
        LocalTime[][] talks = {
            {LocalTime.of(10, 30), LocalTime.of(11, 30)},
            {LocalTime.of(11, 15), LocalTime.of(12, 15)},
            {LocalTime.of(14, 0), LocalTime.of(15, 0)},
            {LocalTime.of(14, 0), LocalTime.of(15, 30)}
        };
        for (int i = 0; i < SPEAKERS.size(); i++) {
            LocalDateTime from = starts.toLocalDate().atTime(talks[i][0]);
            LocalDateTime to = starts.toLocalDate().atTime(talks[i][1]);
            if (!(starts.isBefore(to) && from.isBefore(ends))) {
                return SPEAKERS.get(i);
            }
        }
        throw new IllegalStateException("no free demo speaker");
    }

    private static String speakerName(String email) {
        return switch (email) {
            case "grace@hallway.test" -> "Grace Hopper";
            case "alan@hallway.test" -> "Alan Turing";
            case "edsger@hallway.test" -> "Edsger Dijkstra";
            default -> "Margaret Hamilton";
        };
    }

    private static String speakerChoice(String email) {
        return speakerName(email) + " (" + email + ")";
    }
}
