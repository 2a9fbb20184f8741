package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hallway.event.entity.Event;
import org.hallway.platform.Rejected;
import org.hallway.ticket.control.TicketTypes;

/** The organiser's ticket-type use cases, one transaction each; a {@link Rejected} rolls back everything. */
@ApplicationScoped
public class TicketAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketTypes ticketTypes;

    /** Returns the new type's id. */
    @Transactional
    public long create(long eventId, String name, Integer capacity) {
        return ticketTypes.create(event(eventId), name, capacity).getId();
    }

    @Transactional
    public void change(long eventId, long typeId, Long expectedVersion, String name, Integer capacity) {
        ticketTypes.change(event(eventId), typeId, expectedVersion, name, capacity);
    }

    /** Returns the new invite token. */
    @Transactional
    public String replaceInviteLink(long eventId, long typeId) {
        return ticketTypes.replaceInviteToken(event(eventId), typeId).getInviteToken();
    }

    private Event event(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw Rejected.general("This event no longer exists.");
        }
        return event;
    }
}
