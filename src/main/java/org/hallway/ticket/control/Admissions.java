package org.hallway.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.hallway.account.entity.Account;
import org.hallway.event.entity.Event;
import org.hallway.ticket.entity.Ticket;

/**
 * Who is admitted to which event: the one rule "organisers and ticket holders may enter", and the
 * tickets an account holds.
 */
@ApplicationScoped
public class Admissions {

    /** Whether someone may enter an event; a value, decided inside a transaction. */
    public enum Entry {
        /** An organiser, or a ticket holder of a public or unlisted event. */
        ADMITTED,
        /** No event, a deleted one, or a draft to anyone but an organiser: the same answer as no event. */
        NO_SUCH_EVENT,
        /** The event exists for them, but nobody is signed in or they hold no ticket. */
        NO_TICKET;

        public boolean admitted() {
            return this == ADMITTED;
        }
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Whether the account may enter the event. Decided inside the caller's transaction: an account's
     * roles load lazily, which Hibernate refuses outside one.
     *
     * @param account who asks, attached or not; null when nobody is signed in
     * @param event   the event, attached or not; null when there is none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Entry mayEnter(Account account, Event event) {
        Account attached = account == null ? null : em.find(Account.class, account.getId());
        return rule(event, attached, () -> holdsTicket(attached, event));
    }

    /**
     * The rule itself: the event must be shown to the person (deleted events to nobody, drafts to
     * organisers only); then organisers enter without a ticket and everyone else needs one, which is
     * looked up only then.
     */
    static Entry rule(Event event, Account account, BooleanSupplier holdsTicket) {
        boolean organiser = account != null && account.isOrganiser();
        if (event == null || !event.shownTo(organiser)) {
            return Entry.NO_SUCH_EVENT;
        }
        if (account == null) {
            return Entry.NO_TICKET;
        }
        return organiser || holdsTicket.getAsBoolean() ? Entry.ADMITTED : Entry.NO_TICKET;
    }

    public boolean holdsTicket(Account account, Event event) {
        return ticketOf(account, event).isPresent();
    }

    /** The account's ticket for the event (one per attendee and event), if it holds one. */
    public Optional<Ticket> ticketOf(Account account, Event event) {
        return em.createNamedQuery(Ticket.OF_ACCOUNT_FOR_EVENT, Ticket.class)
                .setParameter("account", account)
                .setParameter("event", event)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The account's own tickets with their events and types, in one query. */
    public List<Ticket> ticketsOf(Account account) {
        return em.createQuery(
                        "select t from Ticket t join fetch t.event join fetch t.ticketType"
                                + " where t.account = :account order by t.issuedAt, t.id",
                        Ticket.class)
                .setParameter("account", account)
                .getResultList();
    }
}
