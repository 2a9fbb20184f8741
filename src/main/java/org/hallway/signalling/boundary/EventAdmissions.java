package org.hallway.signalling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hallway.account.entity.Account;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.signalling.control.Caller;
import org.hallway.ticket.control.Admissions.Entry;

/**
 * Who may open the event socket: a logged-in account holding a ticket for the event, or an
 * organiser; a draft or deleted event is unknown to all but organisers. Answers values only.
 */
@ApplicationScoped
public class EventAdmissions {

    /** The verdict and, when admitted, who the socket belongs to. */
    public record Admission(Entry verdict, long accountId, long eventId, boolean organiser) {

        static Admission refused(Entry verdict) {
            return new Admission(verdict, 0, 0, false);
        }

        public boolean admitted() {
            return verdict.admitted();
        }

        public Caller caller(String socketId) {
            return new Caller(accountId, eventId, socketId, organiser);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Events events;

    @Inject
    org.hallway.ticket.control.Admissions tickets;

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
        if (!entry.admitted()) {
            return Admission.refused(entry);
        }
        return new Admission(entry, account.getId(), event.getId(), account.isOrganiser());
    }
}
