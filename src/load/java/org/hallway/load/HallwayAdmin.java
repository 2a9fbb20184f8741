package org.hallway.load;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the driver does as the organiser: imports the load attendees through
 * {@code POST /api/admin/events/{slug}/attendees} and finds the event's networking session.
 */
final class HallwayAdmin {

    private static final Pattern NETWORKING_LINK = Pattern.compile("networking\\.xhtml\\?session=(\\d+)");

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
     * The networking session's id: given ({@code -Dload.session}), or the first one the event's
     * agenda lists on its Networking tab ({@code event/agenda.xhtml?event=<slug>&tab=networking}).
     */
    long networkingSession() throws IOException, InterruptedException {
        if (settings.sessionId > 0) {
            return settings.sessionId;
        }
        var page = logins.http().send(logins.request("event/agenda.xhtml?event=" + settings.eventSlug
                + "&tab=networking", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = NETWORKING_LINK.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IOException("No networking session on the agenda (HTTP " + page.statusCode()
                    + "); pass -Dload.session=<id>.");
        }
        return Long.parseLong(m.group(1));
    }
}
