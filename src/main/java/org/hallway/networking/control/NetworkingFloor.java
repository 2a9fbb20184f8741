package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongFunction;

/**
 * Where the matching state of every networking session lives on this node: one {@link SessionFloor}
 * per session, created on first use. The only holder of matching state; the endpoints never see it,
 * so it can move to a shared store without touching them.
 */
@ApplicationScoped
public class NetworkingFloor {

    private final ConcurrentMap<Long, SessionFloor> floors = new ConcurrentHashMap<>();

    public SessionFloor of(long sessionId, LongFunction<SessionFloor> load) {
        return floors.computeIfAbsent(sessionId, load::apply);
    }

    public Optional<SessionFloor> existing(long sessionId) {
        return Optional.ofNullable(floors.get(sessionId));
    }

    public List<SessionFloor> ofEvent(long eventId) {
        return floors.values().stream().filter(f -> f.eventId() == eventId).toList();
    }
}
