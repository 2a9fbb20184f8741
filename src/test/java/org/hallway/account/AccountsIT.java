package org.hallway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.account.boundary.AccountRecovery;
import org.hallway.account.control.LoginThrottle;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.Deployments;
import org.hallway.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account flows that go through e-mail, against a real SMTP server (GreenMail, in this JVM):
 * password reset, verification after registering, "choose your password" after an import, an
 * SMTP server that is down and comes back; then login throttling and equal timing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsIT {

    /** Links in mails use this, whatever Host the request named. */
    static final String PUBLIC_BASE = "https://hallway.example/";

    static final String NEW_PASSWORD = "a-brand-new-secret";
    static final int SMTP_PORT = freePort();

    static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(
                "accounts",
                Map.of(
                        "hallway.mail.host", "127.0.0.1",
                        "hallway.mail.port", String.valueOf(SMTP_PORT),
                        "hallway.mail.tls", "none",
                        "hallway.mail.from", "Hallway Test <hallway@hallway.example>",
                        "hallway.mail.base-url", PUBLIC_BASE,
                        "hallway.mail.retry-initial-seconds", "1",
                        "hallway.mail.retry-max-seconds", "2",
                        "hallway.mail.max-attempts", "100",
                        "hallway.mail.timeout-seconds", "5"));
    }

    @ArquillianResource
    URL url;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLinkAndEndsTheOtherSessions() throws Exception {
        String attendee = json(new WebClient(url)
                        .get("testing/attendees?prefix=forgetful&count=1&ticketType=General")
                        .body())
                .asJsonArray()
                .getString(0);
        var elsewhere = new WebClient(url);
        assertTrue(elsewhere.login(attendee, DemoEvent.PASSWORD));
        assertEquals(200, elsewhere.get("account/profile.xhtml").statusCode());

        var web = new WebClient(url);
        var unknown = web.submit("forgot-password.xhtml", "forgot", Map.of("email", "nobody@nowhere.test"), "submit");
        var known = web.submit("forgot-password.xhtml", "forgot", Map.of("email", attendee), "submit");
        assertEquals(302, unknown.statusCode());
        assertEquals(location(unknown), location(known), "the same answer whether or not the account exists");

        MimeMessage mail = awaitMail(attendee, "Reset your Hallway password");
        String link = link(text(mail));
        assertTrue(link.startsWith(PUBLIC_BASE + "reset-password.xhtml?token="), link);
        assertTrue(html(mail).contains("Choose a new password"));
        String page = local(link);

        var form = web.get(page);
        assertTrue(form.body().contains("id=\"reset\""), "the link opens the form");
        var tooShort = web.submit(page, "reset", Map.of("password", "short", "confirmation", "short"), "submit");
        assertTrue(tooShort.body().contains("at least 10 characters"), "password policy");
        var isEmail = web.submit(page, "reset", Map.of("password", attendee, "confirmation", attendee), "submit");
        assertTrue(isEmail.body().contains("cannot be your e-mail address"), "password policy");

        String before = sessionId(web);
        var saved = web.submit(page, "reset", Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD), "submit");
        assertEquals(302, saved.statusCode(), saved.body());
        assertNotEquals(before, sessionId(web), "a new session id after the reset");
        assertEquals(200, web.get("account/profile.xhtml").statusCode(), "logged in with the new password");
        assertEquals(302, elsewhere.get("account/profile.xhtml").statusCode(), "the other session ended");

        assertFalse(new WebClient(url).login(attendee, DemoEvent.PASSWORD), "the old password is gone");
        assertTrue(new WebClient(url).login(attendee, NEW_PASSWORD));
        assertFalse(new WebClient(url).get(page).body().contains("id=\"reset\""), "the link works once");

        assertEquals(0, smtp.getReceivedMessagesForDomain("nowhere.test").length, "no mail for the unknown address");
        assertEquals(
                1,
                java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> recipient(m).equals(attendee))
                        .count());
    }

    @Test
    void aNewAttendeeIsAskedToConfirmTheAddressAndOrganisersSeeItUnconfirmed() throws Exception {
        String token = json(new WebClient(url)
                        .get("testing/invite-token?type=General")
                        .body())
                .toString()
                .replace("\"", "");
        var web = new WebClient(url);
        var registered = web.submit(
                "register.xhtml?token=" + token,
                "register",
                Map.of(
                        "displayName",
                        "Vera Verify",
                        "email",
                        "vera@accounts.test",
                        "password",
                        NEW_PASSWORD,
                        "confirmation",
                        NEW_PASSWORD),
                "submit");
        assertEquals(302, registered.statusCode(), registered.body());
        assertTrue(web.login("vera@accounts.test", NEW_PASSWORD));
        assertEquals(200, web.get("account/tickets.xhtml").statusCode(), "the account works at once");

        String ada = DemoEvent.ATTENDEES.get(0);
        var taken = new WebClient(url)
                .submit(
                        "register.xhtml?token=" + token,
                        "register",
                        Map.of(
                                "displayName",
                                "Not Ada",
                                "email",
                                ada,
                                "password",
                                NEW_PASSWORD + "x",
                                "confirmation",
                                NEW_PASSWORD + "x"),
                        "submit");
        assertEquals(location(registered), location(taken), "the same answer for an address that has an account");
        MimeMessage owner = awaitMail(ada, "Your registration for Hallway Demo Summit");
        assertTrue(text(owner).contains("already has a Hallway account"), "its owner learns how to get the ticket");

        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        Pattern unverified = Pattern.compile("vera@accounts\\.test\\s*<span[^>]*>unverified</span>");
        assertTrue(unverified
                .matcher(admin.get("admin/registrations.xhtml?event=demo").body())
                .find());

        MimeMessage mail = awaitMail("vera@accounts.test", "Confirm your e-mail address");
        String confirmed = new WebClient(url).get(local(link(text(mail)))).body();
        assertTrue(confirmed.contains("Your e-mail address is confirmed."), confirmed);
        assertFalse(unverified
                .matcher(admin.get("admin/registrations.xhtml?event=demo").body())
                .find());
        assertFalse(new WebClient(url).get(local(link(text(mail)))).body().contains("is confirmed"), "single use");
    }

    @Test
    void anAttendeeImportedWithoutPasswordChoosesOneThroughTheMailedLink() throws Exception {
        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        var response = HttpClient.newBuilder()
                .cookieHandler(admin.cookies())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(admin.base() + "api/admin/events/demo/attendees"))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "email,displayName,ticketType\n" + "ivy@accounts.test,Ivy Import,General\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());

        MimeMessage mail = awaitMail("ivy@accounts.test", "You are registered for Hallway Demo Summit");
        var web = new WebClient(url);
        var saved = web.submit(
                local(link(text(mail))),
                "reset",
                Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD),
                "submit");
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(new WebClient(url).login("ivy@accounts.test", NEW_PASSWORD), "the imported attendee logs in");
    }

    @Test
    void whileTheSmtpServerIsDownMailIsRetriedAndNothingIsLost() throws Exception {
        smtp.stop();
        String grace = DemoEvent.ATTENDEES.get(1);
        var web = new WebClient(url);
        assertEquals(
                302,
                web.submit("forgot-password.xhtml", "forgot", Map.of("email", grace), "submit")
                        .statusCode());

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Pattern failedAttempt = Pattern.compile(
                "To <strong>" + Pattern.quote(grace) + "</strong>.*?PENDING</span> after [1-9]\\d* attempt",
                Pattern.DOTALL);
        String outbox = "";
        while (System.nanoTime() < deadline && !failedAttempt.matcher(outbox).find()) {
            Thread.sleep(200);
            outbox = web.get("outbox.xhtml").body();
        }
        assertTrue(failedAttempt.matcher(outbox).find(), "the failed attempt is recorded and visible: " + outbox);
        assertTrue(outbox.contains("Last error"), "with its error");

        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
        MimeMessage mail = awaitMail(grace, "Reset your Hallway password");
        assertTrue(link(text(mail)).startsWith(PUBLIC_BASE));
    }

    @Test
    void checkingAPasswordTakesAsLongForAnUnknownAddressAsForAKnownOne() throws Exception {
        var medians = json(new WebClient(url)
                        .get("testing/identity-timing?email=" + DemoEvent.ATTENDEES.get(2) + "&rounds=15")
                        .body())
                .asJsonObject();
        double known = medians.getJsonNumber("known").longValue();
        double unknown = medians.getJsonNumber("unknown").longValue();
        double ratio = unknown / known;
        assertTrue(ratio > 0.6 && ratio < 1.67, "median known " + known + " ns, unknown " + unknown + " ns");
    }

    @Test
    void repeatedFailuresFromOneAddressAreSlowedDownThenLockedEvenForTheRightPassword() throws Exception {
        // Each wrong guess names another account: only this client address connects them. The server
        // clock is moved past each wait (settable clock), so nothing here depends on how fast it runs.
        var support = new WebClient(url);
        Pattern waitFor = Pattern.compile("try again in (\\d+) seconds");
        int failures = 0;
        int firstWaitAfter = -1;
        int lastWait = 0;
        for (int attempt = 1; lastWait <= 60 && attempt < 200; attempt++) {
            String answer = new WebClient(url)
                    .submit(
                            "login.xhtml",
                            "login",
                            Map.of("email", "guess" + attempt + "@hallway.test", "password", "guess-" + attempt),
                            "submit")
                    .body();
            Matcher wait = waitFor.matcher(answer);
            if (wait.find()) {
                firstWaitAfter = firstWaitAfter < 0 ? failures : firstWaitAfter;
                lastWait = Integer.parseInt(wait.group(1));
                if (lastWait <= 60) {
                    support.get("testing/advance-clock?millis=61000"); // the longest growing delay is a minute
                }
            } else {
                assertTrue(answer.contains("Wrong e-mail address or password."), answer);
                failures++;
            }
        }
        assertTrue(
                firstWaitAfter >= 1 && firstWaitAfter <= LoginThrottle.FREE_FAILURES + 1,
                "a wait after at most five free failures (another test may have failed a login before): "
                        + firstWaitAfter);
        assertTrue(lastWait > 800, "then a 15-minute lockout: " + lastWait + " s");
        assertTrue(failures <= LoginThrottle.LOCKOUT_FAILURES, "after at most 20 failures: " + failures);
        var right = new WebClient(url)
                .submit(
                        "login.xhtml",
                        "login",
                        Map.of("email", DemoEvent.ATTENDEES.get(3), "password", DemoEvent.PASSWORD),
                        "submit");
        assertEquals(200, right.statusCode(), "refused without checking the password: the address is locked");
        assertTrue(right.body().contains("Too many failed attempts"), right.body());
        support.get("testing/advance-clock?millis=" + (LoginThrottle.LOCKOUT.toMillis() + 1000));
        assertTrue(new WebClient(url).login(DemoEvent.ATTENDEES.get(3), DemoEvent.PASSWORD), "open again afterwards");
    }

    // ---- the organiser's registrations (same deployment: one server start) ----

    @Test
    void anOrganiserInvitesThreeAddressesAndEachRegistersFromTheirMail() throws Exception {
        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        String page = "admin/registrations.xhtml?event=demo";
        Matcher general = Pattern.compile("<option value=\"(\\d+)\"[^>]*>General</option>")
                .matcher(admin.get(page).body());
        assertTrue(general.find());
        List<String> invited = List.of("invitee1@accounts.test", "invitee2@accounts.test", "invitee3@accounts.test");
        var sent = admin.submit(
                page,
                "invite",
                Map.of(
                        "ticketType",
                        general.group(1),
                        "addresses",
                        "Invitee One <invitee1@accounts.test>, invitee2@accounts.test\ninvitee3@accounts.test"),
                "send");
        assertEquals(302, sent.statusCode(), sent.body());

        var refused = admin.submit(
                page,
                "invite",
                Map.of("ticketType", general.group(1), "addresses", "ok@accounts.test, not-an-address"),
                "send");
        assertTrue(refused.body().contains("Not e-mail addresses: not-an-address. Nobody was invited."));

        for (String address : invited) {
            MimeMessage mail = awaitMail(address, "You are invited to Hallway Demo Summit");
            assertTrue(html(mail).contains("src=\"cid:qr\""));
            assertTrue(hasInlineQr(mail), "the QR code travels inline");
            String link = local(link(text(mail)));
            var web = new WebClient(url);
            assertTrue(web.get(link).body().contains("value=\"" + address + "\""), "the address is filled in");
            var registered = web.submit(
                    link,
                    "register",
                    Map.of(
                            "displayName",
                            "Guest " + address.charAt(7),
                            "email",
                            address,
                            "password",
                            NEW_PASSWORD,
                            "confirmation",
                            NEW_PASSWORD),
                    "submit");
            assertEquals(302, registered.statusCode(), registered.body());
        }
        assertTrue(admin.get(page + "&q=invitee").body().contains("Attendees (3)"));
        assertFalse(
                java.util.Arrays.stream(smtp.getReceivedMessages())
                        .anyMatch(m -> recipient(m).startsWith("ok@")),
                "a refused list invites nobody");
    }

    @Test
    void aRevokedTicketEndsAccessAtOnceAndClosesTheOpenSocket() throws Exception {
        var support = new WebClient(url);
        String email = json(support.get("testing/attendees?prefix=revoked&count=1&ticketType=General")
                        .body())
                .asJsonArray()
                .getString(0);
        long session = Long.parseLong(
                support.get("testing/session?name=Revocation&meetingSeconds=60" + "&allowRematch=true&maxExtensions=0")
                        .body()
                        .strip());
        var attendee = new WebClient(url);
        assertTrue(attendee.login(email, DemoEvent.PASSWORD));
        var socket = org.hallway.testing.TestSocket.open(attendee, session);
        socket.await("welcome");

        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        String page = "admin/registrations.xhtml?event=demo&q=" + email;
        assertTrue(admin.get(page).body().contains(email));
        var revoked = admin.submit(page, "registrations", Map.of(), "tickets:0:revoke");
        assertEquals(302, revoked.statusCode(), revoked.body());

        assertEquals(4003, socket.closeCode(Duration.ofSeconds(10)), "the open socket is closed");
        assertTrue(admin.get(page).body().contains("Nobody matches this search."));
        var refused = org.junit.jupiter.api.Assertions.assertThrows(
                java.net.http.WebSocketHandshakeException.class,
                () -> org.hallway.testing.TestSocket.open(attendee, session));
        assertEquals(403, refused.getResponse().statusCode(), "no ticket, no socket");
    }

    @Test
    void theRegistrationsExportIsFormulaSafeAndFollowsTheSearch() throws Exception {
        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        var imported = HttpClient.newBuilder()
                .cookieHandler(admin.cookies())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(admin.base() + "api/admin/events/demo/attendees"))
                                .header("Content-Type", "text/csv")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "email,displayName,ticketType,password\n"
                                                        + "formula@accounts.test,\"=HYPERLINK(\"\"http://evil\"\")\",General,formula-pass-1\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
        var csv = admin.get("admin/registrations.csv?event=demo&q=formula");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(2, lines.size(), "only the search's match: " + lines);
        assertEquals("name,email,email_confirmed,ticket_type,issued_at_utc", lines.get(0));
        assertTrue(
                lines.get(1).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",formula@accounts.test,yes,General,"),
                lines.get(1));
        assertEquals(403, attendeeGet("admin/registrations.csv?event=demo"), "organisers only");
    }

    @Test
    void draftsAreHiddenDeletedEventsDisappearAndComeBackOnRestore() throws Exception {
        String token = json(new WebClient(url)
                        .get("testing/event?slug=lifecycle")
                        .body())
                .toString()
                .replace("\"", "");
        var visitor = new WebClient(url);
        assertTrue(visitor.get("index.xhtml").body().contains("Event lifecycle"), "public and today: listed");

        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        assertEquals(
                302,
                admin.submit(
                                "admin/events.xhtml",
                                "events",
                                Map.of(),
                                button(admin, "admin/events.xhtml", "/lifecycle<", "draft"))
                        .statusCode());
        assertFalse(visitor.get("index.xhtml").body().contains("Event lifecycle"), "a draft is not listed");
        assertTrue(
                visitor.get("register.xhtml?token=" + token).body().contains("This invite link is not valid"),
                "a draft takes no registrations");
        assertEquals(
                302,
                admin.submit(
                                "admin/events.xhtml",
                                "events",
                                Map.of(),
                                button(admin, "admin/events.xhtml", "/lifecycle<", "unlisted"))
                        .statusCode());
        assertFalse(visitor.get("index.xhtml").body().contains("Event lifecycle"), "unlisted: not on the front page");
        assertTrue(
                visitor.get("register.xhtml?token=" + token).body().contains("Event lifecycle"), "but the link works");

        String tickets = "admin/tickets.xhtml?event=lifecycle";
        var deleted = admin.submit(tickets, "types", Map.of(), button(admin, tickets, "value=\"Unused\"", "delete"));
        assertTrue(deleted.body().contains("Ticket type “Unused” deleted"), deleted.body());
        assertFalse(admin.get(tickets).body().contains("value=\"Unused\""), "a ticket type without tickets is deleted");

        assertEquals(
                302,
                admin.submit(
                                "admin/events.xhtml",
                                "events",
                                Map.of(),
                                button(admin, "admin/events.xhtml", "/lifecycle<", "delete"))
                        .statusCode());
        assertFalse(
                admin.get("admin/events.xhtml").body().contains("Event lifecycle</strong><br"), "gone from the list");
        assertTrue(admin.get("admin/events.xhtml").body().contains("Deleted events"));
        assertTrue(visitor.get("register.xhtml?token=" + token).body().contains("This invite link is not valid"));
        assertEquals(404, admin.get("admin/registrations.xhtml?event=lifecycle").statusCode());

        assertEquals(
                302,
                admin.submit(
                                "admin/events.xhtml",
                                "deleted",
                                Map.of(),
                                button(admin, "admin/events.xhtml", "/lifecycle<", "restore"))
                        .statusCode());
        assertEquals(200, admin.get("admin/registrations.xhtml?event=lifecycle").statusCode(), "restored");
    }

    @Test
    void deletingASessionTakesItsNetworkingDataWithItAfterSayingSo() throws Exception {
        var support = new WebClient(url);
        long session = Long.parseLong(support.get("testing/session?name=Doomed%20networking&meetingSeconds=60"
                        + "&allowRematch=true&maxExtensions=0")
                .body()
                .strip());
        var recovered = json(support.get("testing/crash-and-recover?session=" + session + "&a="
                                + DemoEvent.ATTENDEES.get(0) + "&b=" + DemoEvent.ATTENDEES.get(1))
                        .body())
                .asJsonObject();
        assertTrue(recovered.getBoolean("expiredEnded") && recovered.getBoolean("runningOpen"));
        support.get("testing/end-session?session=" + session);
        assertFalse(
                json(support.get("testing/meetings?session=" + session).body())
                        .asJsonArray()
                        .isEmpty(),
                "meetings to delete");
        assertEquals(
                JsonValue.TRUE,
                json(support.get("testing/floor-here?session=" + session).body()),
                "its floor is served here");
        assertNotEquals(
                JsonValue.NULL,
                json(support.get("testing/lease-holder?session=" + session).body()),
                "under this node's lease (the test server runs a data grid of one)");

        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        String page = "admin/sessions.xhtml?event=demo";
        String html = admin.get(page).body();
        String row = html.substring(html.indexOf("Doomed networking"));
        assertTrue(
                row.substring(0, row.indexOf("</tr>"))
                        .contains("Its networking rules, meetings, reports and joined"
                                + " seats go with it; connections attendees made stay."),
                "the confirmation says what goes");
        var deleted = admin.submit(page, "sessions", Map.of(), button(admin, page, "Doomed networking", "delete"));
        assertTrue(deleted.statusCode() == 200 || deleted.statusCode() == 302, String.valueOf(deleted.statusCode()));
        assertFalse(admin.get(page).body().contains("Doomed networking"), "the session is gone");
        assertTrue(
                json(support.get("testing/meetings?session=" + session).body())
                        .asJsonArray()
                        .isEmpty(),
                "with its meetings");
        assertEquals(
                JsonValue.FALSE,
                json(support.get("testing/floor-here?session=" + session).body()),
                "its floor is dropped once the deletion is committed: nothing renews its lease");
        assertEquals(
                JsonValue.NULL,
                json(support.get("testing/lease-holder?session=" + session).body()),
                "its lease row went with it");
        var claim = support.get("testing/lease-claim?session=" + session + "&node=any");
        assertEquals(
                200,
                claim.statusCode(),
                "a lease for a deleted session is refused, not a foreign-key error: " + claim.body());
        assertEquals(JsonValue.FALSE, json(claim.body()), "and none is written");
        assertEquals(
                JsonValue.NULL,
                json(support.get("testing/lease-holder?session=" + session).body()));
    }

    @Test
    void theImportPageImportsPastedLinesAndShowsTheRefusedOnes() throws Exception {
        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        String page = "admin/import.xhtml?event=demo";
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                .matcher(admin.get(page).body());
        assertTrue(state.find());
        String boundary = "----hallway" + System.nanoTime();
        var body = new StringBuilder();
        for (var field : List.of(
                Map.entry("import", "import"),
                Map.entry("import:run", "Import"),
                Map.entry("import:pasted", ""),
                Map.entry("jakarta.faces.ViewState", state.group(1)))) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field.getKey())
                    .append("\"\r\n\r\n")
                    .append(field.getValue())
                    .append("\r\n");
        }
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"import:file\";"
                        + " filename=\"attendees.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .append(
                        "email,displayName,ticketType\npage@accounts.test,Paige Import,General\nbad@accounts.test,Bad,Platinum\n")
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        var result = HttpClient.newBuilder()
                .cookieHandler(admin.cookies())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(admin.base() + page))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, result.statusCode());
        assertTrue(result.body().contains("2 lines: 1 new accounts"), result.body());
        assertTrue(result.body().contains("No ticket type named"), "the refused line is shown");
        awaitMail("page@accounts.test", "You are registered for Hallway Demo Summit");
    }

    /** The name of the button {@code id} in the first table row after {@code marker}. */
    @Test
    void aDraftEventIsUnknownToItsTicketHoldersEverywhereButOrganisersSeeIt() throws Exception {
        var support = new WebClient(url);
        String email = json(support.get("testing/attendees?prefix=drafted&count=1&ticketType=General")
                        .body())
                .asJsonArray()
                .getString(0);
        long session = Long.parseLong(support.get("testing/session?name=Drafted%20networking&meetingSeconds=60"
                        + "&allowRematch=true&maxExtensions=0")
                .body()
                .strip());
        var attendee = new WebClient(url);
        assertTrue(attendee.login(email, DemoEvent.PASSWORD));
        assertTrue(
                attendee.get("event/agenda.xhtml?event=demo&tab=networking")
                        .body()
                        .contains("Drafted networking"),
                "public: seen");
        org.hallway.testing.TestSocket.open(attendee, session).await("welcome");

        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        assertEquals(
                302,
                admin.submit(
                                "admin/events.xhtml",
                                "events",
                                Map.of(),
                                button(admin, "admin/events.xhtml", "/demo<", "draft"))
                        .statusCode());
        try {
            var agenda = attendee.get("event/agenda.xhtml?event=demo&tab=networking");
            assertEquals(404, agenda.statusCode(), "the agenda answers as for an unknown event");
            assertTrue(
                    agenda.body().contains("There is nothing at this address.")
                            && !agenda.body().contains("Drafted networking"),
                    agenda.body());
            assertEquals(404, attendee.get("event/networking.xhtml?event=demo").statusCode(), "the networking tab");
            assertEquals(
                    404,
                    attendee.get("event/networking.xhtml?session=" + session).statusCode(),
                    "the session page");
            assertEquals(
                    404,
                    attendee.get("api/networking/sessions/" + session + "/matches.vcf")
                            .statusCode());
            var refused = org.junit.jupiter.api.Assertions.assertThrows(
                    java.net.http.WebSocketHandshakeException.class,
                    () -> org.hallway.testing.TestSocket.open(attendee, session));
            assertEquals(404, refused.getResponse().statusCode(), "the handshake: no such session");

            assertTrue(
                    admin.get("event/agenda.xhtml?event=demo&tab=networking")
                            .body()
                            .contains("Drafted networking"),
                    "organisers still see the draft");
            assertFalse(
                    admin.get("event/networking.xhtml?session=" + session)
                            .body()
                            .contains("There is no networking session here."),
                    "and its sessions");
        } finally {
            admin.submit(
                    "admin/events.xhtml", "events", Map.of(), button(admin, "admin/events.xhtml", "/demo<", "public"));
        }
        assertTrue(
                attendee.get("event/agenda.xhtml?event=demo&tab=networking")
                        .body()
                        .contains("Drafted networking"),
                "public again");
    }

    @Test
    void onceANetworkingSessionIsOverTheOrganiserSendsEveryoneASummaryOfThePeopleTheyMetOnce() throws Exception {
        var support = new WebClient(url);
        List<String> emails = json(support.get("testing/attendees?prefix=followup&count=3&ticketType=General")
                        .body())
                .asJsonArray()
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
        long session = Long.parseLong(support.get("testing/session?name=Follow%20%3Cup%3E&meetingSeconds=60"
                        + "&allowRematch=true&maxExtensions=0")
                .body()
                .strip());
        support.get("testing/crash-and-recover?session=" + session + "&a=" + emails.get(0) + "&b=" + emails.get(1));
        support.get("testing/crash-and-recover?session=" + session + "&a=" + emails.get(2) + "&b=" + emails.get(0));
        String page = "event/matches.xhtml?session=" + session;
        for (int[] pair : new int[][] {{0, 1}, {1, 0}}) {
            var web = new WebClient(url);
            assertTrue(web.login(emails.get(pair[0]), DemoEvent.PASSWORD));
            var answer = web.submit(page, "matches", Map.of(), button(web, page, "Test followup" + pair[1], "connect"));
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 302, String.valueOf(answer.statusCode()));
        }
        assertEquals(
                "connected",
                json(support.get("testing/connection?session=" + session + "&a="
                                        + support.get("testing/account?email=" + emails.get(0))
                                                .body() + "&b="
                                        + support.get("testing/account?email=" + emails.get(1))
                                                .body())
                                .body())
                        .toString()
                        .replace("\"", ""));

        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        String rules = "admin/networking-rules.xhtml?session=" + session;
        assertTrue(admin.get(rules).body().contains("Available once the session has ended."));
        var early = admin.submit(rules, "summaries", Map.of(), "send");
        assertFalse(
                early.body().contains("queued for"), "not before the end: the button is not there, nothing is sent");

        support.get("testing/end-session?session=" + session);
        String entry = "</strong> · FOLLOW_UP";
        assertFalse(admin.get("outbox.xhtml").body().contains(entry), "ending sends nothing by itself");
        var sent = admin.submit(rules, "summaries", Map.of(), "send");
        assertTrue(sent.body().contains("Connection summaries queued for 2 people."), sent.body());
        assertTrue(sent.body().contains("Sent on "), "the page says when");

        // 0 and 1 met and connected; 2's meetings with 0 failed (recovered, never held): nobody to list
        for (int i = 0; i < 2; i++) {
            String text = text(awaitMail(emails.get(i), "Your connections from Follow <up>"));
            assertTrue(text.contains(PUBLIC_BASE + page), "a link to the matches page: " + text);
            assertTrue(text.contains("- Test followup" + (1 - i) + " <" + emails.get(1 - i) + ">"), text);
            assertFalse(text.contains(emails.get(2)), "a failed meeting is no meeting: " + text);
        }
        String html = html(awaitMail(emails.get(0), "Your connections from Follow <up>"));
        assertTrue(html.contains("Follow &lt;up&gt;") && !html.contains("Follow <up>"), "escaped: " + html);
        assertTrue(html.contains("mailto:" + emails.get(1)), html);

        var again = admin.submit(rules, "summaries", Map.of(), "send");
        assertFalse(again.body().contains("queued for"), "sent once: " + again.body());
        String outbox = admin.get("outbox.xhtml").body();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    i < 2 ? 1 : 0,
                    outbox.split(Pattern.quote("To <strong>" + emails.get(i) + entry), -1).length - 1,
                    "one summary each, none for who met nobody: " + emails.get(i));
        }
    }

    /**
     * Last: it moves the server clock a month ahead (it only moves forward), past the demo event's
     * days. The only order among these tests: each other one makes its own data.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aDeletedEventIsRemovedForGoodThirtyDaysLaterWithItsData() throws Exception {
        var support = new WebClient(url);
        long session = Long.parseLong(
                support.get("testing/event-with-data?slug=purged").body().strip());
        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        assertEquals(
                302,
                admin.submit(
                                "admin/events.xhtml",
                                "events",
                                Map.of(),
                                button(admin, "admin/events.xhtml", "/purged<", "delete"))
                        .statusCode());
        support.get("testing/advance-clock?millis=" + Duration.ofDays(29).toMillis());
        assertTrue(admin.get("admin/events.xhtml").body().contains("/purged<"), "restorable for 30 days: kept");

        support.get("testing/advance-clock?millis="
                + Duration.ofDays(1).plusMinutes(1).toMillis());
        assertFalse(admin.get("admin/events.xhtml").body().contains("/purged<"), "then removed for good");
        assertEquals(
                0,
                json(support.get("testing/ticket-types?event=purged").body())
                        .asJsonArray()
                        .size(),
                "with its ticket types");
        assertTrue(
                json(support.get("testing/meetings?session=" + session).body())
                        .asJsonArray()
                        .isEmpty(),
                "its sessions and networking data");
    }

    private static String button(WebClient web, String page, String marker, String id) throws Exception {
        String html = web.get(page).body();
        int at = html.indexOf(marker);
        assertTrue(at >= 0, marker + " on " + page);
        Matcher m = Pattern.compile("name=\"[^\":]+:([^\"]*:" + id + ")\"").matcher(html);
        assertTrue(m.find(at), id + " after " + marker);
        return m.group(1);
    }

    private int attendeeGet(String path) throws Exception {
        var attendee = new WebClient(url);
        assertTrue(attendee.login(DemoEvent.ATTENDEES.get(5), DemoEvent.PASSWORD));
        return attendee.get(path).statusCode();
    }

    private static boolean hasInlineQr(Part part) throws Exception {
        if (part.isMimeType("image/png")) {
            String[] ids = part.getHeader("Content-ID");
            return ids != null && ids[0].equals("<qr>") && Part.INLINE.equalsIgnoreCase(part.getDisposition());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (hasInlineQr(multipart.getBodyPart(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- hardening (same deployment: one server start) ----

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        for (String page : List.of(
                "index.xhtml",
                "login.xhtml",
                "outbox.xhtml",
                "no-such-page.xhtml",
                "event/networking.xhtml?event=demo",
                "admin/events.xhtml",
                "health/live")) {
            var response = admin.get(page);
            var headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(
                    csp.contains("script-src 'self' 'wasm-unsafe-eval'")
                            && !csp.contains("unsafe-inline")
                            && csp.contains("frame-ancestors 'none'")
                            && csp.contains("media-src 'self' blob: mediastream:"),
                    page + ": " + csp);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), page);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), page);
            assertTrue(
                    headers.firstValue("Permissions-Policy").orElse("").contains("camera=(self), microphone=(self)"),
                    page);
            assertFalse(
                    response.body().contains(" onclick=") || response.body().contains("<script>"),
                    page + " has no inline script the policy would block");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        var response = new WebClient(url).get("login.xhtml");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void aFormSentFromAnotherSiteChangesNothing() throws Exception {
        var support = new WebClient(url);
        String email = json(support.get("testing/attendees?prefix=forged&count=1")
                        .body())
                .asJsonArray()
                .getString(0);
        for (Map.Entry<String, String> forged : List.of(
                Map.entry("Origin", "https://evil.example"),
                Map.entry("Referer", "https://evil.example/attack.html"),
                Map.entry("Origin", "null"))) {
            var response = postForm("forgot-password.xhtml", "forgot", Map.of("email", email), "submit", forged);
            assertEquals(403, response.statusCode(), forged.toString());
        }
        // A reset request is handled after its answer (ResetRequests): once none is in hand, the outbox
        // holds every mail these requests queued.
        awaitNoResetRequestInHand(support);
        assertEquals(0, mailsQueuedFor(support, email), "no reset mail was queued by the forged forms");
        var same = postForm(
                "forgot-password.xhtml",
                "forgot",
                Map.of("email", email),
                "submit",
                Map.entry("Origin", "http://localhost:" + url.getPort()));
        assertEquals(302, same.statusCode(), "a form of this site goes through");
        awaitNoResetRequestInHand(support);
        assertEquals(1, mailsQueuedFor(support, email), "and queues its mail, as the forged ones would have");
    }

    private static void awaitNoResetRequestInHand(WebClient support) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Long.parseLong(
                        support.get("testing/reset-requests-in-hand").body().strip())
                > 0) {
            assertTrue(System.nanoTime() < deadline, "reset requests still in hand after 30 s");
            Thread.sleep(50);
        }
    }

    private static long mailsQueuedFor(WebClient support, String email) throws Exception {
        return Long.parseLong(
                support.get("testing/outbox-count?to=" + enc(email)).body().strip());
    }

    @Test
    void anExpiredFormAnswersAFriendlyPageNot500() throws Exception {
        var web = new WebClient(url);
        web.get("login.xhtml");
        var response = HttpClient.newBuilder()
                .cookieHandler(web.cookies())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(web.base() + "login.xhtml"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Aemail=a%40b.test"
                                        + "&login%3Apassword=whatever-pass&login%3Asubmit=submit"
                                        + "&jakarta.faces.ViewState=-123%3A456"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(303, response.statusCode(), "status " + response.statusCode());
        assertTrue(web.get(location(response).replaceFirst("^.*?/accounts/", ""))
                .body()
                .contains("This page expired"));
    }

    @Test
    void operationsEndpointsAreNotOpenToAnyone() throws Exception {
        var anonymous = new WebClient(url);
        String server = "http://localhost:" + url.getPort() + "/";
        var http = HttpClient.newHttpClient();
        for (String endpoint : List.of("metrics", "openapi", "health")) {
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(server + endpoint))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
            assertNotEquals(200, status, "/" + endpoint + " is closed");
        }
        assertEquals(200, anonymous.get("health/live").statusCode(), "liveness is public");
        assertEquals(401, anonymous.get("health/ready").statusCode(), "details are not");
        var withToken = http.send(
                HttpRequest.newBuilder(URI.create(anonymous.base() + "health/ready"))
                        .header("Authorization", "Bearer test-ops-token")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, withToken.statusCode());
        assertTrue(withToken.body().contains("\"database\":{\"status\":\"UP\""), withToken.body());
        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        assertEquals(200, admin.get("health/ready").statusCode());
        assertNotEquals(200, admin.get("api/application.wadl").statusCode(), "no WADL");
    }

    @Test
    void aForgedHostHeaderDoesNotChangeInviteLinks() throws Exception {
        var admin = new WebClient(url);
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD));
        // Every cookie, as a browser sends them (a distributable session also has its JSESSIONIDVERSION).
        String cookies = admin.cookies().getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        String path = URI.create(admin.base()).getPath() + "admin/tickets.xhtml?event=demo";
        String answer;
        try (var socket = new java.net.Socket("localhost", url.getPort())) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nCookie: " + cookies
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
        assertTrue(answer.contains(PUBLIC_BASE + "register.xhtml?token="), "links on the configured address");
        assertFalse(answer.contains("evil.example"), "the forged Host appears nowhere");
        assertTrue(
                answer.contains("These invite links start with " + PUBLIC_BASE + " (the setting hallway.mail.base-url),"
                        + " not with the address you are using now."),
                "the organiser is warned that the links lead elsewhere");
    }

    @Test
    void headshotsAreServedOnlyToPeopleWhoShareAnEventAndOnlyWhileInUse() throws Exception {
        var support = new WebClient(url);
        String owner = DemoEvent.ATTENDEES.get(5);
        long first = Long.parseLong(
                support.get("testing/headshot?email=" + owner).body().strip());
        assertTrue(first >= 1_000_000_000_000_000L, "an unguessable id: " + first);
        String loner = json(support.get("testing/attendees?prefix=loner&count=1")
                        .body())
                .asJsonArray()
                .getString(0); // no ticket

        assertEquals(404, new WebClient(url).get("images/" + first).statusCode(), "not without login");
        var peer = new WebClient(url);
        assertTrue(peer.login(DemoEvent.ATTENDEES.get(4), DemoEvent.PASSWORD));
        var shown = peer.get("images/" + first);
        assertEquals(200, shown.statusCode(), "to someone at the same event");
        assertTrue(shown.headers().firstValue("Cache-Control").orElse("").startsWith("private"));
        var stranger = new WebClient(url);
        assertTrue(stranger.login(loner, DemoEvent.PASSWORD));
        assertEquals(404, stranger.get("images/" + first).statusCode(), "not to someone sharing no event");

        long second = Long.parseLong(
                support.get("testing/headshot?email=" + owner).body().strip());
        assertEquals(404, peer.get("images/" + first).statusCode(), "a replaced headshot is served no more");
        assertEquals(200, peer.get("images/" + second).statusCode());
        assertEquals(404, peer.get("images/" + (second + 1)).statusCode());
    }

    @Test
    void anOversizedUploadGetsAClearRefusalNot500() throws Exception {
        var web = new WebClient(url);
        assertTrue(web.login(DemoEvent.ATTENDEES.get(4), DemoEvent.PASSWORD));
        byte[] body = new byte[3 * 1024 * 1024 + 100];
        java.util.Arrays.fill(body, (byte) 'x');
        var response = HttpClient.newBuilder()
                .cookieHandler(web.cookies())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(web.base() + "account/profile.xhtml"))
                                .header("Content-Type", "multipart/form-data; boundary=xyz")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("Images may have at most 2048 KB"), response.body());
    }

    @Test
    @Order(18)
    void theDemoOutboxIsOpenWithoutLoginOnlyToThisMachinesBrowsers() throws Exception {
        String marker = "To <strong>" + DemoEvent.ADMIN_EMAIL + "</strong>";
        assertEquals(
                302,
                new WebClient(url)
                        .submit("forgot-password.xhtml", "forgot", Map.of("email", DemoEvent.ADMIN_EMAIL), "submit")
                        .statusCode());
        var http = HttpClient.newHttpClient();
        String path = URI.create(new WebClient(url).base()).getPath() + "outbox.xhtml";

        var local = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + url.getPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, local.statusCode(), "demo mode, a browser on the server's machine");
        assertTrue(
                local.body().contains(marker) && local.body().contains("reset-password.xhtml?token="),
                "with the mails' links");

        for (String forwarding : List.of("X-Forwarded-For", "Forwarded", "X-Real-IP")) {
            var proxied = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + url.getPort() + path))
                            .header(forwarding, forwarding.equals("Forwarded") ? "for=127.0.0.1" : "127.0.0.1")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, proxied.statusCode(), "through a proxy on this machine (" + forwarding + ")");
            assertFalse(proxied.body().contains("reset-password.xhtml?token="));
        }

        String external = externalAddress();
        var remote = http.send(
                HttpRequest.newBuilder(URI.create("http://" + external + ":" + url.getPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, remote.statusCode(), "from another machine's point of view (" + external + ")");
        assertFalse(remote.body().contains("reset-password.xhtml?token="), "no reset link leaks");
    }

    @Test
    @Order(98) // moves the clock an hour on: after the tests that keep to the present
    void resetLinksPerAddressAreLimitedToThreeAnHourCountedInTheDatabase() throws Exception {
        var support = new WebClient(url);
        String email = json(support.get("testing/attendees?prefix=resetlimit&count=1&ticketType=General")
                        .body())
                .asJsonArray()
                .getString(0);
        for (int i = 0; i < AccountRecovery.RESET_LIMIT + 2; i++) {
            assertEquals(
                    302,
                    new WebClient(url)
                            .submit("forgot-password.xhtml", "forgot", Map.of("email", email), "submit")
                            .statusCode(),
                    "every request gets the same answer");
        }
        // The requests are handled after the answer: wait until none is in hand, refused ones included.
        awaitNoResetRequestInHand(support);
        assertEquals(AccountRecovery.RESET_LIMIT, mailsQueuedFor(support, email), "no more links within the hour");
        long delivered = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (resetMailsTo(email) < AccountRecovery.RESET_LIMIT && System.nanoTime() < delivered) {
            Thread.sleep(100);
        }
        assertEquals(AccountRecovery.RESET_LIMIT, resetMailsTo(email), "the queued links are mailed");

        support.get("testing/advance-clock?millis=" + (AccountRecovery.RESET_WINDOW.toMillis() + 1000));
        assertEquals(
                302,
                new WebClient(url)
                        .submit("forgot-password.xhtml", "forgot", Map.of("email", email), "submit")
                        .statusCode());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (resetMailsTo(email) == AccountRecovery.RESET_LIMIT && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(AccountRecovery.RESET_LIMIT + 1, resetMailsTo(email), "an hour later a link is mailed again");
    }

    private static long resetMailsTo(String email) {
        return java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(email) && subject(m).startsWith("Reset your Hallway password"))
                .count();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address of this machine that is not loopback: requests to it arrive from a non-loopback peer. */
    private String externalAddress() throws Exception {
        if (!java.net.InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            return url.getHost();
        }
        return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address)
                .map(java.net.InetAddress::getHostAddress)
                .findFirst()
                .orElseThrow(() -> new AssertionError("this machine has no non-loopback IPv4 address"));
    }

    private HttpResponse<String> postForm(
            String page, String form, Map<String, String> fields, String button, Map.Entry<String, String> header)
            throws Exception {
        var web = new WebClient(url);
        String html = web.get(page).body();
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        assertTrue(m.find());
        var body = new StringBuilder(form + "=" + form);
        fields.forEach((k, v) ->
                body.append('&').append(enc(form + ":" + k)).append('=').append(enc(v)));
        body.append('&')
                .append(enc(form + ":" + button))
                .append('=')
                .append(button)
                .append("&jakarta.faces.ViewState=")
                .append(enc(m.group(1)));
        return HttpClient.newBuilder()
                .cookieHandler(web.cookies())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(web.base() + page))
                                .header(header.getKey(), header.getValue())
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers ----

    /** A /testing/ answer. */
    private static jakarta.json.JsonValue json(String body) {
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readValue();
    }

    private static MimeMessage awaitMail(String to, String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getSubject().startsWith(subject)
                        && m.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals(to)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail '" + subject + "' to " + to + " within 30 s");
    }

    static String text(Part part) throws Exception {
        return partOfType(part, "text/plain");
    }

    static String html(Part part) throws Exception {
        return partOfType(part, "text/html");
    }

    private static String partOfType(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = partOfType(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String link(String text) {
        Matcher m = Pattern.compile("https?://\\S+").matcher(text);
        assertTrue(m.find(), "a link in " + text);
        return m.group();
    }

    /** The mailed link on the test server (the mail names the configured public address). */
    private static String local(String link) {
        assertTrue(link.startsWith(PUBLIC_BASE), link);
        return link.substring(PUBLIC_BASE.length());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String sessionId(WebClient web) {
        return web.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
