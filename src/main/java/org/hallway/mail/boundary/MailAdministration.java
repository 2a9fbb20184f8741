package org.hallway.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.hallway.mail.control.OutboxEntry;
import org.hallway.mail.entity.OutboxMail;
import org.hallway.platform.Rejected;

/** The organiser's outbox use cases: what was sent or failed, and sending a given-up mail again. */
@ApplicationScoped
public class MailAdministration {

    public static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public List<OutboxEntry> recent() {
        return em.createNamedQuery(OutboxMail.RECENT, OutboxMail.class).setMaxResults(PAGE).getResultList().stream()
                .map(OutboxEntry::of)
                .toList();
    }

    @Transactional
    public void retry(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw Rejected.general("This mail no longer exists.");
        }
        mail.retry(LocalDateTime.now(clock));
    }
}
