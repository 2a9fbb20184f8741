package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 8: the organiser opens the event's Analytics, every CSV link there downloads a CSV, and
 * the networking session's live dashboard counts the meeting two attendees are having right now.
 */
@ExtendWith(BrowserArtifacts.class)
class AnalyticsJourneyIT {

    private static final Duration SHORT = Duration.ofSeconds(20);
    private static final Pattern RUNNING = Pattern.compile("Meetings running\\s*(\\d+)");

    @Test
    void theOrganiserDownloadsEveryCsvAndWatchesARunningMeetingOnTheLiveDashboard() throws Exception {
        readsAnalyticsAndWatchesTheFloor(JourneyServer.shared());
    }

    /** The steps, for any site that carries the demo data. */
    static void readsAnalyticsAndWatchesTheFloor(Site site) throws Exception {
        Person olivia = Organiser.olivia(site);
        var people = Organiser.bringsAttendees(olivia, "Lena Fischer", "Kofi Mensah");

        olivia.opensTheSite()
                .clicks("Organise")
                .clicksIn(Organiser.EVENT, "Open")
                .clicks("Analytics")
                .sees("The event")
                .sees("Sessions")
                .sees("Networking");
        List<Map<String, Object>> downloads = csvDownloads(olivia);
        assertTrue(downloads.size() >= 4, "a CSV link under every table: " + downloads);
        for (Map<String, Object> d : downloads) {
            assertEquals(200L, ((Number) d.get("status")).longValue(), "the download opens: " + d);
            assertTrue(String.valueOf(d.get("type")).startsWith("text/csv"), "a CSV: " + d);
            assertTrue(String.valueOf(d.get("body")).contains(","), "with a header line at least: " + d);
        }

        olivia.clicks("Live dashboard: Speed networking").sees("Meetings running");
        olivia.chrome().waitFor(SHORT, d -> running(olivia) >= 0);
        int before = running(olivia);

        Person lena = Organiser.logsIn(site, people[0]);
        Person kofi = Organiser.logsIn(site, people[1]);
        for (Person p : new Person[] {lena, kofi}) {
            ChatAndMeetingJourneyIT.entersTheNetworking(p);
            p.clicks("I'm Ready");
        }
        lena.sees(people[1].name());
        kofi.sees(people[0].name());
        olivia.chrome().waitFor(SHORT, d -> running(olivia) >= Math.max(1, before + 1));

        lena.clicks("Leave this Session");
        kofi.sees("Your partner left the meeting");
        olivia.chrome().waitFor(SHORT, d -> running(olivia) == before);
    }

    /** The dashboard's "Meetings running" as the page shows it; -1 before the first figures. */
    private static int running(Person organiser) {
        Matcher m = RUNNING.matcher(organiser.page());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Follows every CSV link of the page as the browser downloads it (same login): status, type, first bytes. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> csvDownloads(Person organiser) {
        return (List<Map<String, Object>>) organiser
                .chrome()
                .asyncScript("const done = arguments[arguments.length - 1];"
                        + "const links = [...new Set([...document.querySelectorAll('a')]"
                        + "  .filter(a => a.offsetParent !== null && a.textContent.trim() === 'CSV').map(a => a.href))];"
                        + "Promise.all(links.map(href => fetch(href, {credentials: 'same-origin'})"
                        + "  .then(r => r.text().then(body => ({href, status: r.status,"
                        + "     type: r.headers.get('Content-Type'), body: body.slice(0, 200)})))))"
                        + ".then(done, e => done([{href: 'failed', status: 0, type: String(e), body: ''}]));");
    }
}
