package org.hallway.journeys;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.hallway.demo.DemoEvent;
import org.hallway.testing.browser.BrowserArtifacts;
import org.hallway.testing.browser.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 6: a session with a survey ends on schedule, by the server's scheduler and not by anyone's
 * End button; the attendee who was in its room gets the "Tell us about …" mail, follows its link and
 * answers; someone who was not in the room finds its chat closed, said in words. The organiser adds
 * the session (ending a minute or two ahead) and its survey to the demo event, which runs today in UTC.
 */
@ExtendWith(BrowserArtifacts.class)
class SurveyOnScheduleJourneyIT {

    @Test
    void anAttendeeOfASessionThatEndsOnScheduleIsAskedByMailAndAnswersItsSurvey() throws Exception {
        answersTheSurveyOfASessionThatEndedOnSchedule(JourneyServer.shared());
    }

    /** The steps, for any site that carries the demo data (the demo event in UTC, today). */
    static void answersTheSurveyOfASessionThatEndedOnSchedule(Site site) throws Exception {
        String talk = "Timers in practice " + System.currentTimeMillis() % 100000;
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime ends = now.plusMinutes(2); // 60-120 s ahead: time to set it up and to go in

        Person olivia = loggedIn(site, DemoEvent.ADMIN_EMAIL, "olivia");
        Person grace = null;
        try {
            olivia.clicks("Organise").clicksIn("Hallway Demo Summit", "Open").clicks("Add a session");
            olivia.fillsIn("Name", talk)
                    .fillsIn("Track or room", "Room " + talk)
                    .picksDateTime("Starts (UTC)", now.minusMinutes(1))
                    .picksDateTime("Ends (UTC)", ends)
                    .clicks("Add session")
                    .sees("Session “" + talk + "” added.");
            olivia.clicks("Surveys")
                    .chooses("About", talk)
                    .fillsIn("Title", "How was " + talk + "?")
                    .picksDate(
                            "Last day answers are taken (event's time zone)",
                            LocalDate.now(Clock.systemUTC()).plusDays(3))
                    .fillsIn("Question", "Was it worth your time?")
                    .clicks("Create survey")
                    .sees("Survey “How was " + talk + "?” created.");

            // the session went live by itself (it starts automatically); Grace goes in
            grace = loggedIn(site, "grace@hallway.test", "grace");
            grace.opensTheSite()
                    .clicks("Hallway Demo Summit")
                    .clicksIn(talk, "Join")
                    .sees(talk)
                    .sees("1 here"); // counted in the live room: her visit is recorded

            // nobody ends it: the scheduler does, at its end; the mail follows
            Duration patience =
                    Duration.between(LocalDateTime.now(Clock.systemUTC()), ends).plusSeconds(60);
            var mail = site.mailbox().awaitMail("grace@hallway.test", "Tell us about " + talk, patience);
            grace.sees("This session is over.");
            // someone who was not in the room finds it over, and its chat says so in words
            Person ada = loggedIn(site, "ada@hallway.test", "ada");
            try {
                ada.follows(grace.address()) // the room's link, as Grace would pass it on.sees("This session is over.")
                        .sees("This session is over: its chat was for the people in the room.");
            } finally {
                ada.leaves();
            }
            grace.follows(mail.link("survey"))
                    .sees("How was " + talk + "?")
                    .sees("Was it worth your time?")
                    .ticks("4", true)
                    .clicks("Send my answers")
                    .sees("Thank you for your answers!");
        } finally {
            olivia.leaves();
            if (grace != null) {
                grace.leaves();
            }
        }
    }

    static Person loggedIn(Site site, String email, String name) throws Exception {
        Person person = Person.at(site.address(), name);
        person.opensTheSite()
                .clicks("Log in")
                .fillsIn("E-mail", email)
                .fillsIn("Password", DemoEvent.PASSWORD)
                .clicks("Log in")
                .noLongerSees("Forgot your password?");
        return person;
    }
}
