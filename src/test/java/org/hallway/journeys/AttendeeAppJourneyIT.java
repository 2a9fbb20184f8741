package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What attendees expect of an event app, on the demo event: keeping sessions on "My agenda" from the
 * agenda, from search results and from a room (a clash shown, not refused), "Now" and "Next", the
 * search and filters (track, type, only my agenda), the session's calendar file downloaded and
 * read by an iCalendar parser at the instant the page shows, and the secret calendar address a
 * calendar app subscribes to, revoked. At a laptop's width and again on a phone.
 */
@ExtendWith(BrowserArtifacts.class)
class AttendeeAppJourneyIT {

    @Test
    void anAttendeeKeepsSessionsSeesTheClashAndTakesThemIntoHerCalendar() throws Exception {
        keepsSessionsAndTakesThemIntoTheCalendar(JourneyServer.shared(), "grace@hallway.test", "grace");
    }

    @Test
    void onAPhoneTheSameWorks() throws Exception {
        Person.onPhones(() ->
                keepsSessionsAndTakesThemIntoTheCalendar(JourneyServer.shared(), "margaret@hallway.test", "margaret"));
    }

    /**
     * The organiser adds a session early tomorrow (a track of its own), Edsger keeps it and subscribes;
     * the organiser moves it an hour later: the address answers the new instant, the same UID, a
     * higher SEQUENCE (what makes a calendar app replace the entry).
     */
    @Test
    void aSubscribedCalendarFollowsASessionThatMoves() throws Exception {
        Site site = JourneyServer.shared();
        String n = String.valueOf(System.currentTimeMillis() % 100000);
        String talk = "Early talk " + n;
        // The event's second day: a session still ahead at any hour, which the scheduler leaves alone while
        // the organiser edits it (a session already over today is ended by the scheduler meanwhile).
        java.time.LocalDate today =
                java.time.LocalDate.now(java.time.Clock.systemUTC()).plusDays(1);
        Person olivia = SurveyOnScheduleJourneyIT.loggedIn(site, org.hallway.demo.DemoEvent.ADMIN_EMAIL, "olivia");
        Person edsger = null;
        try {
            olivia.clicks("Organise").clicksIn("Hallway Demo Summit", "Open").clicks("Add a session");
            olivia.fillsIn("Name", talk)
                    .fillsIn("Track or room", "Room " + n)
                    .picksDateTime("Starts (UTC)", today.atTime(6, 0))
                    .picksDateTime("Ends (UTC)", today.atTime(6, 30))
                    .clicks("Add session")
                    .sees("Session “" + talk + "” added.");

            edsger = SurveyOnScheduleJourneyIT.loggedIn(site, "edsger@hallway.test", "edsger");
            edsger.opensTheSite()
                    .clicks("Hallway Demo Summit")
                    .clicksIn(talk, "Add to my agenda")
                    .sees("“" + talk + "” is on your agenda.")
                    .clicks("My agenda")
                    .clicks("Make a calendar address")
                    .sees("Your calendar address is ready.");
            String address = edsger.copies("Your calendar address");
            VEvent before = only(talk, parse(get(address).body()));
            assertEquals(
                    today.atTime(6, 0).toInstant(java.time.ZoneOffset.UTC),
                    before.getDateStart().getValue().toInstant());

            olivia.clicks("Organise").clicksIn("Hallway Demo Summit", "Open").clicksIn(talk, "Edit");
            olivia.picksDateTime("Starts (UTC)", today.atTime(7, 0))
                    .picksDateTime("Ends (UTC)", today.atTime(7, 30))
                    .clicks("Save changes")
                    .sees("Session saved.");

            VEvent after = only(talk, parse(get(address).body()));
            assertEquals(
                    today.atTime(7, 0).toInstant(java.time.ZoneOffset.UTC),
                    after.getDateStart().getValue().toInstant(),
                    "the subscribed calendar shows the new time");
            assertEquals(before.getUid().getValue(), after.getUid().getValue());
            assertTrue(
                    after.getSequence().getValue() > before.getSequence().getValue(),
                    "a moved session carries a higher SEQUENCE");
        } finally {
            olivia.leaves();
            if (edsger != null) {
                edsger.leaves();
            }
        }
    }

    private static VEvent only(String summary, List<VEvent> events) {
        List<VEvent> found = events.stream()
                .filter(e -> summary.equals(e.getSummary().getValue()))
                .toList();
        assertEquals(1, found.size(), "one entry for " + summary);
        return found.get(0);
    }

    @Test
    void hallwayCanBeAddedToAPhonesHomeScreenAndHasAFavicon() throws Exception {
        Site site = JourneyServer.shared();
        Person visitor = Person.at(site.address(), "installer").usesAPhone();
        try {
            visitor.opensTheSite().sees("Hallway");
            var manifest = visitor.chrome().devTools("Page.getAppManifest", java.util.Map.of());
            assertEquals(List.of(), manifest.get("errors"), "the manifest parses: " + manifest);
            assertTrue(String.valueOf(manifest.get("data")).contains("\"display\": \"standalone\""));
            var installability = visitor.chrome().devTools("Page.getInstallabilityErrors", java.util.Map.of());
            assertEquals(
                    List.of(), installability.get("installabilityErrors"), "Chromium would offer to install Hallway");
            HttpResponse<String> favicon = get(site.address().replaceAll("/?$", "/") + "favicon.ico");
            assertEquals(200, favicon.statusCode());
            assertEquals(
                    "image/x-icon", favicon.headers().firstValue("Content-Type").orElse(""));
        } finally {
            visitor.leaves();
        }
    }

    static void keepsSessionsAndTakesThemIntoTheCalendar(Site site, String email, String name) throws Exception {
        Person person = SurveyOnScheduleJourneyIT.loggedIn(site, email, name);
        try {
            person.opensTheSite()
                    .clicks("Hallway Demo Summit")
                    .clicksIn("Can machines think?", "Add to my agenda")
                    .sees("“Can machines think?” is on your agenda.")
                    .clicksIn("Abstraction and substitution", "Add to my agenda")
                    .sees("“Abstraction and substitution” is on your agenda. It clashes with Can machines think?.");

            // the demo runs today: what is on now heads the agenda (the welcome stream runs all day)
            person.sees("Now").sees("Next");
            assertTrue(
                    textOf(person, "now-heading").contains("Hallway live: welcome stream"),
                    "the live stream is on now");

            person.fillsIn("Search sessions", "lovelace")
                    .clicks("Find")
                    .sees("Sessions found")
                    .sees("Opening keynote")
                    .sees("Engines of analysis")
                    .noLongerSees("Compilers for everyone")
                    .clicksIn("Engines of analysis", "Add to my agenda")
                    .sees("“Engines of analysis” is on your agenda.")
                    .sees("Sessions found");
            person.fillsIn("Search sessions", "")
                    .chooses("Type", "Networking")
                    .clicks("Find")
                    .sees("Speed networking")
                    .noLongerSees("Engines of analysis");
            person.chooses("Type", "All")
                    .chooses("Track or room", "Track A")
                    .clicks("Find")
                    .sees("Can machines think?")
                    .sees("Engines of analysis")
                    .noLongerSees("Abstraction and substitution");
            person.chooses("Track or room", "All")
                    .ticks("Only my agenda", true)
                    .clicks("Find")
                    .sees("3 sessions match.")
                    .sees("Abstraction and substitution")
                    .noLongerSees("Compilers for everyone")
                    .clicks("Show the whole agenda");

            person.clicks("My agenda")
                    .sees("Clashes with Abstraction and substitution")
                    .sees("Clashes with Can machines think?");
            // the later card is read first, so this is its own link, not the neighbour's clash note
            Path file = person.downloadsIn("Abstraction and substitution", "Add to my calendar (.ics)");
            List<VEvent> events = parse(Files.readString(file));
            assertEquals(1, events.size());
            assertEquals(
                    "Abstraction and substitution", events.get(0).getSummary().getValue());
            assertEquals(
                    shownStart(person, "Abstraction and substitution"),
                    events.get(0).getDateStart().getValue().toInstant(),
                    "the calendar's start is the instant the page shows");

            Path agenda = person.downloads("Download my agenda (.ics)");
            assertEquals(
                    List.of("Engines of analysis", "Can machines think?", "Abstraction and substitution"),
                    parse(Files.readString(agenda)).stream()
                            .map(e -> e.getSummary().getValue())
                            .toList());

            person.clicks("Make a calendar address").sees("Your calendar address is ready.");
            String address = person.copies("Your calendar address");
            HttpResponse<String> subscribed = get(address);
            assertEquals(200, subscribed.statusCode(), address);
            assertTrue(
                    subscribed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            assertEquals(3, parse(subscribed.body()).size(), "a calendar app sees every kept session");
            person.clicks("Revoke the calendar address").sees("Your calendar address is revoked");
            assertEquals(404, get(address).statusCode(), "a revoked address answers nothing");

            person.clicks("Agenda")
                    .clicksIn("Hallway live: welcome stream", "Join")
                    .sees("here")
                    .clicks("Add to my agenda")
                    .sees("“Hallway live: welcome stream” is on your agenda.")
                    .sees("✓ On my agenda")
                    .clicks("Remove from my agenda")
                    .sees("“Hallway live: welcome stream” is no longer on your agenda.");
        } finally {
            person.leaves();
        }
    }

    /** The text of the page's section headed by the element {@code headingId}. */
    private static String textOf(Person person, String headingId) {
        return String.valueOf(person.chrome()
                .script("return document.getElementById(arguments[0]).closest('section').innerText;", headingId));
    }

    /** The start the page's card of the session shows, as an instant (its {@code data-instant}). */
    private static Instant shownStart(Person person, String session) {
        Object millis = person.chrome()
                .script(
                        "for (const a of document.querySelectorAll('article')) {"
                                + " if (a.querySelector('h3')?.textContent.trim() === arguments[0])"
                                + " return Number(a.querySelector('time[data-instant]').dataset.instant); }"
                                + " return -1;",
                        session);
        return Instant.ofEpochMilli(((Number) millis).longValue());
    }

    private static List<VEvent> parse(String text) throws IOException {
        try (var reader = new ICalReader(new StringReader(text))) {
            ICalendar calendar = reader.readNext();
            return calendar.getEvents();
        }
    }

    private static HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
