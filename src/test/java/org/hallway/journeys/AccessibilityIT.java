package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page a person reaches, as anonymous visitor, attendee and organiser, on the demo data: axe
 * finds no serious or critical violation at a laptop's width, and at a phone's (390 px) nothing
 * scrolls sideways. On a phone the agenda is a list by time, and in a networking meeting the call
 * controls sit right under the video, above the chats. Each test walks its pages and reports every
 * problem found, not just the first.
 */
@ExtendWith(BrowserArtifacts.class)
class AccessibilityIT {

    private static final String PASSWORD = org.hallway.demo.DemoEvent.PASSWORD;

    private final List<String> problems = new ArrayList<>();
    private Site site;
    private Person person;
    private Person partner;

    @BeforeEach
    void reachTheSite() throws Exception {
        site = JourneyServer.shared();
    }

    @AfterEach
    void leave() {
        for (Person p : new Person[] {person, partner}) {
            if (p != null) {
                p.leaves();
            }
        }
    }

    @Test
    void everyPageAVisitorReachesIsAccessibleAndFitsAPhone() throws Exception {
        person = Person.at(site(), "visitor");
        person.opensTheSite().sees("Hallway Demo Summit");
        check("home");
        person.clicks("Hallway Demo Summit").sees("Forgot your password?");
        check("login");
        person.fillsIn("E-mail", "nobody@hallway.test")
                .fillsIn("Password", "wrong")
                .clicksIn("No account?", "Log in");
        check("login refused");
        person.clicks("Forgot your password?").sees("E-mail");
        check("forgot password");
        person.fillsIn("E-mail", "edsger@hallway.test").clicks("Send me a link").sees("If an account exists");
        check("forgot password sent");
        String reset = site.mailbox()
                .awaitMail("edsger@hallway.test", "Reset your Hallway password")
                .link("reset-password");
        person.follows(onThisSite(reset)).sees("New password again");
        check("reset password with a token");
        person.clicks("Save my new password");
        check("reset password refused");
        person.follows(site() + "reset-password.xhtml?token=not-a-token");
        check("reset password with a wrong token");
        person.follows(mailLink("You are invited")).sees("Password again");
        check("register through an invite link");
        person.clicksIn("E-mail", "Register");
        check("register refused");
        person.follows(site() + "register.xhtml?token=not-a-token");
        check("register with a wrong invite link");
        person.follows(mailLink("Confirm your e-mail"));
        check("verify e-mail with a token");
        person.follows(site() + "verify-email.xhtml?token=not-a-token");
        check("verify e-mail with a wrong token");
        person.follows(site() + "outbox.xhtml");
        check("outbox");
        person.follows(site() + "event/agenda.xhtml?event=no-such-event");
        check("an unknown event");
        assertNoProblems();
    }

    @Test
    void everyPageAnAttendeeReachesIsAccessibleAndFitsAPhone() throws Exception {
        person = Person.at(site(), "ada");
        logsIn("ada@hallway.test");
        person.clicks("Hallway Demo Summit").sees("Tell us about Opening keynote");
        check("agenda");
        person.usesAPhone();
        assertTheAgendaIsAListByTime();
        person.usesALaptop();
        person.clicksIn("Hallway live: welcome stream", "Join").sees("Q&A");
        check("session room, live");
        backToTheAgenda();
        person.clicksIn("Opening keynote", "Session page").sees("Opening keynote");
        check("session room, ended");
        backToTheAgenda();
        person.clicks("Tell us about Opening keynote").sees("Opening keynote");
        check("survey");
        backToTheAgenda();
        person.clicks("Networking").sees("View Matches");
        check("networking tab");
        person.clicks("Join networking").sees("Click “I'm Ready”");
        check("networking session, before I'm Ready");
        person.clicks("I'm Ready").sees("Stop waiting");
        check("networking session, waiting to be matched");
        partner = Person.at(site(), "margaret");
        logsIn(partner, "margaret@hallway.test");
        partner.clicks("Hallway Demo Summit")
                .clicks("Networking")
                .clicks("Join networking")
                .clicks("I'm Ready");
        person.sees("Margaret Hamilton").sees("Leave this Session");
        check("networking meeting");
        person.usesAPhone();
        assertCallControlsRightUnderTheVideo();
        person.usesALaptop().clicks("Leave this meeting").sees("How was your conversation with");
        check("networking session, after a meeting");
        partner.leaves();
        partner = null;
        person.clicks("View Matches").sees("Alan Turing");
        check("matches");
        person.clicksIn("Alan Turing", "Edit note").sees("Note (only you see it");
        check("matches, writing a note");
        backToTheAgenda();
        person.clicks("People").sees("Grace Hopper");
        check("people");
        person.fillsIn("Search by name or headline", "Grace").clicks("Search").sees("Grace Hopper");
        check("people, searched");
        backToTheAgenda();
        person.clicks("My agenda").sees("Clashes with Compilers for everyone");
        check("my agenda");
        backToTheAgenda();
        person.fillsIn("Search sessions", "engines").clicks("Find").sees("Sessions found");
        check("agenda, searched");
        person.follows(site() + "event/messages.xhtml?event=demo").sees("Grace Hopper");
        check("messages");
        person.clicks("My profile").sees("People directory");
        check("profile");
        person.clicks("My tickets").sees("Hallway Demo Summit");
        check("my tickets");
        assertNoProblems();
    }

    @Test
    void everyPageTheOrganiserReachesIsAccessibleAndFitsAPhone() throws Exception {
        person = Person.at(site(), "olivia");
        logsIn("admin@hallway.test");
        person.clicks("Organise").sees("Hallway Autumn Meetup");
        check("events");
        person.clicks("Create an event");
        check("new event form");
        person.clicks("Organise").clicksIn("Hallway Demo Summit", "Edit").sees("Details");
        check("event form");
        person.clicks("Sessions").sees("Speed networking");
        check("sessions");
        person.clicks("New session");
        check("new session form");
        person.clicks("Sessions").clicksIn("Opening keynote", "Edit");
        check("session form");
        person.clicks("Sessions")
                .clicksIn("Speed networking", "Networking Rules")
                .sees("Networking rules");
        check("networking rules");
        person.clicks("Organise").clicksIn("Hallway Demo Summit", "Tickets");
        check("tickets and invites");
        person.clicks("Registrations").sees("Dana Scott");
        check("registrations");
        person.clicks("Import");
        check("import");
        person.clicks("Reports");
        check("reports");
        person.clicks("Surveys").sees("Results");
        check("surveys");
        person.clicksIn("Opening keynote", "Results");
        check("survey results");
        person.follows(site() + "admin/analytics.xhtml?event=demo").sees("Live dashboard: Speed networking");
        check("analytics");
        person.clicks("Live dashboard: Speed networking");
        check("live dashboard");
        person.follows(site() + "outbox.xhtml");
        check("outbox (organiser)");
        backToTheAgenda();
        person.clicksIn("Hallway live: welcome stream", "Join").sees("Q&A");
        check("session room, as a moderator");
        assertNoProblems();
    }

    private void backToTheAgenda() {
        person.clicks("Events").clicks("Hallway Demo Summit");
    }

    private void logsIn(String email) {
        logsIn(person, email);
    }

    private static void logsIn(Person someone, String email) {
        someone.opensTheSite()
                .clicks("Log in")
                .fillsIn("E-mail", email)
                .fillsIn("Password", PASSWORD)
                .clicksIn("No account?", "Log in")
                .sees(email);
    }

    /** On a phone the grid gives way to one column: every session under the one before, each naming its track. */
    private void assertTheAgendaIsAListByTime() {
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>)
                person.chrome()
                        .script(
                                "return [...document.querySelectorAll('article.session')].map(a => {"
                                        + " const r = a.getBoundingClientRect(), t = a.querySelector('.session-track');"
                                        + " return [r.left, r.top, r.bottom, t && t.offsetHeight > 0 && t.textContent.trim() ? 1 : 0]; });");
        assertTrue(boxes.size() > 3, "sessions on the agenda: " + boxes);
        for (int i = 1; i < boxes.size(); i++) {
            assertTrue(
                    Math.abs(boxes.get(i).get(0).doubleValue()
                                            - boxes.get(0).get(0).doubleValue())
                                    < 1
                            && boxes.get(i).get(1).doubleValue()
                                    >= boxes.get(i - 1).get(2).doubleValue() - 1
                            && boxes.get(i).get(3).intValue() == 1,
                    "on a phone each session stands under the one before and shows its track"
                            + " (left, top, bottom, track shown): " + boxes);
        }
    }

    /** On a phone: video, then the meeting's buttons and the call controls, then the chats. */
    private void assertCallControlsRightUnderTheVideo() {
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) person.chrome()
                .script("const top = s => document.querySelector(s).getBoundingClientRect().top + window.scrollY;"
                        + "return [top('.stage'), top('[role=toolbar][aria-label=\"Camera and microphone\"]'),"
                        + " top('#meeting-chat'), top('.networking-chat')];");
        assertTrue(
                tops.get(0).doubleValue() < tops.get(1).doubleValue()
                        && tops.get(1).doubleValue() < tops.get(2).doubleValue()
                        && tops.get(2).doubleValue() < tops.get(3).doubleValue(),
                "on a phone the call controls sit under the video, above the meeting's chat and the session chat"
                        + " (tops of video, controls, meeting chat, session chat): " + tops);
    }

    /** Runs axe at a laptop's width, then looks at the same page on a phone. */
    private void check(String what) {
        person.usesALaptop();
        try {
            person.checksAccessibility();
        } catch (AssertionError e) {
            problems.add(what + ": " + e.getMessage());
        }
        person.usesAPhone();
        try {
            person.scrollsNoSideways();
        } catch (AssertionError e) {
            problems.add(what + " on a phone: " + e.getMessage());
        }
        person.usesALaptop();
    }

    private void assertNoProblems() {
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n\n", problems));
    }

    /**
     * The first link of a mail in the demo Outbox (which shows every mail) whose subject starts with
     * {@code subject}; read there rather than from the mailbox, so other journeys still receive it as new.
     */
    private String mailLink(String subject) {
        person.follows(site() + "outbox.xhtml").sees(subject);
        String href = (String) person.chrome()
                .script(
                        "for (const m of document.querySelectorAll('article.mail')) {"
                                + "  if (m.querySelector('h2').textContent.trim().startsWith(arguments[0])) {"
                                + "    return m.querySelector('.mail-links a').getAttribute('href'); } }"
                                + "return null;",
                        subject);
        assertTrue(href != null, "no mail \"" + subject + "\" in the Outbox");
        return onThisSite(href);
    }

    /** A link from a mail (its path names the context root), on the host and port this test reaches the site at. */
    private String onThisSite(String href) {
        URI link = URI.create(href);
        return URI.create(site())
                .resolve(link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()))
                .toString();
    }

    private String site() {
        return site.address();
    }
}
