package org.hallway.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import org.hallway.mail.entity.OutboxMail;

/**
 * Queues a mail in the caller's transaction: it is sent only if that transaction commits, and a
 * slow or absent SMTP server never holds the caller up ({@link org.hallway.mail.boundary.MailSender}
 * sends it afterwards).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public long queue(Letter letter) {
        var mail = new OutboxMail(
                letter.kind(),
                letter.recipient(),
                letter.subject(),
                letter.text(),
                letter.html(),
                letter.qrText(),
                LocalDateTime.now(clock));
        em.persist(mail);
        return mail.getId();
    }
}
