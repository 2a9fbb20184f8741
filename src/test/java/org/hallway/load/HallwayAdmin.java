package org.hallway.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * What the driver does as the organiser: imports the load attendees through
 * {@code POST /api/admin/events/{slug}/attendees} and finds the event's networking session.
 */
final class HallwayAdmin {

    private final LoadSettings settings;
    private final Logins logins;
    private final String cookie;

    HallwayAdmin(LoadSettings settings, Logins logins) throws IOException, InterruptedException {
        this.settings = settings;
        this.logins = logins;
        this.cookie = logins.login(settings.adminEmail, settings.adminPassword);
    }

    /** Imports attendees 0..n-1 (idempotent), in files of at most 5,000 rows; returns how many were created. */
    int importAttendees(int n) throws IOException, InterruptedException {
        int created = 0;
        for (int from = 0; from < n; from += 5000) {
            var csv = new StringBuilder("email,displayName,ticketType,password\n");
            for (int i = from; i < Math.min(n, from + 5000); i++) {
                csv.append(settings.attendeeEmail(i)).append(",Load Attendee ").append(i).append(',')
                        .append(settings.ticketType).append(',').append(settings.attendeePassword).append('\n');
            }
            HttpResponse<String> response = logins.http().send(
                    logins.request("api/admin/events/" + settings.eventSlug + "/attendees", cookie)
                            .header("Content-Type", "text/csv; charset=utf-8")
                            .timeout(Duration.ofMinutes(5))
                            .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Import refused: HTTP " + response.statusCode() + " " + response.body());
            }
            var report = Json.parse(response.body());
            if (!report.getJsonArray("rejected").isEmpty()) {
                throw new IOException("Import rejected rows: " + report.getJsonArray("rejected"));
            }
            created += report.getInt("created");
        }
        return created;
    }

    /**
     * The networking session's id: given, or found by trying handshakes on ids from the start of
     * the id sequence (a fresh database) until one is admitted: a non-networking id answers 404.
     */
    long networkingSession() throws IOException, InterruptedException {
        if (settings.sessionId > 0) {
            return settings.sessionId;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (long id = 1000; id < 3000; id++) {
            try {
                WebSocket ws = http.newWebSocketBuilder().header("Cookie", cookie)
                        .buildAsync(URI.create("ws://localhost:" + settings.hallwayPort + "/ws/networking/" + id),
                                new WebSocket.Listener() {
                                    @Override
                                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                        webSocket.request(1);
                                        return null;
                                    }
                                }).join();
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "found").join();
                return id;
            } catch (CompletionException e) {
                // not a networking session (404): try the next id
            }
        }
        throw new IOException("No networking session found; pass -Dload.session=<id>.");
    }
}
