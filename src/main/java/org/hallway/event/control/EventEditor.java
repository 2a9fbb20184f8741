package org.hallway.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hallway.event.entity.Event;
import org.hallway.media.control.ImageStore;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;

/**
 * Creates and changes events for organisers. Runs in the caller's transaction and throws
 * {@link Rejected} with every problem found, so the caller's rollback leaves nothing changed.
 */
@ApplicationScoped
public class EventEditor {

    @PersistenceContext
    EntityManager em;

    @Inject
    Events events;

    @Inject
    ImageStore images;

    @Inject
    jakarta.enterprise.event.Event<EventDaysChanging> daysChanging;

    /**
     * @param id              the event to change, or null to create one
     * @param expectedVersion the version the organiser's form was loaded from (ignored when creating)
     * @param cover           an uploaded cover image, or null/empty to keep the current one
     */
    public Event save(Long id, Long expectedVersion, EventDetails input, Part cover) {
        EventDetails details = input.normalized();
        Event event = null;
        if (id != null) {
            event = events.byId(id).orElseThrow(() -> Rejected.general("This event no longer exists."));
            if (!Objects.equals(expectedVersion, versionOf(id))) {
                throw Rejected.general(Rejected.CHANGED_BY_SOMEONE_ELSE);
            }
        }
        List<Violation> violations = new ArrayList<>(EventRules.check(details));
        if (EventRules.wellFormedSlug(details.slug())) {
            events.bySlug(details.slug())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> violations.add(Violation.of(
                            "slug", "The address name “" + details.slug() + "” is already used by another event.")));
        }
        Long coverId = null;
        if (cover != null && cover.getSize() > 0) {
            try {
                coverId = images.store(cover, "cover").getId();
            } catch (Rejected e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        var zone = java.time.ZoneId.of(details.timeZone());
        if (event == null) {
            event = new Event(
                    details.slug(), details.name(), details.description(), zone, details.firstDay(), details.lastDay());
            em.persist(event);
        } else {
            if (!event.getFirstDay().equals(details.firstDay())
                    || !event.getLastDay().equals(details.lastDay())) {
                daysChanging.fire(new EventDaysChanging(event.getId(), details.firstDay(), details.lastDay()));
            }
            event.describe(
                    details.slug(), details.name(), details.description(), zone, details.firstDay(), details.lastDay());
        }
        if (coverId != null) {
            event.changeCover(coverId);
        }
        flush();
        return event;
    }

    /** The version stored now; a form compares it with the one it was loaded from. */
    public Long versionOf(long id) {
        return em.createQuery("select e.version from Event e where e.id = :id", Long.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void flush() {
        Rejected.unlessFlushed(
                em,
                "The event could not be saved: its address name may have just been taken. Please check and try again.");
    }
}
