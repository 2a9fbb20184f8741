package org.hallway.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hallway.event.entity.Event;

/** Looks events up by slug or id. */
@ApplicationScoped
public class Events {

    @PersistenceContext
    EntityManager em;

    public List<Event> all() {
        return em.createNamedQuery(Event.ALL, Event.class).getResultList();
    }

    public Optional<Event> bySlug(String slug) {
        if (slug == null || slug.length() > Event.MAX_SLUG) {
            return Optional.empty();
        }
        return em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** An event as an attendee page loads it: drafts only for organisers ({@link Event#shownTo}). */
    public Optional<Event> shown(String slug, org.hallway.account.entity.Account viewer) {
        return bySlug(slug).filter(e -> e.shownTo(viewer != null && viewer.isOrganiser()));
    }

    /** A deleted event is not found. */
    public Optional<Event> byId(long id) {
        return Optional.ofNullable(em.find(Event.class, id)).filter(e -> e.getDeletedAt() == null);
    }

    /** The front page: public events that are upcoming or running (in their own time zone). */
    public List<Event> listed(Clock clock) {
        // a day's margin in the query for time zones ahead of UTC; the exact test per event follows
        return em
                .createNamedQuery(Event.LISTED, Event.class)
                .setParameter("since", LocalDate.now(clock).minusDays(1))
                .getResultList()
                .stream()
                .filter(e -> e.listedOn(clock))
                .toList();
    }

    public List<Event> deleted() {
        return em.createNamedQuery(Event.DELETED, Event.class).getResultList();
    }
}
