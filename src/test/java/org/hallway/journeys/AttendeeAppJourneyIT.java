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
 * agenda and from a room (a clash shown, not refused), the session's calendar file downloaded and
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

    static void keepsSessionsAndTakesThemIntoTheCalendar(Site site, String email, String name) throws Exception {
        Person person = SurveyOnScheduleJourneyIT.loggedIn(site, email, name);
        try {
            person.opensTheSite()
                    .clicks("Hallway Demo Summit")
                    .clicksIn("Can machines think?", "Add to my agenda")
                    .sees("“Can machines think?” is on your agenda.")
                    .clicksIn("Abstraction and substitution", "Add to my agenda")
                    .sees("“Abstraction and substitution” is on your agenda. It clashes with Can machines think?.");

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
                    List.of("Can machines think?", "Abstraction and substitution"),
                    parse(Files.readString(agenda)).stream()
                            .map(e -> e.getSummary().getValue())
                            .toList());

            person.clicks("Make a calendar address").sees("Your calendar address is ready.");
            String address = person.copies("Your calendar address");
            HttpResponse<String> subscribed = get(address);
            assertEquals(200, subscribed.statusCode(), address);
            assertTrue(
                    subscribed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            assertEquals(2, parse(subscribed.body()).size(), "a calendar app sees both kept sessions");
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
