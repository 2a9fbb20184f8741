package org.hallway.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hallway.mail.control.MailSettings;
import org.hallway.mail.control.QueuedMail;
import org.hallway.mail.entity.MailStatus;
import org.hallway.mail.entity.OutboxMail;

/**
 * The sender's side of the outbox, one short transaction per step and never one around a network
 * call: claim due mail, then record each outcome.
 */
@ApplicationScoped
public class OutboxQueue {

    /** A claimed mail whose sender never reports back is due again after this long. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    /**
     * Takes up to {@code limit} due mails. A concurrent claim by another node bumps the version
     * first and makes this flush fail: then this node takes none this round.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<QueuedMail> claimDue(int limit) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<OutboxMail> due = em.createNamedQuery(OutboxMail.DUE, OutboxMail.class)
                .setParameter("statuses", List.of(MailStatus.PENDING, MailStatus.SENDING))
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        List<QueuedMail> claimed = new ArrayList<>();
        for (OutboxMail mail : due) {
            mail.claim(now.plus(LEASE));
            claimed.add(new QueuedMail(
                    mail.getId(),
                    mail.getRecipient(),
                    mail.getSubject(),
                    mail.getTextBody(),
                    mail.getHtmlBody(),
                    mail.getQrText(),
                    mail.getAttempts()));
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ClaimedElsewhere();
        } catch (PersistenceException e) {
            throw new ClaimedElsewhere();
        }
        return claimed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSent(long id, boolean onlyLogged) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            mail.sent(LocalDateTime.now(clock), onlyLogged);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            LocalDateTime now = LocalDateTime.now(clock);
            mail.failed(error, now.plus(settings.backoff().after(mail.getAttempts() + 1)), settings.maxAttempts());
        }
    }

    /** Thrown (rolling the claim back) when another node claimed some of the same mails first. */
    public static final class ClaimedElsewhere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClaimedElsewhere() {
            super("claimed by another sender", null, false, false);
        }
    }
}
