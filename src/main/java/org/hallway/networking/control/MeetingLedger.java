package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.hallway.networking.entity.Meeting;

/**
 * Writes the floor's meetings to the database, inside the caller's transaction. Called while the
 * session's floor is locked and flushed at once, so two transactions touching one meeting write
 * in the order the floor changed it.
 */
@ApplicationScoped
public class MeetingLedger {

    @PersistenceContext
    EntityManager em;

    /** Persists a new meeting; returns its id. */
    public long open(long sessionId, long eventId, long first, long second, long startedAt, long endsAt) {
        var meeting = new Meeting(sessionId, eventId, first, second, Instant.ofEpochMilli(startedAt),
                Instant.ofEpochMilli(endsAt));
        em.persist(meeting);
        em.flush();
        return meeting.getId();
    }

    /** Writes the live meeting's end, extensions and (once ended) its outcome. */
    public void save(LiveMeeting live) {
        Meeting meeting = em.find(Meeting.class, live.id());
        if (meeting == null) {
            return;
        }
        meeting.extendTo(Instant.ofEpochMilli(live.endsAt()), live.extensions());
        if (live.isEnded()) {
            meeting.end(Instant.ofEpochMilli(live.endedAt()), live.endReason(), live.endedBy(), live.isFailed());
        }
        em.flush();
    }
}
