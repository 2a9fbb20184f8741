package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.mail.control.MailSettings;
import org.hallway.mail.control.MailTemplates;
import org.hallway.mail.control.Outbox;
import org.hallway.networking.entity.FollowUp;

/**
 * "Follow up with purpose": once a networking session is over, the organiser sends everyone who met
 * someone there one mail summarising the people they met (as the matches page shows them: headline,
 * link, connected or not, their own note). Queued once per session, in the transaction that records it.
 */
@ApplicationScoped
public class FollowUps {

    static final String MATCHES_PAGE = "event/matches.xhtml?session=";

    /** What sending did: how many mails were queued, and when. */
    public record Sent(int mails, LocalDateTime at) {
    }

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

    /** When the session's summaries were sent, if they were. */
    public Optional<LocalDateTime> sentAt(long sessionId) {
        return Optional.ofNullable(em.find(FollowUp.class, sessionId)).map(FollowUp::getQueuedAt);
    }

    /**
     * Queues one summary per participant who met someone. Call it in the organiser's transaction, for
     * an ended networking session whose summaries were not sent yet.
     */
    public Sent send(AgendaSession session) {
        long sessionId = session.getId();
        LocalDateTime now = LocalDateTime.now(clock);
        // the primary key refuses a second record if two clicks race: that transaction rolls back, mailing nobody
        em.persist(new FollowUp(sessionId, now));
        em.flush();
        int queued = 0;
        var met = new java.util.TreeSet<Long>();
        for (String side : List.of("firstAccountId", "secondAccountId")) {
            met.addAll(em.createQuery("select distinct m." + side + " from Meeting m where m.sessionId = :s",
                            Long.class).setParameter("s", sessionId).getResultList());
        }
        for (long accountId : met) {
            // one line per person met, however often (the newest meeting's row comes first)
            var byPartner = new java.util.LinkedHashMap<Long, MailTemplates.Contact>();
            for (Matches.Match m : matches.of(sessionId, accountId)) {
                byPartner.putIfAbsent(m.partner().id(), new MailTemplates.Contact(m.partner().displayName(),
                        m.partner().headline(), m.link(), m.email(), m.email() != null, m.note()));
            }
            if (!byPartner.isEmpty()) {
                Account account = em.find(Account.class, accountId);
                outbox.queue(MailTemplates.followUp(account.getEmail(), account.getDisplayName(),
                        session.getEvent().getName(), session.getName(), List.copyOf(byPartner.values()),
                        mail.link(MATCHES_PAGE + sessionId)));
                queued++;
            }
        }
        return new Sent(queued, now);
    }
}
