package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hallway.demo.DemoEvent;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first thing anyone does with a fresh Hallway: open the site, see the demo event, log in as a
 * demo attendee from the top bar and reach the event's agenda; a wrong password is refused on the
 * form, next to the field, without leaving the page.
 */
@Tag("portable")
@ExtendWith(BrowserArtifacts.class)
public class DemoVisitJourneyIT {

    @Test
    void aVisitorLogsInFromTheTopBarAndOpensTheDemoEventsAgenda() throws Exception {
        visitsTheDemoEvent(JourneyServer.shared());
    }

    /** The steps, for any site that carries the demo data. */
    public static void visitsTheDemoEvent(Site site) throws Exception {
        Person ada = Person.at(site.address(), "ada");
        ada.opensTheSite().sees("Hallway Demo Summit");
        ada.clicks("Log in")
                .fillsIn("E-mail", "ada@hallway.test")
                .fillsIn("Password", "not her password")
                .clicks("Log in")
                .sees("Log in");
        assertTrue(ada.address().contains("login"), "a refused login stays on the form: " + ada.address());
        ada.fillsIn("E-mail", "ada@hallway.test")
                .fillsIn("Password", DemoEvent.PASSWORD)
                .clicks("Log in");
        ada.noLongerSees("Forgot your password?");
        ada.opensTheSite().clicks("Hallway Demo Summit").sees("Agenda");
        ada.sees("ada@hallway.test").sees("My profile");
    }
}
