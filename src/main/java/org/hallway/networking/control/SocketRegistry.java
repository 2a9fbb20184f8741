package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hallway.platform.Cluster;
import org.hallway.realtime.control.Outlet;
import org.hallway.ticket.control.TicketRevoked;

/**
 * Who is on which networking socket on this node: one socket per attendee and session. A newer
 * socket replaces an older one, which is closed with 4001. Socket-bound state only: nothing here
 * knows about matches. On several nodes, a frame for an attendee whose socket is not here goes
 * through the {@link Cluster} to the node that holds it ({@link #send}).
 */
@ApplicationScoped
public class SocketRegistry {

    /** The cluster topic of frames for sockets on other nodes: {@code to <session> <account>\n<frame>}. */
    static final String TOPIC = "hallway.networking.sockets";

    private record Key(long sessionId, long accountId) {}

    private final ConcurrentMap<Key, Outlet> outlets = new ConcurrentHashMap<>();
    /** The sessions each account holds a socket of here, for the cap (changed only under the account's entry). */
    private final ConcurrentMap<Long, java.util.Set<Long>> sessionsOf = new ConcurrentHashMap<>();

    @Inject
    Cluster cluster;

    /** Hears every node's messages from now on; called once, at start-up, by {@code NetworkingListeners}. */
    public void listen() {
        cluster.subscribe(TOPIC, this::received);
    }

    /**
     * The attendee's socket of the session from now on (an older one of the same session is closed
     * with 4001); false, and nothing kept, when the account holds sockets of {@code cap} other
     * sessions here already.
     */
    public boolean register(long sessionId, long accountId, Outlet outlet, int cap) {
        boolean[] admitted = {false};
        sessionsOf.compute(accountId, (id, sessions) -> {
            java.util.Set<Long> next = sessions == null ? new java.util.HashSet<>() : sessions;
            if (next.contains(sessionId) || next.size() < cap) {
                next.add(sessionId);
                admitted[0] = true;
            }
            return next.isEmpty() ? null : next;
        });
        if (!admitted[0]) {
            return false;
        }
        Outlet older = outlets.put(new Key(sessionId, accountId), outlet);
        if (older != null && older != outlet) {
            older.close(Outlet.REPLACED, "Replaced by a newer connection.");
        }
        return true;
    }

    /** Forgets the socket if it is still the current one; false when a newer socket replaced it. */
    public boolean unregister(long sessionId, long accountId, Outlet outlet) {
        Key key = new Key(sessionId, accountId);
        // under the account's entry, so a socket of the same session registering meanwhile keeps its count
        boolean[] removed = {false};
        sessionsOf.computeIfPresent(accountId, (id, sessions) -> {
            removed[0] = outlets.remove(key, outlet);
            if (removed[0] && !outlets.containsKey(key)) {
                sessions.remove(sessionId);
            }
            return sessions.isEmpty() ? null : sessions;
        });
        return removed[0];
    }

    /**
     * Sends to the attendee's socket, here or on the node that holds it; never blocks. False when
     * it is neither here nor can be elsewhere (no other node).
     */
    public boolean send(long sessionId, long accountId, String text) {
        Outlet outlet = outlets.get(new Key(sessionId, accountId));
        if (outlet != null) {
            outlet.send(text);
            return true;
        }
        return elsewhere(sessionId, accountId, text);
    }

    /** To the node holding the attendee's socket, when it is not here; false when there is no other node. */
    public boolean elsewhere(long sessionId, long accountId, String text) {
        if (cluster.alone()) {
            return false;
        }
        cluster.publish(TOPIC, "to " + sessionId + " " + accountId + "\n" + text);
        return true;
    }

    public Optional<Outlet> outlet(long sessionId, long accountId) {
        return Optional.ofNullable(outlets.get(new Key(sessionId, accountId)));
    }

    /** The sessions with at least one socket on this node. */
    public java.util.Set<Long> sessions() {
        return outlets.keySet().stream().map(Key::sessionId).collect(java.util.stream.Collectors.toSet());
    }

    /** Closes this node's sockets of the session (its floor moved to another node: they reconnect). */
    public void closeSession(long sessionId, int code, String reason) {
        outlets.forEach((key, outlet) -> {
            if (key.sessionId() == sessionId) {
                outlet.close(code, reason);
            }
        });
    }

    /** A revoked ticket closes the attendee's sockets of that event here, once the revocation committed. */
    void ticketRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketRevoked revoked) {
        for (long sessionId : revoked.sessionIds()) {
            outlet(sessionId, revoked.accountId()).ifPresent(o -> o.close(Outlet.REVOKED, "Your ticket was revoked."));
        }
    }

    /** A frame published by a node for a socket it does not hold: sent if the socket is here. */
    void received(String message) {
        int newline = message.indexOf('\n');
        String[] header = message.substring(0, newline).split(" ");
        if (header.length == 3 && header[0].equals("to")) {
            Outlet outlet = outlets.get(new Key(Long.parseLong(header[1]), Long.parseLong(header[2])));
            if (outlet != null) {
                outlet.send(message.substring(newline + 1));
            }
        }
    }
}
