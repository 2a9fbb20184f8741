package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.control.AccountRef;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.control.Events;
import org.hallway.networking.control.NetworkingSessions;

/** The networking sessions the attendee's Networking tab shows, as values read in one transaction. */
@ApplicationScoped
public class NetworkingViews {

    /** A networking session with what the tab shows of its event. */
    public record Shown(
            long id,
            String name,
            SessionState state,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            Long preSessionImageId,
            String eventSlug,
            String eventName,
            String timeZone) {

        /** Call it inside the transaction that loaded the session. */
        static Shown of(AgendaSession s) {
            return new Shown(
                    s.getId(),
                    s.getName(),
                    s.getState(),
                    s.getStartsAt(),
                    s.getEndsAt(),
                    s.getPreSessionImageId(),
                    s.getEvent().getSlug(),
                    s.getEvent().getName(),
                    s.getEvent().getTimeZone());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookup lookup;

    @Inject
    NetworkingSessions sessions;

    @Inject
    Events events;

    /** The networking session with this id, whatever its event's visibility (the page's admission decides). */
    @Transactional
    public Optional<Shown> session(long sessionId) {
        return sessions.find(sessionId).map(Shown::of);
    }

    /** The networking session if its event is shown to {@code viewer} (a draft's only to organisers). */
    @Transactional
    public Optional<Shown> shown(long sessionId, AccountRef viewer) {
        return sessions.shown(sessionId, lookup.of(viewer)).map(Shown::of);
    }

    /** The networking sessions of the event shown to {@code viewer}; empty when the event is not shown. */
    @Transactional
    public Optional<List<Shown>> ofEvent(String slug, AccountRef viewer) {
        return events.shown(slug, lookup.of(viewer))
                .map(event -> em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                        .setParameter("event", event)
                        .getResultStream()
                        .filter(s -> s.getType() == SessionType.NETWORKING)
                        .map(Shown::of)
                        .toList());
    }
}
