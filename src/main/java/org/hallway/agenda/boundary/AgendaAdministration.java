package org.hallway.agenda.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Part;
import jakarta.transaction.Transactional;
import org.hallway.agenda.control.Agenda;
import org.hallway.agenda.control.SessionDraft;
import org.hallway.agenda.entity.SessionState;
import org.hallway.event.entity.Event;
import org.hallway.platform.Rejected;

/**
 * The organiser's agenda use cases, one transaction each; a {@link Rejected} rolls back everything.
 * Saving locks the event row so two organisers cannot slip clashing sessions past each other's checks.
 */
@ApplicationScoped
public class AgendaAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Agenda agenda;

    /** Returns the saved session's id. */
    @Transactional
    public long save(long eventId, SessionDraft draft, Part preSessionImage) {
        Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw Rejected.general("This event no longer exists.");
        }
        return agenda.save(event, draft, preSessionImage).getId();
    }

    @Transactional
    public void delete(long eventId, long sessionId) {
        agenda.delete(event(eventId), sessionId);
    }

    /** Puts the session LIVE and announces it with a {@code SessionStateChanged}. */
    @Transactional
    public SessionState start(long eventId, long sessionId) {
        return agenda.start(event(eventId), sessionId).getState();
    }

    /** Ends the live session and announces it with a {@code SessionStateChanged}. */
    @Transactional
    public SessionState end(long eventId, long sessionId) {
        return agenda.end(event(eventId), sessionId).getState();
    }

    /** Puts an ended session LIVE again and announces it with a {@code SessionStateChanged}. */
    @Transactional
    public SessionState reopen(long eventId, long sessionId) {
        return agenda.reopen(event(eventId), sessionId).getState();
    }

    /** The scheduler's step for one session, in its own transaction; empty when nothing was due. */
    @Transactional
    public java.util.Optional<SessionState> applySchedule(long sessionId) {
        return agenda.applySchedule(sessionId);
    }

    private Event event(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw Rejected.general("This event no longer exists.");
        }
        return event;
    }
}
