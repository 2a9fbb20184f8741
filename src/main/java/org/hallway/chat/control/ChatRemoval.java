package org.hallway.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hallway.event.control.EventPurging;

/** Removes a purged event's chat: reports, mutes, read markers, messages and conversations. */
@ApplicationScoped
public class ChatRemoval {

    @PersistenceContext
    EntityManager em;

    void onEventPurging(@Observes EventPurging purging) {
        long event = purging.eventId();
        // reports point at messages and read markers at conversations: they go first
        em.createQuery("delete from MessageReport r where r.eventId = :event")
                .setParameter("event", event)
                .executeUpdate();
        em.createQuery("delete from ReadMarker r where r.conversationId in"
                        + " (select c.id from Conversation c where c.eventId = :event)")
                .setParameter("event", event)
                .executeUpdate();
        for (String entity : new String[] {"Mute", "ChatMessage", "Conversation"}) {
            em.createQuery("delete from " + entity + " x where x.eventId = :event")
                    .setParameter("event", event)
                    .executeUpdate();
        }
    }
}
