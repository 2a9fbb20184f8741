package org.hallway.journeys;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 4: a session room with its moderator and two attendees (Ada, Grace): questions, upvotes,
 * a Pin clicked while another person's upvote re-sorts the list, the room's chat, a mute and a
 * removal. The organiser adds the session (live from now for half an hour) to the demo event, with a
 * demo speaker who is free then as its moderator (Alan talks 11:15-12:15 UTC, Margaret 14:00-15:30).
 */
@ExtendWith(BrowserArtifacts.class)
class RoomModerationJourneyIT {

    @Test
    void aModeratorPinsTheQuestionClickedWhileVotesReSortThemMutesAndRemovesPeople() throws Exception {
        moderatesARoom(JourneyServer.shared());
    }

    /** The steps, for any site that carries the demo data (the demo event today, in UTC). */
    static void moderatesARoom(Site site) throws Exception {
        String n = String.valueOf(System.currentTimeMillis() % 100000);
        String talk = "Moderated room " + n;
        String adas = "Will the slides be online " + n + "?";
        String graces = "Which compiler do you use " + n + "?";
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime starts = now.minusMinutes(1);
        LocalDateTime ends = now.plusMinutes(30);
        boolean alanTalks = starts.toLocalTime().isBefore(java.time.LocalTime.of(12, 15))
                && ends.toLocalTime().isAfter(java.time.LocalTime.of(11, 15));
        String moderatorChoice =
                alanTalks ? "Margaret Hamilton (margaret@hallway.test)" : "Alan Turing (alan@hallway.test)";
        String moderatorEmail = alanTalks ? "margaret@hallway.test" : "alan@hallway.test";
        List<Person> people = new ArrayList<>();
        try {
            Person olivia = SurveyOnScheduleJourneyIT.loggedIn(site, DemoEvent.ADMIN_EMAIL, "olivia");
            people.add(olivia);
            olivia.clicks("Organise").clicksIn("Hallway Demo Summit", "Open").clicks("Add a session");
            olivia.fillsIn("Name", talk)
                    .fillsIn("Track or room", "Room " + n)
                    .fillsIn("Capacity (empty: no limit)", "10")
                    .picksDateTime("Starts (UTC)", starts)
                    .picksDateTime("Ends (UTC)", ends)
                    .chooses("Moderators", moderatorChoice)
                    .clicks("Add session")
                    .sees("Session “" + talk + "” added.");

            Person moderator = inTheRoom(site, moderatorEmail, "moderator", talk, people);
            Person ada = inTheRoom(site, "ada@hallway.test", "ada", talk, people);
            Person grace = inTheRoom(site, "grace@hallway.test", "grace", talk, people);

            ada.fillsIn("Ask a question", adas).clicks("Ask").sees(adas);
            grace.fillsIn("Ask a question", graces).clicks("Ask").sees(graces);
            moderator.sees(adas).sees(graces);
            // Ada's upvote puts Grace's question (shown second) first on every page, re-read in the
            // background, while the moderator clicks its Pin: the pin lands on the question clicked
            var vote = CompletableFuture.runAsync(() -> ada.clicksIn(graces, "▲ Upvote"));
            moderator.clicksIn(graces, "Pin");
            vote.join();
            for (Person p : List.of(moderator, ada, grace)) {
                p.chrome()
                        .waitFor(
                                java.time.Duration.ofSeconds(15),
                                d -> pinnedQuestion(p).contains(graces));
            }
            grace.clicksIn(adas, "▲ Upvote");
            ada.chrome().waitFor(java.time.Duration.ofSeconds(15), d -> votesOf(ada, adas) == 1);

            ada.fillsIn("Message", "Hello, room " + n).clicks("Send");
            grace.sees("Hello, room " + n);
            moderator
                    .sees("Hello, room " + n)
                    .clicksIn("Hello, room " + n, "Mute")
                    .answers("10")
                    .sees("Ada Lovelace is muted here for 10 min.");
            ada.fillsIn("Message", "Am I still heard " + n + "?")
                    .clicks("Send")
                    .sees("You are muted in this chat until");
            grace.noLongerSees("Am I still heard " + n + "?");

            moderator.clicksIn("Grace Hopper", "Remove").confirms().sees("Removed from this session.");
            grace.sees("A moderator removed you from this session");
        } finally {
            people.forEach(Person::leaves);
        }
    }

    private static Person inTheRoom(Site site, String email, String name, String talk, List<Person> people)
            throws Exception {
        Person person = SurveyOnScheduleJourneyIT.loggedIn(site, email, name);
        people.add(person);
        person.opensTheSite()
                .clicks("Hallway Demo Summit")
                .clicksIn(talk, "Join")
                .sees(talk)
                .sees("here");
        return person;
    }

    /** The votes the person's page shows for a question. */
    private static long votesOf(Person p, String question) {
        Object votes = p.chrome()
                .script(
                        "for (const q of document.querySelectorAll('li.question')) {"
                                + " if (q.textContent.includes(arguments[0])) return Number(q.querySelector('.votes').textContent); }"
                                + " return -1;",
                        question);
        return ((Number) votes).longValue();
    }

    /** The text of the question marked pinned in the person's Q&A list ("" when none). */
    private static String pinnedQuestion(Person p) {
        Object text = p.chrome()
                .script("const q = document.querySelector('li.question.pinned');" + " return q ? q.textContent : '';");
        return String.valueOf(text);
    }
}
