package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The registry of the networking sessions served on this node: one {@link NetworkingSession}
 * (floor and single writer) per session, loaded on first use. The only holder of matching state;
 * the endpoints never see it.
 */
@ApplicationScoped
public class FloorRegistry {

    private final ConcurrentMap<Long, NetworkingSession> sessions = new ConcurrentHashMap<>();

    @Inject
    SessionLoader loader;

    /** The session, loaded from the database on first use (refused when it is no networking session). */
    public NetworkingSession of(long sessionId) {
        NetworkingSession session = sessions.get(sessionId);
        return session != null ? session : sessions.computeIfAbsent(sessionId, loader::load);
    }

    public Optional<NetworkingSession> existing(long sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    public List<NetworkingSession> ofEvent(long eventId) {
        return sessions.values().stream().filter(s -> s.eventId() == eventId).toList();
    }
}
