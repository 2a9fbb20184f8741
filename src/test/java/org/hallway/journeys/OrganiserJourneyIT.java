package org.hallway.journeys;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 3: the organiser creates an event, a ticket type and its invite link; two demo people get
 * their tickets through the link and moderate one of two parallel sessions each (two rooms, a capacity
 * each, the demo video as content); the organiser starts one; a third person, also through the link,
 * joins it from the agenda and the video plays.
 */
@Tag("portable")
@ExtendWith(BrowserArtifacts.class)
public class OrganiserJourneyIT {

    @Test
    void anOrganiserSetsUpAnEventWithParallelSessionsAndAnAttendeeWatchesTheOneStarted() throws Exception {
        organisesAnEventThatAnAttendeeWatches(JourneyServer.shared());
    }

    @Test
    void anOrganiserSetsUpAnEventWithParallelSessionsAndAnAttendeeWatchesTheOneStartedOnPhones() throws Exception {
        Person.onPhones(() -> organisesAnEventThatAnAttendeeWatches(JourneyServer.shared()));
    }

    /** The steps, for any site with the demo people. */
    public static void organisesAnEventThatAnAttendeeWatches(Site site) throws Exception {
        String n = String.valueOf(System.currentTimeMillis() % 100000);
        String event = "Journey Summit " + n;
        LocalDate today = LocalDate.now(Clock.systemUTC());
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MINUTES);
        List<Person> people = new ArrayList<>();
        try {
            Person olivia = SurveyOnScheduleJourneyIT.loggedIn(site, DemoEvent.ADMIN_EMAIL, "olivia");
            people.add(olivia);
            olivia.clicks("Organise")
                    .clicks("Create an event")
                    .fillsIn("Name", event)
                    .fillsIn("Address name (slug)", "journey-" + n)
                    .chooses("Time zone", "UTC")
                    .picksDate("First day", today)
                    .picksDate("Last day", today.plusDays(1))
                    .clicks("Create event")
                    .sees("Event “" + event + "” created.");
            olivia.clicks("Organise")
                    .clicksIn(event, "Tickets")
                    .fillsIn("Name", "General")
                    .clicks("Create ticket type")
                    .sees("Invite link");
            String invite = olivia.copies("Invite link");

            for (String email : List.of("ada@hallway.test", "grace@hallway.test")) {
                Person moderator =
                        SurveyOnScheduleJourneyIT.loggedIn(site, email, email.substring(0, email.indexOf('@')));
                people.add(moderator);
                moderator
                        .follows(invite)
                        .clicks("Get my ticket")
                        .sees("Your General ticket for " + event + " is ready.");
            }

            String first = "Streams in practice " + n;
            String second = "Parallel worlds " + n;
            olivia.clicks("Organise").clicksIn(event, "Open");
            addsSession(olivia, first, "Room A", now, 50, "Ada Lovelace (ada@hallway.test)");
            addsSession(olivia, second, "Room B", now, 30, "Grace Hopper (grace@hallway.test)");
            olivia.clicksIn(first, "Start").sees("LIVE");

            Person alan = SurveyOnScheduleJourneyIT.loggedIn(site, "alan@hallway.test", "alan");
            people.add(alan);
            alan.follows(invite)
                    .clicks("Get my ticket")
                    .sees("Your General ticket for " + event + " is ready.")
                    .sees(first)
                    .sees(second); // on the event's agenda, side by side
            alan.clicksIn(first, "Join").sees(first);
            alan.chrome()
                    .waitFor(
                            Duration.ofSeconds(30),
                            d -> Boolean.TRUE.equals(
                                    alan.chrome()
                                            .script(
                                                    "const v = document.querySelector('video'); return !!v && !v.paused && v.currentTime > 1;")));
        } finally {
            people.forEach(Person::leaves);
        }
    }

    private static void addsSession(
            Person olivia, String name, String room, LocalDateTime now, int capacity, String moderator) {
        olivia.clicks("Add a session")
                .fillsIn("Name", name)
                .fillsIn("Track or room", room)
                .picksDateTime("Starts (UTC)", now.minusMinutes(1))
                .picksDateTime("Ends (UTC)", now.plusMinutes(60))
                .fillsIn("Capacity (empty: no limit)", String.valueOf(capacity))
                .ticks("Start automatically: the session goes live at its start and ends at its end", false)
                .chooses("Moderators", moderator)
                .chooses("The room shows", "A stream or video (HLS .m3u8, MP4, YouTube, Vimeo)")
                .fillsIn("Its address (https://…)", DemoEvent.DEMO_VIDEO)
                .clicks("Add session")
                .sees("Session “" + name + "” added.");
    }
}
