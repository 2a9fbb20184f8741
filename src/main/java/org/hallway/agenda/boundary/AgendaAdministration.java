package org.hallway.agenda.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Part;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.Agenda;
import org.hallway.agenda.control.SessionDraft;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
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

    /** One session as the organiser's agenda table shows it, read inside the transaction. */
    public record SessionLine(
            long id,
            SessionType type,
            String name,
            String track,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            Integer capacity,
            List<String> speakers,
            List<String> moderators,
            SessionState state,
            boolean startsAutomatically) {}

    /** The event's sessions in the agenda's order; empty for an unknown event. */
    @Transactional
    public List<SessionLine> lines(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            return List.of();
        }
        return agenda.sessionsOf(event).stream()
                .map(s -> new SessionLine(
                        s.getId(),
                        s.getType(),
                        s.getName(),
                        s.getTrack(),
                        s.getStartsAt(),
                        s.getEndsAt(),
                        s.getCapacity(),
                        names(s.getSpeakers()),
                        names(s.getModerators()),
                        s.getState(),
                        s.isStartsAutomatically()))
                .toList();
    }

    private static List<String> names(Set<Account> people) {
        return people.stream().map(Account::getDisplayName).sorted().toList();
    }

    /**
     * The session form's values: a new session's (no id) or the event's session with this id; empty
     * for an unknown event or a session that is not the event's.
     */
    @Transactional
    public java.util.Optional<SessionForm> form(long eventId, Long sessionId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            return java.util.Optional.empty();
        }
        if (sessionId == null) {
            return java.util.Optional.of(new SessionForm(null, people(event, null)));
        }
        return agenda.find(event, sessionId)
                .map(s -> new SessionForm(SessionForm.Saved.of(s, agenda.versionOf(s.getId())), people(event, s)));
    }

    private List<SessionForm.Person> people(Event event, org.hallway.agenda.entity.AgendaSession session) {
        return agenda.bookablePeople(event, session).stream()
                .map(SessionForm.Person::of)
                .toList();
    }

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
