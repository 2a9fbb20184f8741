package org.hallway.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hallway.event.control.EventPurging;

/** Removes a purged event's surveys; their questions, responses and answers follow by cascade. */
@ApplicationScoped
public class SurveyRemoval {

    @PersistenceContext
    EntityManager em;

    void onEventPurging(@Observes EventPurging purging) {
        em.createQuery("delete from Survey s where s.eventId = :event")
                .setParameter("event", purging.eventId())
                .executeUpdate();
    }
}
