package org.hallway.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.entity.Event;
import org.hallway.feedback.entity.QuestionKind;
import org.hallway.feedback.entity.Survey;
import org.hallway.feedback.entity.SurveyAnswer;
import org.hallway.feedback.entity.SurveyQuestion;
import org.hallway.feedback.entity.SurveyResponse;
import org.hallway.networking.control.MeetingIds;
import org.hallway.networking.entity.EndReason;
import org.hallway.networking.entity.MeetAgain;
import org.hallway.networking.entity.Meeting;
import org.hallway.networking.entity.Note;
import org.hallway.networking.entity.Rating;
import org.hallway.room.entity.RoomVisit;

/**
 * The demo's feedback: Ada and Alan met in speed networking an hour ago and both rated it (Ada five
 * stars and "meet again", Alan four), Ada keeps a note about Alan; the opening keynote is over, with
 * a survey that Grace and Barbara answered and Ada (who attended too) has not yet — her agenda shows
 * "Tell us about Opening keynote"; and the event's own survey, which opens once the event is over.
 */
@ApplicationScoped
public class DemoFeedback {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeetingIds meetingIds;

    @Transactional
    public void load() {
        Event event = em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult();
        List<AgendaSession> sessions = em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                .setParameter("event", event)
                .getResultList();
        AgendaSession networking = sessions.stream()
                .filter(s -> s.getType() == SessionType.NETWORKING)
                .findFirst()
                .orElseThrow();
        AgendaSession keynote = sessions.stream()
                .filter(s -> s.getName().equals("Opening keynote"))
                .findFirst()
                .orElseThrow();
        Account ada = account("ada@hallway.test");
        Account alan = account("alan@hallway.test");
        Account grace = account("grace@hallway.test");
        Account barbara = account("barbara@hallway.test");
        Instant now = clock.instant();

        Meeting meeting = new Meeting(
                meetingIds.next(),
                networking.getId(),
                event.getId(),
                ada.getId(),
                alan.getId(),
                now.minusSeconds(3600),
                now.minusSeconds(3600 - 300));
        meeting.extendTo(now.minusSeconds(3600 - 450), 1);
        meeting.end(now.minusSeconds(3600 - 450), EndReason.TIME, null, false);
        em.persist(meeting);
        rate(meeting, ada, alan, 5, MeetAgain.AGAIN, now.minusSeconds(3500));
        rate(meeting, alan, ada, 4, null, now.minusSeconds(3490));
        em.persist(new Note(
                event.getId(),
                ada.getId(),
                alan.getId(),
                "Talked about vintage cameras and the Bombe. Send him the Difference Engine photos.",
                now.minusSeconds(3400)));

        // the keynote is over (as if its moderator ended it): its survey is open to those who were in the room
        keynote.endOnSchedule();
        LocalDateTime utcNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        for (Account a : List.of(ada, grace, barbara)) {
            RoomVisit visit = new RoomVisit(keynote.getId(), a.getId(), utcNow.minusMinutes(120));
            visit.leave(utcNow.minusMinutes(80));
            em.persist(visit);
        }
        LocalDate lastDay = event.getLastDay().plusDays(7);
        LocalDateTime closes = LocalDateTime.ofInstant(
                lastDay.plusDays(1).atStartOfDay(event.zone()).toInstant(), ZoneOffset.UTC);
        Survey survey = new Survey(event.getId(), keynote.getId(), "How was the opening keynote?", closes, utcNow);
        em.persist(survey);
        em.flush();
        SurveyQuestion useful =
                question(survey, 0, QuestionKind.SCALE, "How useful was the keynote to you?", true, List.of());
        SurveyQuestion best = question(
                survey,
                1,
                QuestionKind.CHOICE,
                "What did you like best?",
                false,
                List.of("The demos", "The speaker", "The Q&A"));
        SurveyQuestion more =
                question(survey, 2, QuestionKind.TEXT, "What should we do differently?", false, List.of());
        respond(survey, grace, utcNow.minusMinutes(70), new Object[][] {
            {useful, 5}, {best, "The demos"}, {more, "More time for questions, please."}
        });
        respond(survey, barbara, utcNow.minusMinutes(65), new Object[][] {{useful, 4}, {best, "The Q&A"}});

        Survey whole = new Survey(event.getId(), null, "Your feedback on " + event.getName(), closes, utcNow);
        em.persist(whole);
        em.flush();
        question(whole, 0, QuestionKind.SCALE, "How likely are you to come again?", true, List.of());
        question(whole, 1, QuestionKind.TEXT, "Anything else you would like to tell us?", false, List.of());
    }

    private void rate(Meeting meeting, Account rater, Account partner, Integer stars, MeetAgain again, Instant at) {
        Rating rating = new Rating(meeting.getId(), meeting.getSessionId(), rater.getId(), partner.getId());
        rating.rate(stars, again, at);
        em.persist(rating);
    }

    private SurveyQuestion question(
            Survey survey, int position, QuestionKind kind, String prompt, boolean required, List<String> options) {
        SurveyQuestion q = new SurveyQuestion(survey.getId(), position, kind, prompt, required, options);
        em.persist(q);
        em.flush();
        return q;
    }

    private void respond(Survey survey, Account who, LocalDateTime at, Object[][] answers) {
        SurveyResponse response = new SurveyResponse(survey.getId(), who.getId(), at);
        em.persist(response);
        em.flush();
        for (Object[] a : answers) {
            SurveyQuestion q = (SurveyQuestion) a[0];
            em.persist(
                    switch (q.getKind()) {
                        case SCALE -> new SurveyAnswer(response.getId(), q.getId(), (Integer) a[1], null, null);
                        case CHOICE -> new SurveyAnswer(response.getId(), q.getId(), null, (String) a[1], null);
                        case TEXT -> new SurveyAnswer(response.getId(), q.getId(), null, null, (String) a[1]);
                    });
        }
    }

    private Account account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getSingleResult();
    }
}
