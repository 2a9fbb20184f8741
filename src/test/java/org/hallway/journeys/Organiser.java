package org.hallway.journeys;

import org.hallway.demo.DemoEvent;
import org.hallway.testing.browser.Person;

/**
 * The demo's organiser as the journeys need her: logged in from the site's top bar, and bringing
 * new attendees of her own to the demo event through its Import page (pasted CSV lines with their
 * passwords), so a journey's people are its own whatever ran before it on the same server.
 */
final class Organiser {

    static final String EVENT = "Hallway Demo Summit";

    private Organiser() {}

    /** A person logged in from the site's top bar with {@code email} and {@code password}. */
    static Person logsIn(Site site, String name, String email, String password) throws Exception {
        Person person = Person.at(site.address(), name);
        person.opensTheSite()
                .clicks("Log in")
                .fillsIn("E-mail", email)
                .fillsIn("Password", password)
                .clicks("Log in");
        person.noLongerSees("Forgot your password?");
        return person;
    }

    /** Olivia, the demo's organiser, logged in. */
    static Person olivia(Site site) throws Exception {
        return logsIn(site, "olivia", DemoEvent.ADMIN_EMAIL, DemoEvent.PASSWORD);
    }

    /** A fresh attendee of the demo event (General ticket), unique to this run: "First Last-xxxx". */
    record Attendee(String name, String email) {}

    /** Olivia imports the attendees (display names; unique addresses made from them) and stays on the result. */
    static Attendee[] bringsAttendees(Person olivia, String... names) {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Attendee[] attendees = new Attendee[names.length];
        StringBuilder csv = new StringBuilder("email,displayName,ticketType,password\n");
        for (int i = 0; i < names.length; i++) {
            String name = names[i] + " " + run.toUpperCase(java.util.Locale.ROOT);
            String email = names[i].toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "." + run + "@journey.test";
            attendees[i] = new Attendee(name, email);
            csv.append(email)
                    .append(',')
                    .append(name)
                    .append(",General,")
                    .append(DemoEvent.PASSWORD)
                    .append('\n');
        }
        olivia.opensTheSite()
                .clicks("Organise")
                .clicksIn(EVENT, "Open")
                .clicks("Import")
                .fillsIn("… or paste the lines", csv.toString())
                .clicks("Import")
                .sees(names.length + " lines: " + names.length + " new accounts");
        return attendees;
    }

    /** The attendee logs in with the password the import gave them. */
    static Person logsIn(Site site, Attendee attendee) throws Exception {
        return logsIn(
                site,
                attendee.email().substring(0, attendee.email().indexOf('@')),
                attendee.email(),
                DemoEvent.PASSWORD);
    }
}
