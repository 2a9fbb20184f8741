package org.hallway.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who may see a stored image. Only images in use are served: a headshot to its owner and to
 * people who share an event with them, a cover of a public or unlisted event to anyone, a draft's
 * cover and a session's pre-session image to holders of a ticket for that event; organisers see
 * all. A replaced or removed image is in use nowhere and is served to nobody.
 */
@ApplicationScoped
public class ImageAccess {

    /** How an allowed image may be cached. */
    public enum Grant {
        NONE,
        PUBLIC,
        PRIVATE
    }

    @PersistenceContext
    EntityManager em;

    /** @param caller the logged-in caller's e-mail, or null; @param organiser whether the caller is ADMIN */
    public Grant of(long imageId, String caller, boolean organiser) {
        List<Object[]> covers = em.createQuery(
                        "select e.id, e.visibility from Event e where e.coverImageId = :id"
                                + " and e.deletedAt is null",
                        Object[].class)
                .setParameter("id", imageId)
                .getResultList();
        for (Object[] cover : covers) {
            // compared by name: media sits below the event feature and does not import it
            if (!"DRAFT".equals(((Enum<?>) cover[1]).name())) {
                return Grant.PUBLIC;
            }
        }
        List<Long> owners = em.createQuery("select a.id from Account a where a.headshotImageId = :id", Long.class)
                .setParameter("id", imageId)
                .getResultList();
        List<Long> sessionEvents = em.createQuery(
                        "select s.event.id from AgendaSession s where s.preSessionImageId = :id", Long.class)
                .setParameter("id", imageId)
                .getResultList();
        boolean inUse = !covers.isEmpty() || !owners.isEmpty() || !sessionEvents.isEmpty();
        if (!inUse || caller == null) {
            return Grant.NONE;
        }
        if (organiser) {
            return Grant.PRIVATE;
        }
        for (Long owner : owners) {
            boolean self = !em.createQuery(
                            "select a.id from Account a where a.id = :owner and a.email = :caller", Long.class)
                    .setParameter("owner", owner)
                    .setParameter("caller", caller)
                    .getResultList()
                    .isEmpty();
            long shared = em.createQuery(
                            "select count(t) from Ticket t, Ticket u where t.account.id = :owner"
                                    + " and u.account.email = :caller and u.event = t.event",
                            Long.class)
                    .setParameter("owner", owner)
                    .setParameter("caller", caller)
                    .getSingleResult();
            if (self || shared > 0) {
                return Grant.PRIVATE;
            }
        }
        List<Long> events = new java.util.ArrayList<>(sessionEvents);
        covers.forEach(c -> events.add((Long) c[0]));
        for (Long event : events) {
            long held = em.createQuery(
                            "select count(t) from Ticket t where t.event.id = :event"
                                    + " and t.account.email = :caller",
                            Long.class)
                    .setParameter("event", event)
                    .setParameter("caller", caller)
                    .getSingleResult();
            if (held > 0) {
                return Grant.PRIVATE;
            }
        }
        return Grant.NONE;
    }
}
