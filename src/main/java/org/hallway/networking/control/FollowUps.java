package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.mail.control.MailSettings;
import org.hallway.mail.control.MailTemplates;
import org.hallway.mail.control.Outbox;
import org.hallway.networking.entity.FollowUp;

/**
 * "Follow up with purpose": when a networking session ends, everyone who connected with someone
 * there gets one mail listing those people (as the matches page shows them). Queued once per
 * session, in one transaction with its record, after the end is committed.
 */
@ApplicationScoped
public class FollowUps {

    static final String MATCHES_PAGE = "event/matches.xhtml?session=";

    @PersistenceContext
    EntityManager em;

    @Inject
    Matches matches;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mail;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onSessionStateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionStateChanged change) {
        if (change.state() == SessionState.ENDED) {
            queue(change.sessionId());
        }
    }

    /** The number of mails queued: none when the session is no networking session or was followed up already. */
    int queue(long sessionId) {
        AgendaSession session = em.find(AgendaSession.class, sessionId);
        if (session == null || session.getType() != SessionType.NETWORKING
                || em.find(FollowUp.class, sessionId) != null) {
            return 0;
        }
        // the primary key refuses a second record if two ends race: that transaction rolls back, mailing nobody
        em.persist(new FollowUp(sessionId, LocalDateTime.now(clock)));
        em.flush();
        int queued = 0;
        var met = new java.util.TreeSet<Long>();
        for (String side : List.of("firstAccountId", "secondAccountId")) {
            met.addAll(em.createQuery("select distinct m." + side + " from Meeting m where m.sessionId = :s",
                            Long.class).setParameter("s", sessionId).getResultList());
        }
        for (long accountId : met) {
            List<MailTemplates.Contact> contacts = matches.of(sessionId, accountId).stream()
                    .filter(m -> m.email() != null)
                    .map(m -> new MailTemplates.Contact(m.partner().displayName(), m.partner().headline(), m.email()))
                    .distinct().toList();
            if (!contacts.isEmpty()) {
                Account account = em.find(Account.class, accountId);
                outbox.queue(MailTemplates.followUp(account.getEmail(), account.getDisplayName(),
                        session.getEvent().getName(), session.getName(), contacts,
                        mail.link(MATCHES_PAGE + sessionId)));
                queued++;
            }
        }
        return queued;
    }
}
