package org.hallway.journeys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 5: two new attendees write to each other privately (the unread badge counts it live on
 * the other's networking page), chat beside the networking floor, meet in a 1:1 video call, chat in
 * the call, rate it afterwards, and read the call's chat again from View Matches.
 */
@Tag("portable")
@ExtendWith(BrowserArtifacts.class)
public class ChatAndMeetingJourneyIT {

    private static final Duration CALL = Duration.ofSeconds(40);

    @Test
    void twoAttendeesMessageChatMeetRateAndReadTheMeetingChatAfterwards() throws Exception {
        chatsMeetsAndRates(JourneyServer.shared());
    }

    @Test
    void twoAttendeesMessageChatMeetRateAndReadTheMeetingChatAfterwardsOnPhones() throws Exception {
        Person.onPhones(() -> chatsMeetsAndRates(JourneyServer.shared(), "Pia Sørensen", "Quentin Roux"));
    }

    /** The steps, for any site that carries the demo data. */
    public static void chatsMeetsAndRates(Site site) throws Exception {
        chatsMeetsAndRates(site, "Nia Okafor", "Omar Haddad");
    }

    /** The same with two people of other names (no search of the directory finds both runs' people). */
    static void chatsMeetsAndRates(Site site, String first, String second) throws Exception {
        Person olivia = Organiser.olivia(site);
        var people = Organiser.bringsAttendees(olivia, first, second);
        olivia.leaves();
        var niaAccount = people[0];
        var omarAccount = people[1];

        Person nia = Organiser.logsIn(site, niaAccount);
        entersTheNetworking(nia);
        nia.sees("I'm Ready").sees("Session chat");

        // Omar finds her in the people directory and writes to her privately
        Person omar = Organiser.logsIn(site, omarAccount);
        omar.opensTheSite()
                .clicks(Organiser.EVENT)
                .clicks("People")
                .fillsIn("Search by name or headline", niaAccount.name())
                .clicks("Search")
                .clicks("Message " + niaAccount.name());
        omar.writesIn(niaAccount.name(), "Hello Nia, shall we meet on the floor?");
        omar.seesIn(niaAccount.name(), "shall we meet on the floor?");

        // on her networking page the unread badge counts it at once, and a notice shows it
        nia.chrome()
                .waitFor(
                        Duration.ofSeconds(15),
                        d -> Pattern.compile("Messages\\s*1\\b")
                                .matcher(nia.page())
                                .find());
        nia.sees("shall we meet on the floor?");

        // the chat beside the floor
        entersTheNetworking(omar);
        nia.writesIn("Session chat", "Anyone up for compilers?");
        omar.seesIn("Session chat", "Anyone up for compilers?");

        // the 1:1 call: matched, each sees the other, chat beside the video
        nia.clicks("I'm Ready");
        omar.clicks("I'm Ready");
        nia.sees(omarAccount.name());
        omar.sees(niaAccount.name());
        for (Person p : new Person[] {nia, omar}) {
            p.chrome().waitFor(CALL, d -> {
                var stats = p.chrome().callStats();
                return "connected".equals(stats.get("connectionState"))
                        && ((Number) stats.get("framesDecoded")).longValue() > 0;
            });
        }
        omar.writesIn("Chat with your partner", "My card: omar.haddad@example.org");
        nia.seesIn("Chat with your partner", "My card: omar.haddad@example.org");

        // Nia leaves; both are asked, privately, how it was
        nia.clicks("Leave this Session");
        nia.sees("How was your conversation with " + omarAccount.name());
        omar.sees("Your partner left the meeting").sees("How was your conversation with " + niaAccount.name());
        nia.clicks("4 stars").clicks("I'd like to meet them again").sees("Saved. Thank you: only you see this.");
        omar.clicks("5 stars").sees("Saved. Thank you: only you see this.");

        // the call's chat stays readable from View Matches
        nia.clicks("View Matches").sees(omarAccount.name());
        nia.clicksIn(omarAccount.name(), "Meeting chat");
        nia.seesIn("Chat of your networking meeting", "My card: omar.haddad@example.org");

        // Omar's private message waits in her inbox; reading it clears the badge
        nia.clicksLinkContaining(omarAccount.name());
        nia.seesIn(omarAccount.name(), "shall we meet on the floor?");
        nia.chrome()
                .waitFor(
                        Duration.ofSeconds(15),
                        d -> Pattern.compile("Messages\\s*0\\b")
                                        .matcher(nia.page())
                                        .find()
                                || !Pattern.compile("Messages\\s*[1-9]")
                                        .matcher(nia.page())
                                        .find());
        nia.writesIn(omarAccount.name(), "See you at the keynote!");
        omar.clicksLinkContaining("Messages").clicksLinkContaining(niaAccount.name());
        omar.seesIn(niaAccount.name(), "See you at the keynote!");
        assertTrue(omar.page().contains("shall we meet on the floor?"), "the conversation keeps its history");
    }

    /** From the site's address to the event's live networking session, as a person clicks there. */
    static void entersTheNetworking(Person person) {
        person.opensTheSite().clicks(Organiser.EVENT).clicks("Networking").clicks("Join networking");
    }
}
