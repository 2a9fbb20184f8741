package org.hallway.feedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.event.entity.Event;
import org.hallway.feedback.control.Attendance;
import org.hallway.feedback.control.Question;
import org.hallway.feedback.control.SurveyRules;
import org.hallway.feedback.entity.QuestionKind;
import org.hallway.feedback.entity.Survey;
import org.hallway.feedback.entity.SurveyAnswer;
import org.hallway.feedback.entity.SurveyQuestion;
import org.hallway.feedback.entity.SurveyResponse;
import org.hallway.platform.EventTimes;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;

/**
 * The survey use cases, one transaction each: an organiser builds a survey for a session or the
 * event; an attendee who attended answers it (one response, changed in place until it closes); the
 * organiser reads the results and exports them. A session's survey opens when the session has ended,
 * for those with a room visit or a networking meeting in it; the event's survey when all its sessions
 * have ended, for those who attended any. Responses are anonymous in results and exports.
 */
@ApplicationScoped
public class Surveys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Attendance attendance;

    /** A survey as listed for organisers and attendees. */
    public record Summary(long id, String title, String about, String closes, boolean open, long responses)
            implements java.io.Serializable {}

    /** What an attendee's survey page shows: the questions and their own answers so far. */
    public record Form(
            Summary survey,
            List<Question> questions,
            Map<Long, String> answers,
            boolean answered,
            boolean mayAnswer,
            String eventSlug) {}

    @Transactional
    public long create(long eventId, Long sessionId, SurveyRules.SurveyDraft draft) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw Rejected.general("There is no such event.");
        }
        List<Violation> violations =
                new ArrayList<>(SurveyRules.check(draft, LocalDate.now(clock.withZone(event.zone()))));
        if (sessionId != null) {
            AgendaSession session = em.find(AgendaSession.class, sessionId);
            if (session == null || session.getEvent().getId() != eventId) {
                violations.add(Violation.of("session", "Choose a session of this event."));
            } else if (!em.createNamedQuery(Survey.OF_SESSION, Survey.class)
                    .setParameter("session", sessionId)
                    .getResultList()
                    .isEmpty()) {
                violations.add(Violation.of("session", "This session has a survey already."));
            }
        } else if (!em.createNamedQuery(Survey.OF_EVENT_ITSELF, Survey.class)
                .setParameter("event", eventId)
                .getResultList()
                .isEmpty()) {
            violations.add(Violation.of("session", "The event has its survey already."));
        }
        Rejected.unless(violations);
        LocalDateTime closesAt = LocalDateTime.ofInstant(
                draft.closes().plusDays(1).atStartOfDay(event.zone()).toInstant(), ZoneOffset.UTC);
        Survey survey = new Survey(eventId, sessionId, draft.title().strip(), closesAt, LocalDateTime.now(clock));
        em.persist(survey);
        em.flush();
        int position = 0;
        for (SurveyRules.QuestionDraft q : draft.questions()) {
            if (q.used()) {
                em.persist(new SurveyQuestion(
                        survey.getId(), position++, q.kind(), q.prompt().strip(), q.required(), q.optionList()));
            }
        }
        return survey.getId();
    }

    /** The event's surveys for its organisers, with how many answered. */
    @Transactional
    public List<Summary> ofEvent(long eventId) {
        return em
                .createNamedQuery(Survey.OF_EVENT, Survey.class)
                .setParameter("event", eventId)
                .getResultList()
                .stream()
                .map(this::summary)
                .toList();
    }

    /** The surveys this attendee may answer now (those they answered included, until they close). */
    @Transactional
    public List<Summary> openFor(long eventId, long accountId) {
        return em
                .createNamedQuery(Survey.OF_EVENT, Survey.class)
                .setParameter("event", eventId)
                .getResultList()
                .stream()
                .filter(s -> mayAnswer(s, accountId))
                .map(this::summary)
                .toList();
    }

    @Transactional
    public Optional<Form> form(long surveyId, long accountId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null) {
            return Optional.empty();
        }
        Map<Long, String> answers = new HashMap<>();
        SurveyResponse response = response(surveyId, accountId);
        if (response != null) {
            for (SurveyAnswer a : em.createNamedQuery(SurveyAnswer.OF_RESPONSE, SurveyAnswer.class)
                    .setParameter("response", response.getId())
                    .getResultList()) {
                answers.put(
                        a.getQuestionId(),
                        a.getScale() != null
                                ? String.valueOf(a.getScale())
                                : a.getChoice() != null ? a.getChoice() : a.getBody());
            }
        }
        return Optional.of(new Form(
                summary(survey),
                questions(surveyId),
                answers,
                response != null,
                mayAnswer(survey, accountId),
                em.find(Event.class, survey.getEventId()).getSlug()));
    }

    /** Stores the attendee's answers: their one response, created or changed; refused when closed or not theirs. */
    @Transactional
    public void answer(long surveyId, long accountId, Map<Long, String> raw) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null || !mayAnswer(survey, accountId)) {
            throw Rejected.general(
                    survey != null && !survey.acceptsAnswersAt(LocalDateTime.now(clock))
                            ? "This survey is closed: answers can no longer be changed."
                            : "This survey is for those who attended, once it has ended.");
        }
        Map<Long, SurveyRules.Answer> checked = new LinkedHashMap<>();
        Rejected.unless(SurveyRules.check(questions(surveyId), raw, checked));
        LocalDateTime now = LocalDateTime.now(clock);
        SurveyResponse response = response(surveyId, accountId);
        Map<Long, SurveyAnswer> stored = new HashMap<>();
        if (response == null) {
            response = new SurveyResponse(surveyId, accountId, now);
            em.persist(response);
            em.flush();
        } else {
            response.changed(now);
            for (SurveyAnswer a : em.createNamedQuery(SurveyAnswer.OF_RESPONSE, SurveyAnswer.class)
                    .setParameter("response", response.getId())
                    .getResultList()) {
                stored.put(a.getQuestionId(), a);
            }
        }
        for (var entry : checked.entrySet()) {
            SurveyRules.Answer a = entry.getValue();
            SurveyAnswer existing = stored.get(entry.getKey());
            if (a.blank()) {
                if (existing != null) {
                    em.remove(existing);
                }
            } else if (existing == null) {
                em.persist(new SurveyAnswer(response.getId(), entry.getKey(), a.scale(), a.choice(), a.body()));
            } else {
                existing.change(a.scale(), a.choice(), a.body());
            }
        }
        Rejected.unlessFlushed(em, "Your answers could not be saved; please try again.");
    }

    @Transactional
    public Optional<SurveyResults> results(long surveyId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null) {
            return Optional.empty();
        }
        List<Question> questions = questions(surveyId);
        List<SurveyResponse> responses = em.createQuery(
                        "select r from SurveyResponse r where r.surveyId = :survey" + " order by r.submittedAt, r.id",
                        SurveyResponse.class)
                .setParameter("survey", surveyId)
                .getResultList();
        List<SurveyAnswer> answers = em.createQuery(
                        "select a from SurveyAnswer a, SurveyResponse r where"
                                + " a.responseId = r.id and r.surveyId = :survey",
                        SurveyAnswer.class)
                .setParameter("survey", surveyId)
                .getResultList();
        List<SurveyResults.Row> rows = new ArrayList<>();
        Map<Long, Integer> rowOf = new HashMap<>();
        ZoneId zone = em.find(Event.class, survey.getEventId()).zone();
        for (SurveyResponse r : responses) {
            rowOf.put(r.getId(), rows.size());
            rows.add(new SurveyResults.Row(
                    rows.size() + 1,
                    EventTimes.dayTime(r.getUpdatedAt().toInstant(ZoneOffset.UTC), zone),
                    new HashMap<>()));
        }
        for (SurveyAnswer a : answers) {
            Integer row = rowOf.get(a.getResponseId());
            if (row != null) {
                rows.get(row)
                        .answers()
                        .put(
                                a.getQuestionId(),
                                a.getScale() != null
                                        ? String.valueOf(a.getScale())
                                        : a.getChoice() != null ? a.getChoice() : a.getBody());
            }
        }
        return Optional.of(SurveyResults.of(summary(survey), questions, rows));
    }

    private boolean mayAnswer(Survey survey, long accountId) {
        if (!survey.acceptsAnswersAt(LocalDateTime.now(clock))) {
            return false;
        }
        if (survey.getSessionId() != null) {
            AgendaSession session = em.find(AgendaSession.class, survey.getSessionId());
            return session != null
                    && session.getState() == SessionState.ENDED
                    && attended(List.of(survey.getSessionId()), accountId);
        }
        List<AgendaSession> sessions = em.createQuery(
                        "select s from AgendaSession s where s.event.id = :event", AgendaSession.class)
                .setParameter("event", survey.getEventId())
                .getResultList();
        return !sessions.isEmpty()
                && sessions.stream().allMatch(s -> s.getState() == SessionState.ENDED)
                && attended(sessions.stream().map(AgendaSession::getId).toList(), accountId);
    }

    private boolean attended(List<Long> sessionIds, long accountId) {
        return attendance.attended(sessionIds, accountId);
    }

    private SurveyResponse response(long surveyId, long accountId) {
        return em.createNamedQuery(SurveyResponse.OF_ACCOUNT, SurveyResponse.class)
                .setParameter("survey", surveyId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<Question> questions(long surveyId) {
        return em
                .createNamedQuery(SurveyQuestion.OF_SURVEY, SurveyQuestion.class)
                .setParameter("survey", surveyId)
                .getResultList()
                .stream()
                .map(Question::of)
                .toList();
    }

    private Summary summary(Survey survey) {
        ZoneId zone = em.find(Event.class, survey.getEventId()).zone();
        String about = survey.getSessionId() == null
                ? "The whole event"
                : Optional.ofNullable(em.find(AgendaSession.class, survey.getSessionId()))
                        .map(AgendaSession::getName)
                        .orElse("A session");
        long responses = em.createNamedQuery(SurveyResponse.COUNT, Long.class)
                .setParameter("survey", survey.getId())
                .getSingleResult();
        // closesAt is the first instant no longer taken: its day before is the last day answers are taken
        LocalDate lastDay = survey.getClosesAt()
                .toInstant(ZoneOffset.UTC)
                .atZone(zone)
                .toLocalDate()
                .minusDays(1);
        return new Summary(
                survey.getId(),
                survey.getTitle(),
                about,
                EventTimes.day(lastDay),
                survey.acceptsAnswersAt(LocalDateTime.now(clock)),
                responses);
    }

    /** The event's sessions a survey may be about: id → name, in agenda order. */
    @Transactional
    public Map<Long, String> sessions(long eventId) {
        Map<Long, String> all = new LinkedHashMap<>();
        em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                .setParameter("event", em.find(Event.class, eventId))
                .getResultList()
                .forEach(s -> all.put(s.getId(), s.getName()));
        return all;
    }

    /** Kinds in the order the builder offers them. */
    public static List<QuestionKind> kinds() {
        return List.of(QuestionKind.values());
    }
}
