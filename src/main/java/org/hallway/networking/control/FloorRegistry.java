package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hallway.networking.boundary.FloorLeases;
import org.hallway.networking.boundary.Recovery;
import org.hallway.networking.boundary.SessionLoader;
import org.hallway.platform.Cluster;

/**
 * The registry of the networking sessions served on this node: one {@link NetworkingSession}
 * (floor and single writer) per session, loaded on first use with the session's running meetings
 * restored from the database. The only holder of matching state; the endpoints never see it. On
 * several nodes a floor is served only by the node holding the session's {@link FloorLeases
 * lease}; without a data grid this node serves every session.
 */
@ApplicationScoped
public class FloorRegistry {

    private static final System.Logger LOG = System.getLogger(FloorRegistry.class.getName());

    private final ConcurrentMap<Long, NetworkingSession> sessions = new ConcurrentHashMap<>();
    /** Sessions whose lease this node holds: their floors are loaded or loading. */
    private final Set<Long> leased = ConcurrentHashMap.newKeySet();

    @Inject
    SessionLoader loader;

    @Inject
    Recovery recovery;

    @Inject
    FloorLeases leases;

    @Inject
    Cluster cluster;

    /**
     * The session, loaded from the database on first use (refused when it is no networking
     * session). Only for sessions this node serves ({@link #servedHere}).
     */
    public NetworkingSession of(long sessionId) {
        NetworkingSession session = sessions.get(sessionId);
        return session != null
                ? session
                : sessions.computeIfAbsent(sessionId, id -> {
                    NetworkingSession loaded = loader.load(id);
                    // queued on the lane before anyone else can reach the floor: a returning partner finds the meeting
                    int restored = recovery.restore(loaded);
                    if (restored > 0) {
                        LOG.log(
                                Level.INFO,
                                "{0} running meetings of networking session {1} restored on this node",
                                restored,
                                id);
                    }
                    return loaded;
                });
    }

    /**
     * Whether this node serves the session: it does already, or it holds or takes the session's
     * lease now (and loads its floor). False while another node holds the lease.
     */
    public boolean servedHere(long sessionId) {
        if (sessions.containsKey(sessionId)) {
            return true;
        }
        if (cluster.clustered()) {
            if (!claim(sessionId)) {
                return false;
            }
            leased.add(sessionId);
        }
        of(sessionId);
        return true;
    }

    /**
     * Whether this node serves the session, its floor possibly still loading ({@link #of} then
     * waits for it); unlike {@link #servedHere}, never claims.
     */
    public boolean serves(long sessionId) {
        return sessions.containsKey(sessionId) || leased.contains(sessionId);
    }

    public Optional<NetworkingSession> existing(long sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    public List<NetworkingSession> ofEvent(long eventId) {
        return sessions.values().stream().filter(s -> s.eventId() == eventId).toList();
    }

    /**
     * Lets go of a deleted session's floor: it is no longer renewed, so no lease is written for a
     * session that is gone (its lease row went with it, by cascade). Running meetings on it end
     * with it; their rows went too.
     */
    public void forget(long sessionId) {
        leased.remove(sessionId);
        if (sessions.remove(sessionId) != null) {
            LOG.log(Level.INFO, "Networking session {0} deleted: its floor is dropped on this node", sessionId);
        }
    }

    /**
     * Renews the leases of the floors served here; a floor whose lease another node took meanwhile
     * (this node stalled past its term) is dropped here. Returns the ids of the dropped floors.
     */
    public List<Long> renew() {
        if (!cluster.clustered()) {
            return List.of();
        }
        List<Long> dropped = new java.util.ArrayList<>();
        for (Long id : List.copyOf(sessions.keySet())) {
            if (!claim(id)) {
                leased.remove(id);
                sessions.remove(id);
                dropped.add(id);
                LOG.log(Level.WARNING, "Networking session {0} is served by another node now, or was deleted", id);
            }
        }
        return dropped;
    }

    private boolean claim(long sessionId) {
        try {
            return leases.claim(sessionId, cluster.nodeId());
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Another node claimed networking session " + sessionId + " first", e);
            return false;
        }
    }
}
