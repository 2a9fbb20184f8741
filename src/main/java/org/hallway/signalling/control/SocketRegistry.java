package org.hallway.signalling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.hallway.ticket.control.TicketRevoked;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Who is on which socket on this node: one socket per attendee and session. A newer socket
 * replaces an older one, which is closed with 4001. Socket-bound state only: nothing here knows
 * about matches.
 */
@ApplicationScoped
public class SocketRegistry {

    private record Key(long sessionId, long accountId) {
    }

    private final ConcurrentMap<Key, Outlet> outlets = new ConcurrentHashMap<>();

    public void register(long sessionId, long accountId, Outlet outlet) {
        Outlet older = outlets.put(new Key(sessionId, accountId), outlet);
        if (older != null && older != outlet) {
            older.close(Outlet.REPLACED, "Replaced by a newer connection.");
        }
    }

    /** Forgets the socket if it is still the current one; false when a newer socket replaced it. */
    public boolean unregister(long sessionId, long accountId, Outlet outlet) {
        return outlets.remove(new Key(sessionId, accountId), outlet);
    }

    /** Sends to the attendee's socket, if they have one here; never blocks. */
    public boolean send(long sessionId, long accountId, String text) {
        Outlet outlet = outlets.get(new Key(sessionId, accountId));
        if (outlet == null) {
            return false;
        }
        outlet.send(text);
        return true;
    }

    public java.util.Optional<Outlet> outlet(long sessionId, long accountId) {
        return java.util.Optional.ofNullable(outlets.get(new Key(sessionId, accountId)));
    }

    /** A revoked ticket closes the attendee's sockets of that event here, once the revocation committed. */
    void ticketRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketRevoked revoked) {
        for (long sessionId : revoked.sessionIds()) {
            outlet(sessionId, revoked.accountId()).ifPresent(o -> o.close(Outlet.REVOKED, "Your ticket was revoked."));
        }
    }
}
