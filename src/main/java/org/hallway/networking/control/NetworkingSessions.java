package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.platform.Ids;

/** Finds a networking session by id: any other session of the agenda is no networking session. */
@ApplicationScoped
public class NetworkingSessions {

    @PersistenceContext
    EntityManager em;

    /**
     * The session with its event, fetched in the same query: pages, exports, the handshake filter
     * and the floor's first load read the event after this returns, outside any transaction. A
     * lazy read there fails on Hibernate (WildFly), where EclipseLink quietly opens a new connection.
     */
    public Optional<AgendaSession> find(long sessionId) {
        return em.createNamedQuery(AgendaSession.WITH_EVENT, AgendaSession.class)
                .setParameter("id", sessionId)
                .getResultStream()
                .findFirst()
                .filter(s -> s.getType() == SessionType.NETWORKING);
    }

    /** The session as attendee pages and the handshake load it: a draft event's only for organisers. */
    public Optional<AgendaSession> shown(long sessionId, Account viewer) {
        return find(sessionId).filter(s -> s.getEvent().shownTo(viewer != null && viewer.isOrganiser()));
    }

    /** From an id as it came from outside (URL, path): digits only, else nothing. */
    public Optional<AgendaSession> find(String sessionId) {
        Long id = Ids.parse(sessionId);
        return id == null ? Optional.empty() : find(id);
    }
}
