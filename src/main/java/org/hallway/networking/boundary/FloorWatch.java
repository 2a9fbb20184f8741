package org.hallway.networking.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hallway.networking.control.FloorRegistry;
import org.hallway.networking.control.SocketRegistry;
import org.hallway.platform.Cluster;

/**
 * On several nodes, every {@value FloorLeases#RENEW_SECONDS} second: renews the leases of the floors served here;
 * takes over the sessions whose owner stopped renewing (a dead node: their running meetings are
 * restored from the database, deadlines and end times unchanged) and serves the sockets it holds
 * for them where they are ({@link RemoteFloors#adopt}: those served by the dead owner until now,
 * and those that reconnected here while the floor had no live owner and waited for it); and asks
 * the sockets held here of a session whose floor moved to another node to reconnect (1012: browsers
 * come back within half a second), so they open on the floor's new node and resume. Without a data grid it does nothing: this node serves every floor.
 */
@Singleton
public class FloorWatch {

    /** Service restart: the client reconnects at once (docs/protocol.md). */
    static final int MOVED = 1012;

    private static final System.Logger LOG = System.getLogger(FloorWatch.class.getName());

    @Inject
    Cluster cluster;

    @Inject
    FloorRegistry floors;

    @Inject
    FloorLeases leases;

    @Inject
    Recovery recovery;

    @Inject
    SocketRegistry sockets;

    @Inject
    RemoteFloors remote;

    @Inject
    Clock clock;

    /** The owner last seen for each session whose sockets here are served by another node. */
    private final Map<Long, String> owners = new HashMap<>();

    @Schedule(hour = "*", minute = "*", second = "*/" + FloorLeases.RENEW_SECONDS, persistent = false)
    void tick() {
        if (!cluster.clustered()) {
            return;
        }
        try {
            watch();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Watching the networking floors' leases failed", e);
        }
    }

    void watch() {
        for (long lost : floors.renew()) {
            moved(lost);
        }
        remote.dropUnreachable();
        // orphans: running meetings whose floor nobody serves any more
        for (long sessionId : recovery.openSessions()) {
            if (floors.existing(sessionId).isEmpty()
                    && !leases.heldElsewhere(sessionId, cluster.nodeId())
                    && floors.servedHere(sessionId)) {
                tookOver(sessionId);
            }
        }
        // sockets here whose floor is elsewhere: follow the floor when it moves
        for (long sessionId : sockets.sessions()) {
            if (floors.existing(sessionId).isPresent()) {
                owners.remove(sessionId);
                continue;
            }
            Optional<FloorLeases.Lease> lease = leases.holder(sessionId);
            Optional<String> owner = lease.map(FloorLeases.Lease::owner);
            if (!leases.heldElsewhere(sessionId, cluster.nodeId()) && floors.servedHere(sessionId)) {
                tookOver(sessionId);
            } else if (owner.isPresent()
                    && owners.containsKey(sessionId)
                    && !owner.get().equals(owners.get(sessionId))) {
                moved(sessionId);
            } else if (lease.isPresent() && !cluster.reachable(owner.get()) && renewedLately(lease.get())) {
                cutOff(sessionId, owner.get());
            }
            owner.ifPresent(o -> owners.put(sessionId, o));
        }
    }

    /**
     * The floor's owner holds its lease (it reaches the database) but cannot be reached through the
     * grid: whatever the sockets here send or should receive is lost. They are told to reconnect
     * (1012), through the balancer, to a node that reaches the owner (or the owner), rather than sit
     * silently cut off. A socket that lands here again is closed again at the next check.
     */
    private void cutOff(long sessionId, String owner) {
        owners.remove(sessionId);
        LOG.log(
                Level.WARNING,
                "Node {0}, serving networking session {1}, cannot be reached from here: its sockets here"
                        + " are asked to reconnect",
                owner,
                sessionId);
        sockets.closeSession(sessionId, MOVED, "The server of this session cannot be reached; reconnecting.");
    }

    /**
     * Whether the lease was renewed within the last two seconds: its owner lives (it reaches the
     * database). A dead owner stopped renewing: its sockets here wait for the take-over instead.
     */
    private boolean renewedLately(FloorLeases.Lease lease) {
        return lease.expiresAt() - clock.millis() > FloorLeases.TERM_MILLIS - 2_000;
    }

    private void tookOver(long sessionId) {
        owners.remove(sessionId);
        int served = remote.adopt(sessionId);
        LOG.log(
                Level.INFO,
                "Networking session {0} taken over by this node, serving {1} of its sockets here",
                sessionId,
                served);
    }

    private void moved(long sessionId) {
        owners.remove(sessionId);
        sockets.closeSession(sessionId, MOVED, "The session moved to another server; reconnecting.");
    }
}
