package org.hallway.feedback.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.event.entity.Event;
import org.hallway.feedback.control.Attendance;
import org.hallway.feedback.entity.Survey;
import org.hallway.mail.control.MailSettings;
import org.hallway.mail.control.MailTemplates;
import org.hallway.mail.control.Outbox;

/**
 * When a session ends, those who attended it are asked by mail to answer its survey; when the
 * event's last session ends, everyone who attended anything is asked to answer the event's survey.
 * Each survey invites once ({@code invitedAt}, guarded by its version), in one transaction with the
 * outbox's mails, after the end is committed.
 *
 * <p>A stateless EJB, not a CDI bean: the scheduler ends sessions on an EJB timer thread, where
 * Payara calls after-commit observers without a component context. A CDI bean first created there
 * is left without its {@code @PersistenceContext} (Payara skips resource injection without one),
 * and being application-scoped it stayed broken for every later end. The EJB container gives each
 * call its own context and injects its instances itself, whichever thread ends the session.
 */
@Stateless
public class SurveyInvitations {

    static final String SURVEY_PAGE = "event/survey.xhtml?survey=";

    @PersistenceContext
    EntityManager em;

    @Inject
    Attendance attendance;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mail;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onSessionStateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionStateChanged change) {
        if (change.state() == SessionState.ENDED) {
            invite(change.sessionId(), change.eventId());
        }
    }

    /** The number of mails queued. */
    int invite(long sessionId, long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int queued = 0;
        for (Survey survey : em.createNamedQuery(Survey.OF_SESSION, Survey.class)
                .setParameter("session", sessionId)
                .getResultList()) {
            AgendaSession session = em.find(AgendaSession.class, sessionId);
            queued += send(survey, event, session.getName(), List.of(sessionId), now);
        }
        List<AgendaSession> sessions = em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                .setParameter("event", event)
                .getResultList();
        if (sessions.stream().allMatch(s -> s.getState() == SessionState.ENDED)) {
            List<Long> ids =
                    new ArrayList<>(sessions.stream().map(AgendaSession::getId).toList());
            for (Survey survey : em.createNamedQuery(Survey.OF_EVENT_ITSELF, Survey.class)
                    .setParameter("event", eventId)
                    .getResultList()) {
                queued += send(survey, event, event.getName(), ids, now);
            }
        }
        return queued;
    }

    private int send(Survey survey, Event event, String about, List<Long> sessionIds, LocalDateTime now) {
        if (survey.getInvitedAt() != null || !survey.acceptsAnswersAt(now)) {
            return 0;
        }
        survey.invited(now);
        em.flush(); // a racing invitation of the same survey fails here on the version: nobody is mailed twice
        int queued = 0;
        for (long accountId : attendance.attendees(sessionIds)) {
            Account account = em.find(Account.class, accountId);
            outbox.queue(MailTemplates.survey(
                    account.getEmail(),
                    account.getDisplayName(),
                    event.getName(),
                    about,
                    mail.link(SURVEY_PAGE + survey.getId())));
            queued++;
        }
        return queued;
    }
}
