package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hallway.account.entity.Account;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.realtime.control.EventDoor;
import org.hallway.realtime.control.Realtime;
import org.hallway.ticket.control.Admissions;
import org.hallway.ticket.control.Admissions.Entry;
import org.hallway.ticket.control.TicketRevoked;

/**
 * Who may open the event socket: a logged-in account holding a ticket for the event, or an
 * organiser; a draft or deleted event is unknown to all but organisers. Answers values only. A
 * revoked ticket closes the account's event sockets of that event.
 */
@ApplicationScoped
public class EventAdmissions implements EventDoor {

    @PersistenceContext
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Admissions tickets;

    @Inject
    Realtime realtime;

    @Override
    @Transactional
    public Admission admit(String slug, String email) {
        Account account = email == null
                ? null
                : em.createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", Account.normalizeEmail(email))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        Event event = events.bySlug(slug).orElse(null);
        Entry entry = tickets.mayEnter(account, event);
        return switch (entry) {
            case NO_SUCH_EVENT -> Admission.refused(Verdict.NO_SUCH_EVENT);
            case NO_TICKET -> Admission.refused(Verdict.NO_TICKET);
            case ADMITTED -> new Admission(Verdict.ADMITTED, account.getId(), event.getId(), account.isOrganiser());
        };
    }

    /** Once the revocation committed, the account's event sockets of that event close on every node. */
    void ticketRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketRevoked revoked) {
        realtime.revoked(revoked.accountId(), revoked.eventId());
    }
}
