package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.platform.Ids;

/** Finds a networking session by id: any other session of the agenda is no networking session. */
@ApplicationScoped
public class NetworkingSessions {

    @PersistenceContext
    EntityManager em;

    public Optional<AgendaSession> find(long sessionId) {
        return Optional.ofNullable(em.find(AgendaSession.class, sessionId))
                .filter(s -> s.getType() == SessionType.NETWORKING);
    }

    /** From an id as it came from outside (URL, path): digits only, else nothing. */
    public Optional<AgendaSession> find(String sessionId) {
        Long id = Ids.parse(sessionId);
        return id == null ? Optional.empty() : find(id);
    }
}
