package org.hallway.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hallway.event.entity.Event;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;
import org.hallway.ticket.entity.Ticket;
import org.hallway.ticket.entity.TicketType;

/**
 * An event's ticket types and the tickets issued, as organisers manage them. Changes run in the
 * caller's transaction and throw {@link Rejected} (rolling it back) when refused.
 */
@ApplicationScoped
public class TicketTypes {

    public static final int MAX_CAPACITY = 1_000_000;

    @PersistenceContext
    EntityManager em;

    public List<TicketType> ofEvent(Event event) {
        return em.createNamedQuery(TicketType.OF_EVENT, TicketType.class)
                .setParameter("event", event)
                .getResultList();
    }

    public Optional<TicketType> byId(long id) {
        return Optional.ofNullable(em.find(TicketType.class, id));
    }

    public Long versionOf(long id) {
        return em.createQuery("select t.version from TicketType t where t.id = :id", Long.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Tickets issued per ticket type id. */
    public Map<Long, Long> issuedCounts(Event event) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select t.ticketType.id, count(t) from Ticket t where t.event = :event group by t.ticketType.id",
                        Object[].class)
                .setParameter("event", event)
                .getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** The event's tickets, oldest first, with their attendees and types. */
    public List<Ticket> ticketsOf(Event event) {
        return em.createNamedQuery(Ticket.OF_EVENT, Ticket.class)
                .setParameter("event", event)
                .getResultList();
    }

    public TicketType create(Event event, String name, Integer capacity) {
        String clean = name == null ? null : name.strip();
        List<Violation> violations = check(event, null, clean, capacity);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        var type = new TicketType(event, clean, capacity, InviteTokens.next());
        em.persist(type);
        flush();
        return type;
    }

    public TicketType change(Event event, long typeId, Long expectedVersion, String name, Integer capacity) {
        TicketType type = find(event, typeId);
        if (!Objects.equals(expectedVersion, versionOf(typeId))) {
            throw Rejected.general(Rejected.CHANGED_BY_SOMEONE_ELSE);
        }
        String clean = name == null ? null : name.strip();
        List<Violation> violations = check(event, type, clean, capacity);
        long issued = issuedCounts(event).getOrDefault(typeId, 0L);
        if (capacity != null && capacity >= 1 && capacity < issued) {
            violations.add(Violation.of(
                    "capacity",
                    issued + " tickets of this type are issued already: " + "the capacity cannot be lower."));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        type.rename(clean, capacity);
        flush();
        return type;
    }

    /** A new invite token: the old link stops working at once. */
    public TicketType replaceInviteToken(Event event, long typeId) {
        TicketType type = find(event, typeId);
        type.replaceInviteToken(InviteTokens.next());
        flush();
        return type;
    }

    private TicketType find(Event event, long typeId) {
        return byId(typeId)
                .filter(t -> t.getEvent().getId().equals(event.getId()))
                .orElseThrow(() -> Rejected.general("This ticket type no longer exists."));
    }

    private List<Violation> check(Event event, TicketType self, String name, Integer capacity) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            violations.add(Violation.of("name", "Enter the ticket type's name."));
        } else if (name.length() > TicketType.MAX_NAME) {
            violations.add(Violation.of("name", "The name may have at most " + TicketType.MAX_NAME + " characters."));
        } else if (ofEvent(event).stream()
                .anyMatch(t -> t != self && t.getName().equalsIgnoreCase(name))) {
            violations.add(Violation.of("name", "This event already has a ticket type called “" + name + "”."));
        }
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            violations.add(Violation.of(
                    "capacity", "The capacity must be between 1 and " + MAX_CAPACITY + ", or empty for no limit."));
        }
        return violations;
    }

    private void flush() {
        Rejected.unlessFlushed(
                em,
                "The ticket type could not be saved: its name may have just been taken. Reload the page and try again.");
    }

    /** A purged event's tickets and ticket types go with it. */
    void onEventPurging(@jakarta.enterprise.event.Observes org.hallway.event.control.EventPurging purging) {
        em.createQuery("delete from Ticket t where t.event.id = :event")
                .setParameter("event", purging.eventId())
                .executeUpdate();
        em.createQuery("delete from TicketType t where t.event.id = :event")
                .setParameter("event", purging.eventId())
                .executeUpdate();
    }
}
