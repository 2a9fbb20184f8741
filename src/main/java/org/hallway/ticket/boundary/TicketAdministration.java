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

    /** One ticket type as the organiser's page shows it, read inside the transaction. */
    public record TypeLine(long id, Long version, String name, Integer capacity, String inviteToken, long issued) {}

    /** The event's ticket types with their issued counts; empty for an unknown event. */
    @Transactional
    public java.util.List<TypeLine> lines(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            return java.util.List.of();
        }
        java.util.Map<Long, Long> issued = ticketTypes.issuedCounts(event);
        return ticketTypes.ofEvent(event).stream()
                .map(t -> new TypeLine(
                        t.getId(),
                        ticketTypes.versionOf(t.getId()),
                        t.getName(),
                        t.getCapacity(),
                        t.getInviteToken(),
                        issued.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    /** The ticket type's current invite token; empty for an unknown type. */
    @Transactional
    public java.util.Optional<String> inviteToken(long typeId) {
        return ticketTypes.byId(typeId).map(org.hallway.ticket.entity.TicketType::getInviteToken);
    }

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

    /** Deletes a ticket type that has issued no ticket (its networking pairings go with it: ON DELETE CASCADE); returns its name. */
    @Transactional
    public String delete(long eventId, long typeId) {
        var type = em.find(org.hallway.ticket.entity.TicketType.class, typeId);
        if (type == null || type.getEvent().getId() != eventId) {
            throw Rejected.general("This ticket type no longer exists.");
        }
        long issued = em.createNamedQuery(org.hallway.ticket.entity.Ticket.COUNT_OF_TYPE, Long.class)
                .setParameter("type", type)
                .getSingleResult();
        if (issued > 0) {
            throw Rejected.general("“" + type.getName() + "” has " + issued + (issued == 1 ? " ticket" : " tickets")
                    + ": only a ticket type without tickets can be deleted (revoke them under Registrations first).");
        }
        em.remove(type);
        em.flush();
        return type.getName();
    }

    private Event event(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw Rejected.general("This event no longer exists.");
        }
        return event;
    }
}
