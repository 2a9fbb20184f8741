package org.hallway.signalling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hallway.account.entity.Account;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;

/**
 * Who may open the event socket: a logged-in account holding a ticket for the event, or an
 * organiser; a draft or deleted event is unknown to all but organisers. Answers values only.
 */
@ApplicationScoped
public class EventAdmissions {

    public enum Verdict { ADMITTED, NO_SUCH_EVENT, NO_TICKET }

    /** The verdict and, when admitted, who the socket belongs to. */
    public record Admission(Verdict verdict, long accountId, long eventId, boolean organiser) {

        static Admission refused(Verdict verdict) {
            return new Admission(verdict, 0, 0, false);
        }

        public boolean admitted() {
            return verdict == Verdict.ADMITTED;
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
        Account account = email == null ? null : em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email)).getResultStream().findFirst().orElse(null);
        Optional<Event> event = events.shown(slug, account);
        if (event.isEmpty()) {
            return Admission.refused(Verdict.NO_SUCH_EVENT);
        }
        if (account == null) {
            return Admission.refused(Verdict.NO_TICKET);
        }
        boolean organiser = account.isOrganiser();
        if (!organiser && !tickets.holdsTicket(account, event.get())) {
            return Admission.refused(Verdict.NO_TICKET);
        }
        return new Admission(Verdict.ADMITTED, account.getId(), event.get().getId(), organiser);
    }
}
