package org.hallway.ticket.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.Deployments;
import org.hallway.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/admin/events/{slug}/attendees over HTTP, as organisers and the load driver use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendeeImportIT {

    private static final String HEADER = "email,displayName,ticketType,password\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("attendee-import");
    }

    @ArquillianResource
    URL url;

    @Test
    void anAdminImportsThreeAttendeesWhoCanThenLogIn() throws Exception {
        var response = post(
                admin(),
                "demo",
                HEADER
                        + "one@import.test,Import One,General,import-pass-1\n"
                        + "two@import.test,\"Two, Import\",Sponsor,import-pass-1\n"
                        + "three@import.test,Import Three,general,\n");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = json(response.body());
        assertEquals(3, report.getInt("created"));
        assertTrue(report.getJsonArray("rejected").isEmpty());
        assertTrue(new WebClient(url).login("two@import.test", "import-pass-1"), "an imported attendee logs in");
        var noPassword = new WebClient(url);
        assertTrue(!noPassword.login("three@import.test", ""), "no password given: no password login");
    }

    @Test
    void badRowsAreReportedWithTheirLinesAndCreateNothing() throws Exception {
        var response = post(
                admin(),
                "demo",
                HEADER
                        + "good@import.test,Good Row,General,import-pass-1\n"
                        + "not-an-e-mail,Bad Mail,General,import-pass-1\n"
                        + "type@import.test,Bad Type,Platinum,import-pass-1\n"
                        + "long@import.test," + "x".repeat(81) + ",General,import-pass-1\n");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = json(response.body());
        assertEquals(1, report.getInt("created"));
        var lines = report.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getInt("line"))
                .toList();
        assertEquals(List.of(3, 4, 5), lines);

        var fixed = json(post(
                        admin(),
                        "demo",
                        HEADER
                                + "type@import.test,Good Type,General,import-pass-1\n"
                                + "long@import.test,Short Name,General,import-pass-1\n")
                .body());
        assertEquals(2, fixed.getInt("created"), "the refused rows had created no account");
        assertEquals(0, fixed.getInt("unchanged"));
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String file = HEADER + "again1@import.test,Again One,General,import-pass-1\n"
                + "again2@import.test,Again Two,General,import-pass-1\n"
                + DemoEvent.ATTENDEES.get(0) + ",Ada Renamed,Sponsor,another-password\n";
        WebClient admin = admin();
        JsonObject first = json(post(admin, "demo", file).body());
        assertEquals(2, first.getInt("created"));
        assertEquals(1, first.getInt("unchanged"), "an attendee already holding a ticket is left alone");
        JsonObject second = json(post(admin, "demo", file).body());
        assertEquals(0, second.getInt("created"));
        assertEquals(0, second.getInt("ticketed"));
        assertEquals(3, second.getInt("unchanged"));
        assertTrue(
                new WebClient(url).login(DemoEvent.ATTENDEES.get(0), DemoEvent.PASSWORD),
                "an existing account keeps its password");
    }

    @Test
    void onlyOrganisersMayImport() throws Exception {
        var attendee = new WebClient(url);
        assertTrue(attendee.login(DemoEvent.ATTENDEES.get(1), DemoEvent.PASSWORD));
        var response = post(attendee, "demo", HEADER + "sneaky@import.test,Sneaky,General,import-pass-1\n");
        assertEquals(403, response.statusCode());
        assertEquals(302, post(new WebClient(url), "demo", HEADER).statusCode(), "anonymous callers go to login");
        JsonObject check = json(post(admin(), "demo", HEADER + "sneaky@import.test,Sneaky,General,import-pass-1\n")
                .body());
        assertEquals(1, check.getInt("created"), "the refused import created nothing");
    }

    @Test
    void anUnknownEventAMissingHeaderAndAForeignOriginAreRefused() throws Exception {
        WebClient admin = admin();
        assertEquals(404, post(admin, "no-such-event", HEADER).statusCode());
        assertEquals(
                400,
                post(admin, "demo", "someone@import.test,Someone,General\n").statusCode());
        var foreign = send(admin, "demo", HEADER + "x@import.test,X,General,import-pass-1\n", "https://evil.example");
        assertEquals(403, foreign.statusCode());
        var http = HttpClient.newBuilder()
                .cookieHandler(admin.cookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var notCsv = http.send(
                HttpRequest.newBuilder(URI.create(admin.base() + "api/admin/events/demo/attendees"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(HEADER + "y@import.test,Y,General,import-pass-1\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, notCsv.statusCode(), notCsv.body());
        assertEquals(
                405,
                http.send(
                                HttpRequest.newBuilder(URI.create(admin.base() + "api/admin/events/demo/attendees"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                404,
                http.send(
                                HttpRequest.newBuilder(URI.create(admin.base() + "api/admin/events/demo/speakers"))
                                        .header("Content-Type", "text/csv")
                                        .POST(HttpRequest.BodyPublishers.ofString(HEADER))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    private WebClient admin() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        return web;
    }

    private HttpResponse<String> post(WebClient web, String slug, String csv) throws Exception {
        return send(web, slug, csv, null);
    }

    private HttpResponse<String> send(WebClient web, String slug, String csv, String origin) throws Exception {
        var http = HttpClient.newBuilder()
                .cookieHandler(web.cookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var request = HttpRequest.newBuilder(URI.create(web.base() + "api/admin/events/" + slug + "/attendees"))
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
