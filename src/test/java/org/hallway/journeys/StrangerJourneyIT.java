package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.WebClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What someone probing the real WAR, started as the README's Deploy section starts it, finds: the
 * server's own operations endpoints closed, malformed posts refused as such (400, never 500), and
 * unknown events and sessions answering 404 even to a logged-in attendee. Over HTTP: a browser adds
 * nothing to these answers.
 */
@Tag("portable")
class StrangerJourneyIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theServersOperationsEndpointsAreClosedOnTheRealWar() throws Exception {
        findsTheOperationsEndpointsClosed(JourneyServer.shared());
    }

    @Test
    void aFormInAnotherContentTypeIsABadRequestNotAServerError() throws Exception {
        postsMalformedForms(JourneyServer.shared());
    }

    @Test
    void unknownEventsAndSessionsAreNotFoundForALoggedInAttendee() throws Exception {
        asksForPagesThatDoNotExist(JourneyServer.shared());
    }

    public static void findsTheOperationsEndpointsClosed(Site site) throws Exception {
        URI address = URI.create(site.address());
        String root = address.getScheme() + "://" + address.getAuthority() + "/";
        for (String base : List.of(root, site.address())) {
            for (String endpoint : List.of("metrics", "metrics/base", "openapi")) {
                var answer = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + endpoint)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertNotEquals(
                        200,
                        answer.statusCode(),
                        base + endpoint + " is open on " + site.name() + ":\n"
                                + answer.body()
                                        .substring(
                                                0, Math.min(300, answer.body().length())));
            }
        }
    }

    public static void postsMalformedForms(Site site) throws Exception {
        for (Map.Entry<String, String> body : List.of(
                Map.entry("application/json", "{\"email\":\"a@b.test\"}"),
                Map.entry("text/plain", "email=a@b.test"),
                Map.entry("multipart/form-data", "--x--"))) {
            for (String page : List.of("login.xhtml", "forgot-password.xhtml")) {
                var answer = HTTP.send(
                        HttpRequest.newBuilder(URI.create(site.address() + page))
                                .header("Content-Type", body.getKey())
                                .POST(HttpRequest.BodyPublishers.ofString(body.getValue()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(400, answer.statusCode(), page + " as " + body.getKey() + " on " + site.name());
            }
        }
    }

    public static void asksForPagesThatDoNotExist(Site site) throws Exception {
        var ada = new WebClient(URI.create(site.address()).toURL());
        assertEquals(true, ada.login("ada@hallway.test", DemoEvent.PASSWORD));
        assertEquals(200, ada.get("event/agenda.xhtml?event=" + DemoEvent.SLUG).statusCode(), "the demo is there");
        for (String page : List.of(
                "event/agenda.xhtml?event=no-such-event",
                "event/people.xhtml?event=no-such-event",
                "event/networking.xhtml?event=no-such-event",
                "event/messages.xhtml?event=no-such-event",
                "event/networking.xhtml?session=999999999",
                "event/matches.xhtml?session=999999999",
                "event/session.xhtml?event=" + DemoEvent.SLUG + "&session=999999999",
                "event/session.xhtml?event=" + DemoEvent.SLUG + "&session=not-a-number",
                "event/session.xhtml?event=no-such-event&session=1",
                "event/agenda.xhtml?event=" + DemoEvent.DRAFT_SLUG)) {
            var answer = ada.get(page);
            assertEquals(404, answer.statusCode(), page + " on " + site.name());
            assertFalse(answer.body().contains("Exception"), page);
        }
    }
}
