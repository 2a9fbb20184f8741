package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.UUID;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 1: a brand-new person registers for the demo event, through the invite link the organiser
 * copied from the Tickets page or through the organiser's invitation mail, confirms the address
 * from the mail and logs in onto the event's agenda. Each run makes its own ticket type and address.
 */
@Tag("portable")
@ExtendWith(BrowserArtifacts.class)
public class RegistrationJourneyIT {

    static final String EVENT = "Hallway Demo Summit";
    static final String PASSWORD = "journey-password-1";

    @Test
    void aNewPersonRegistersThroughTheOrganisersInviteLinkConfirmsTheAddressAndLandsOnTheAgenda() throws Exception {
        registersThroughAnInviteLink(JourneyServer.shared());
    }

    @Test
    void aNewPersonRegistersThroughTheInviteLinkOnAPhone() throws Exception {
        Person.onPhones(() -> registersThroughAnInviteLink(JourneyServer.shared()));
    }

    @Test
    void aNewPersonRegistersThroughAnInvitationMail() throws Exception {
        registersThroughAnInvitationMail(JourneyServer.shared());
    }

    public static void registersThroughAnInviteLink(Site site) throws IOException {
        String unique = unique();
        String ticketType = "Guest " + unique;
        String email = "invitee-" + unique + "@journeys.test";

        Person organiser = organiserLoggedIn(site);
        createsATicketType(organiser, ticketType);
        String inviteLink = organiser.readsIn(ticketType, "Invite link");
        assertFalse(
                organiser.page().contains("These invite links start with"),
                "no warning where the links' address is the organiser's own");
        assertTrue(inviteLink.startsWith("http"), "the Tickets page shows the whole link to copy: " + inviteLink);
        organiser.leaves();

        Person newcomer = Person.at(site.address(), "newcomer");
        newcomer.follows(inviteLink).sees(EVENT).sees("Invite link for a " + ticketType + " ticket.");
        newcomer.usesAPhone().scrollsNoSideways().usesALaptop();
        newcomer.fillsIn("Your name", "Nora Newcomer " + unique)
                .fillsIn("E-mail", email)
                .fillsIn("Password", PASSWORD)
                .fillsIn("Password again", PASSWORD)
                .fillsIn("Headline", "Here through an invite link")
                .clicks("Register")
                .sees("Thank you! We sent a message to " + email);
        confirmsTheAddressAndLogsIn(site, newcomer, email);
    }

    public static void registersThroughAnInvitationMail(Site site) throws IOException {
        String unique = unique();
        String ticketType = "Invited " + unique;
        String email = "invited-" + unique + "@journeys.test";

        Person organiser = organiserLoggedIn(site);
        createsATicketType(organiser, ticketType);
        organiser
                .clicks("Organise")
                .clicksIn(EVENT, "Registrations")
                .chooses("Ticket type", ticketType)
                .fillsIn("E-mail addresses", email)
                .clicks("Send invitations")
                .sees("1 invitation is on the way");
        organiser.leaves();

        String link =
                site.mailbox().awaitMail(email, "You are invited to " + EVENT).link("register.xhtml");
        Person invitee = Person.at(site.address(), "invitee");
        invitee.follows(link).sees(EVENT).sees("Invite link for a " + ticketType + " ticket.");
        assertEquals(email, invitee.readsIn("Invite link for a", "E-mail"), "the invitation's address is filled in");
        invitee.usesAPhone().scrollsNoSideways().usesALaptop();
        invitee.fillsIn("Your name", "Ivo Invitee " + unique)
                .fillsIn("Password", PASSWORD)
                .fillsIn("Password again", PASSWORD)
                .clicks("Register")
                .sees("Thank you! We sent a message to " + email);
        confirmsTheAddressAndLogsIn(site, invitee, email);
    }

    /** After "Register": the login page stays open; the mail's link opens in a new tab; then the person logs in. */
    private static void confirmsTheAddressAndLogsIn(Site site, Person person, String email) {
        String link =
                site.mailbox().awaitMail(email, "Confirm your e-mail address").link("verify-email.xhtml");
        person.followsInANewTab(link).sees("Your e-mail address is confirmed.").closesTheTab();
        // The login page names the event too (the thank-you message): wait for what only the agenda shows.
        person.fillsIn("E-mail", email)
                .fillsIn("Password", PASSWORD)
                .clicks("Log in")
                .sees("Hallway live: welcome stream")
                .sees(email);
        assertEquals(EVENT + " · Hallway", person.title(), "logged in on the event's agenda");
        person.leaves();
    }

    static Person organiserLoggedIn(Site site) throws IOException {
        Person organiser = Person.at(site.address(), "organiser");
        organiser
                .opensTheSite()
                .clicks("Log in")
                .fillsIn("E-mail", DemoEvent.ADMIN_EMAIL)
                .fillsIn("Password", DemoEvent.PASSWORD)
                .clicks("Log in")
                .sees(DemoEvent.ADMIN_EMAIL);
        return organiser;
    }

    private static void createsATicketType(Person organiser, String name) {
        organiser
                .clicks("Organise")
                .clicksIn(EVENT, "Tickets")
                .fillsInWithin("New ticket type", "Name", name)
                .clicks("Create ticket type")
                .sees("Ticket type “" + name + "” created");
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
