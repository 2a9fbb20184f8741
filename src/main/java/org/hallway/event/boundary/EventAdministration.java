package org.hallway.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Part;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hallway.event.control.EventDetails;
import org.hallway.event.control.EventEditor;
import org.hallway.event.control.EventPurging;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.event.entity.Visibility;
import org.hallway.platform.Rejected;

/**
 * The organiser's event use cases, each one transaction; a {@link org.hallway.platform.Rejected}
 * rolls it back entirely.
 */
@ApplicationScoped
public class EventAdministration {

    @Inject
    EventEditor editor;

    @Inject
    Events events;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<EventPurging> purging;

    /** The event an organiser's page is about (drafts included); empty for an unknown or deleted one. */
    @Transactional
    public Optional<EventRef> ref(String slug) {
        return events.bySlug(slug).map(EventRef::of);
    }

    /** The event with this id for its edit form; empty for an unknown or deleted one. */
    @Transactional
    public Optional<EventLine> line(long eventId) {
        return events.byId(eventId).map(EventLine::of);
    }

    /** Every event that is not deleted, for organisers. */
    @Transactional
    public java.util.List<EventLine> all() {
        return events.all().stream().map(EventLine::of).toList();
    }

    /** The front page: public events that are upcoming or running. */
    @Transactional
    public java.util.List<EventLine> listed() {
        return events.listed(clock).stream().map(EventLine::of).toList();
    }

    /** Deleted events that can still be restored. */
    @Transactional
    public java.util.List<EventLine> restorable() {
        LocalDateTime now = LocalDateTime.now(clock);
        return events.deleted().stream()
                .filter(e -> e.restorable(now))
                .map(EventLine::of)
                .toList();
    }

    @Transactional
    public void show(long eventId, Visibility visibility) {
        live(eventId).show(visibility);
    }

    /** A soft delete: hidden at once, restorable for 30 days. Returns the event's name. */
    @Transactional
    public String delete(long eventId) {
        Event event = live(eventId);
        event.delete(LocalDateTime.now(clock));
        return event.getName();
    }

    /** Returns the event's name. */
    @Transactional
    public String restore(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null || event.getDeletedAt() == null) {
            throw Rejected.general("This event is not deleted.");
        }
        if (!event.restorable(LocalDateTime.now(clock))) {
            throw Rejected.general("This event was deleted more than 30 days ago and can no longer be restored.");
        }
        event.restore();
        return event.getName();
    }

    /** Ids of the deleted events that can no longer be restored. */
    public java.util.List<Long> purgeable() {
        return em.createNamedQuery(Event.DELETED_BEFORE, Long.class)
                .setParameter("before", LocalDateTime.now(clock).minus(Event.RESTORABLE))
                .getResultList();
    }

    /**
     * Removes a deleted event for good, with everything of it (each feature removes its rows on
     * {@link EventPurging}); false if it was restored or purged meanwhile.
     */
    @Transactional
    public boolean purge(long eventId) {
        Event event = em.find(Event.class, eventId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (event == null || !event.purgeable(LocalDateTime.now(clock))) {
            return false;
        }
        purging.fire(new EventPurging(eventId));
        em.remove(event);
        em.flush();
        return true;
    }

    private Event live(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null || event.getDeletedAt() != null) {
            throw Rejected.general("This event no longer exists.");
        }
        return event;
    }

    /** Returns the saved event's id. */
    @Transactional
    public long save(Long id, Long expectedVersion, EventDetails details, Part cover) {
        return editor.save(id, expectedVersion, details, cover).getId();
    }
}
