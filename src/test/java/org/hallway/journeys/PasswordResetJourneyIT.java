package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.WebClient;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 2: a person who forgot the password asks for a link, chooses a new password through the
 * mailed link and is logged in; the old password no longer works, the new one does, and the link
 * is refused the second time with a clear message. The account is the journey's own (imported by
 * the organiser beforehand), so no other journey's login changes.
 */
@Tag("portable")
@ExtendWith(BrowserArtifacts.class)
class PasswordResetJourneyIT {

    static final String OLD_PASSWORD = "the-old-password-1";
    static final String NEW_PASSWORD = "the-new-password-2";

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLinkWhichWorksOnce() throws Exception {
        resetsAForgottenPassword(JourneyServer.shared());
    }

    public static void resetsAForgottenPassword(Site site) throws Exception {
        String email = "forgetful-" + RegistrationJourneyIT.unique() + "@journeys.test";
        anAttendeeExists(site, email, "Fay Forgetful", OLD_PASSWORD);

        Person person = Person.at(site.address(), "forgetful");
        person.opensTheSite()
                .clicks("Log in")
                .clicks("Forgot your password?")
                .fillsIn("E-mail", email)
                .clicks("Send me a link")
                .sees("If an account exists for this address, a link to choose a new password is on its way.");

        String link =
                site.mailbox().awaitMail(email, "Reset your Hallway password").link("reset-password.xhtml");
        person.follows(link).sees("Choose a new password");
        person.usesAPhone().scrollsNoSideways().usesALaptop();
        person.fillsIn("New password", NEW_PASSWORD)
                .fillsIn("New password again", NEW_PASSWORD)
                .clicks("Save my new password")
                .sees("Your new password is set, and you are logged in.")
                .sees(email);

        person.clicks("Log out")
                .clicks("Log in")
                .fillsIn("E-mail", email)
                .fillsIn("Password", OLD_PASSWORD)
                .clicks("Log in")
                .sees("Wrong e-mail address or password.");
        person.fillsIn("E-mail", email)
                .fillsIn("Password", NEW_PASSWORD)
                .clicks("Log in")
                .sees(email)
                .sees("Hallway Demo Summit");

        person.follows(link)
                .sees("This link is no longer valid: it was used already, has expired, or a newer one was sent.")
                .sees("Ask for a new link");
        person.leaves();
    }

    /** The organiser imports the attendee with a password (what the import page and API do): setup, not the journey. */
    static void anAttendeeExists(Site site, String email, String name, String password) throws Exception {
        var admin = new WebClient(URI.create(site.address()).toURL());
        assertTrue(admin.login(DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD), "the organiser logs in");
        var answer = HttpClient.newBuilder()
                .cookieHandler(admin.cookies())
                .build()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(admin.base() + "api/admin/events/" + DemoEvent.SLUG + "/attendees"))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString("email,displayName,ticketType,password\n"
                                        + email + "," + name + ",General," + password + "\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"created\":1"), answer.body());
    }
}
