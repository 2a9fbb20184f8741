package org.hallway.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        return em.createNamedQuery(Event.BY_SLUG, Event.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Optional<Event> byId(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }
}
