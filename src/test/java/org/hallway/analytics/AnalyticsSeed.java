package org.hallway.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.chat.entity.ChannelKind;
import org.hallway.chat.entity.ChatMessage;
import org.hallway.event.entity.Event;
import org.hallway.feedback.entity.QuestionKind;
import org.hallway.feedback.entity.Survey;
import org.hallway.feedback.entity.SurveyAnswer;
import org.hallway.feedback.entity.SurveyQuestion;
import org.hallway.feedback.entity.SurveyResponse;
import org.hallway.networking.control.MeetingIds;
import org.hallway.networking.entity.Connection;
import org.hallway.networking.entity.EndReason;
import org.hallway.networking.entity.MediaRoute;
import org.hallway.networking.entity.Meeting;
import org.hallway.room.entity.RoomQuestion;
import org.hallway.room.entity.RoomVisit;
import org.hallway.ticket.entity.Ticket;
import org.hallway.ticket.entity.TicketType;

/** Writes the facts the analytics read, as the features that own them store them (their entities). */
@ApplicationScoped
public class AnalyticsSeed {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingIds meetingIds;

    /** One side of a meeting: its wait, whether media reached it, its route. */
    public record Side(long account, long waitedMillis, boolean media, MediaRoute route) {}

    @Transactional
    public long session(String slug, SessionType type, String name, LocalDateTime start) {
        Event event = event(slug);
        var session = new AgendaSession(event, type);
        session.describe(name, "", "Main", start, start.plusHours(2), null);
        em.persist(session);
        em.flush();
        return session.getId();
    }

    @Transactional
    public long meeting(
            long sessionId,
            Side first,
            Side second,
            LocalDateTime start,
            int seconds,
            int extensions,
            EndReason ended) {
        var session = em.find(AgendaSession.class, sessionId);
        Instant started = start.toInstant(ZoneOffset.UTC);
        var meeting = new Meeting(
                meetingIds.next(),
                sessionId,
                session.getEvent().getId(),
                first.account(),
                second.account(),
                started,
                started.plusSeconds(seconds));
        meeting.waited(first.waitedMillis(), second.waitedMillis());
        for (Side side : new Side[] {first, second}) {
            if (side.media()) {
                meeting.mediaFlowed(side.account(), started.plusSeconds(2), side.route());
            }
        }
        meeting.extendTo(started.plusSeconds(seconds), extensions);
        if (ended != null) {
            meeting.end(started.plusSeconds(seconds), ended, null, ended == EndReason.MEDIA_FAILED);
        }
        em.persist(meeting);
        return meeting.getId();
    }

    @Transactional
    public void connection(long meetingId, boolean accepted) {
        var meeting = em.find(Meeting.class, meetingId);
        var connection = new Connection(
                meeting.getEventId(),
                meeting.getFirstAccountId(),
                meeting.getSecondAccountId(),
                meetingId,
                meeting.getStartedAt().plusSeconds(10));
        if (accepted) {
            connection.acceptBy(
                    meeting.getSecondAccountId(), meeting.getStartedAt().plusSeconds(20));
        }
        em.persist(connection);
    }

    /** A rating as the ratings feature stores it (stars null: rated "meet again" only). */
    @Transactional
    public void rating(long meetingId, long rater, Integer stars) {
        var meeting = em.find(Meeting.class, meetingId);
        var rating = new org.hallway.networking.entity.Rating(
                meetingId, meeting.getSessionId(), rater, meeting.partnerOf(rater));
        rating.rate(
                stars,
                stars == null ? org.hallway.networking.entity.MeetAgain.AGAIN : null,
                Instant.parse("2026-01-10T12:00:00Z"));
        em.persist(rating);
    }

    @Transactional
    public void visit(long sessionId, long account, LocalDateTime entered, LocalDateTime left) {
        var visit = new RoomVisit(sessionId, account, entered);
        if (left != null) {
            visit.leave(left);
        }
        em.persist(visit);
    }

    @Transactional
    public void chat(long sessionId, long sender, boolean deleted) {
        var session = em.find(AgendaSession.class, sessionId);
        var message = new ChatMessage(
                session.getEvent().getId(),
                ChannelKind.SESSION,
                sessionId,
                sender,
                "Hello",
                Instant.parse("2026-01-10T10:05:00Z"));
        if (deleted) {
            message.delete(sender, Instant.parse("2026-01-10T10:06:00Z"));
        }
        em.persist(message);
    }

    @Transactional
    public void question(long sessionId, long account) {
        em.persist(new RoomQuestion(sessionId, account, "Why?", LocalDateTime.of(2026, 1, 10, 10, 7)));
    }

    /**
     * The session's survey (feedback feature, V20) with two scale questions and a text question;
     * {@code scales} per respondent: {account, first scale or 0, second scale or 0}.
     */
    @Transactional
    public void survey(long sessionId, long[]... scales) {
        var session = em.find(AgendaSession.class, sessionId);
        LocalDateTime at = LocalDateTime.of(2026, 1, 10, 12, 0);
        var survey = new Survey(session.getEvent().getId(), sessionId, "How was it?", at.plusDays(7), at);
        em.persist(survey);
        em.flush();
        var content = new SurveyQuestion(survey.getId(), 0, QuestionKind.SCALE, "Content", false, java.util.List.of());
        var speaker = new SurveyQuestion(survey.getId(), 1, QuestionKind.SCALE, "Speaker", false, java.util.List.of());
        var comment =
                new SurveyQuestion(survey.getId(), 2, QuestionKind.TEXT, "Anything else?", false, java.util.List.of());
        em.persist(content);
        em.persist(speaker);
        em.persist(comment);
        em.flush();
        for (long[] answer : scales) {
            var response = new SurveyResponse(survey.getId(), answer[0], at);
            em.persist(response);
            em.flush();
            if (answer[1] > 0) {
                em.persist(new SurveyAnswer(response.getId(), content.getId(), (int) answer[1], null, null));
            }
            if (answer[2] > 0) {
                em.persist(new SurveyAnswer(response.getId(), speaker.getId(), (int) answer[2], null, null));
            }
            em.persist(new SurveyAnswer(response.getId(), comment.getId(), null, null, "Fine"));
        }
    }

    @Transactional
    public void ticket(String slug, String type, long account, LocalDateTime issued) {
        Event event = event(slug);
        var ticketType = em.createQuery(
                        "select t from TicketType t where t.event = :e and t.name = :n", TicketType.class)
                .setParameter("e", event)
                .setParameter("n", type)
                .getSingleResult();
        em.persist(new Ticket(ticketType, em.find(Account.class, account), issued));
    }

    @Transactional
    public long presenceRows(String slug, long account) {
        return em.createQuery(
                        "select count(p) from EventPresence p where p.eventId = :e and p.accountId = :a", Long.class)
                .setParameter("e", event(slug).getId())
                .setParameter("a", account)
                .getSingleResult();
    }

    private Event event(String slug) {
        return em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", slug)
                .getSingleResult();
    }
}
