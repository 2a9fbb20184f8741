package org.hallway.portability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hallway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A database created and filled by the previous release's migrations (V1 + V3) is upgraded by the
 * build's WAR on this run's server and database without losing anything: every row is still
 * there, the old organiser logs in with the old password, and the old image bytes are served.
 */
@Tag("portable")
class UpgradeIT {

    static Combination combination;
    static TestDatabase db;
    static DeployedServer server;
    static Map<String, Long> before;

    @BeforeAll
    static void upgrade() throws Exception {
        combination = Combination.current();
        db = TestDatabase.create(combination, "upgrade", DeployedServer.workDir(combination));
        db.fillAsPreviousRelease();
        before = db.counts();
        server = DeployedServer.start(combination, "upgrade", db, Map.of("HALLWAY_DEMO", "true"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void everyRowOfThePreviousReleaseSurvivesAndNoMigrationFailed() throws Exception {
        assertTrue(before.values().stream().allMatch(n -> n > 0), "the old database had data: " + before);
        assertEquals(before, db.counts(), "the demo is not loaded into a database that has data, nothing lost");
        List<String> applied = db.appliedMigrations();
        assertEquals(List.of("1", "3"), applied.subList(0, 2), applied.toString());
        assertTrue(applied.stream().noneMatch(v -> v.contains("failed")), applied.toString());
        assertArrayEquals(TestDatabase.OLD_IMAGE, db.imageBytes(TestDatabase.OLD_IMAGE_ID));
    }

    @Test
    void theOldOrganiserLogsInWithTheOldPasswordAndSeesTheOldEvent() throws Exception {
        var web = new WebClient(server.url());
        assertTrue(web.login(TestDatabase.OLD_EMAIL, TestDatabase.OLD_PASSWORD), "old credentials still work");
        var events = web.get("admin/events.xhtml");
        assertEquals(200, events.statusCode(), "the old ADMIN role still applies");
        assertTrue(events.body().contains(TestDatabase.OLD_EVENT_NAME));
        var sessions = web.get("admin/sessions.xhtml?event=" + TestDatabase.OLD_EVENT_SLUG);
        assertTrue(sessions.body().contains("Talk from before"), sessions.body());
        assertTrue(web.get("account/tickets.xhtml").body().contains("Classic"), "the old ticket is listed");
        assertTrue(web.get("event/agenda.xhtml?event=" + TestDatabase.OLD_EVENT_SLUG)
                .body()
                .contains("Talk from before"));
        var reports = web.get("admin/reports.xhtml?event=" + TestDatabase.OLD_EVENT_SLUG);
        assertTrue(reports.body().contains("Kept after the upgrade"), "the old report is listed");
    }

    @Test
    void theOldImageIsServedUnchanged() throws Exception {
        var image = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.base() + "images/" + TestDatabase.OLD_IMAGE_ID))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertArrayEquals(TestDatabase.OLD_IMAGE, image.body());
    }
}
