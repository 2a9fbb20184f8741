package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hallway.event.control.EventPurging;

/** Removes a purged event's networking data: connections, blocks, reports, notes and meetings (ratings follow their meetings by cascade). */
@ApplicationScoped
public class NetworkingRemoval {

    @PersistenceContext
    EntityManager em;

    void onEventPurging(@Observes EventPurging purging) {
        // connections and reports point at meetings: they go first
        for (String entity : List.of("Connection", "Block", "Report", "Note", "Meeting")) {
            em.createQuery("delete from " + entity + " x where x.eventId = :event")
                    .setParameter("event", purging.eventId())
                    .executeUpdate();
        }
    }
}
