package org.hallway.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hallway.account.entity.Account;
import org.hallway.event.entity.Event;
import org.hallway.ticket.entity.Ticket;

/** Who is admitted to which event: the tickets an account holds. */
@ApplicationScoped
public class Admissions {

    @PersistenceContext
    EntityManager em;

    public boolean holdsTicket(Account account, Event event) {
        return ticketOf(account, event).isPresent();
    }

    /** The account's ticket for the event (one per attendee and event), if it holds one. */
    public Optional<Ticket> ticketOf(Account account, Event event) {
        return em.createNamedQuery(Ticket.OF_ACCOUNT_FOR_EVENT, Ticket.class)
                .setParameter("account", account).setParameter("event", event)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The account's own tickets with their events and types, in one query. */
    public List<Ticket> ticketsOf(Account account) {
        return em.createQuery("select t from Ticket t join fetch t.event join fetch t.ticketType"
                        + " where t.account = :account order by t.issuedAt, t.id", Ticket.class)
                .setParameter("account", account).getResultList();
    }
}
