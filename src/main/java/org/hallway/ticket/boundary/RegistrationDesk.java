package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hallway.platform.Rejected;
import org.hallway.ticket.control.Invitations;
import org.hallway.ticket.control.RegistrationSearch;
import org.hallway.ticket.control.TicketRevoked;
import org.hallway.ticket.entity.Ticket;
import org.hallway.ticket.entity.TicketType;

/** The organiser's registration use cases, one transaction each. */
@ApplicationScoped
public class RegistrationDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationSearch search;

    @Inject
    Invitations invitations;

    @Inject
    Event<TicketRevoked> revocations;

    @Transactional
    public RegistrationSearch.Page page(long eventId, String query, int page) {
        return search.page(eventId, query, page);
    }

    @Transactional
    public String csv(long eventId, String query) {
        return search.csv(eventId, query);
    }

    /**
     * Takes the ticket away: the attendee loses access to the event at once, and once this has
     * committed their open sockets of the event are closed. Returns the attendee's e-mail.
     */
    @Transactional
    public String revoke(long eventId, long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || ticket.getEvent().getId() != eventId) {
            throw Rejected.general("This ticket no longer exists.");
        }
        long accountId = ticket.getAccount().getId();
        String email = ticket.getAccount().getEmail();
        List<Long> sessions = em.createQuery("select s.id from AgendaSession s where s.event.id = :event", Long.class)
                .setParameter("event", eventId)
                .getResultList();
        em.remove(ticket);
        em.flush();
        revocations.fire(new TicketRevoked(eventId, accountId, sessions));
        return email;
    }

    /** Mails the type's invite link to each address of a pasted list; returns how many were invited. */
    @Transactional
    public int invite(long eventId, long ticketTypeId, String pasted) {
        TicketType type = em.find(TicketType.class, ticketTypeId);
        if (type == null || type.getEvent().getId() != eventId) {
            throw new Rejected("ticketType", "Choose a ticket type of this event.");
        }
        List<String> addresses = Invitations.addresses(pasted);
        addresses.forEach(address -> invitations.invite(type, address));
        return addresses.size();
    }
}
