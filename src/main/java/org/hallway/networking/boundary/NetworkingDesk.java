package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.networking.control.Admission;
import org.hallway.networking.control.Deadline;
import org.hallway.networking.control.Networking;
import org.hallway.networking.control.Outcome.Standing;
import org.hallway.networking.control.Welcome;

/**
 * The transactional entrance to the networking engine for the WebSocket endpoint and the
 * scheduler: each call is one transaction, and the notices it caused are delivered after it
 * commits. Relays do not come through here: they never touch the database.
 */
@ApplicationScoped
@Transactional
public class NetworkingDesk {

    @Inject
    Networking networking;

    public Admission admit(long sessionId, String email) {
        return networking.admit(sessionId, email);
    }

    public Welcome open(long sessionId, Admission admission) {
        return networking.open(sessionId, admission);
    }

    public Standing ready(long sessionId, long accountId) {
        return networking.ready(sessionId, accountId);
    }

    public void unready(long sessionId, long accountId) {
        networking.unready(sessionId, accountId);
    }

    public void mediaFlowing(long sessionId, long accountId) {
        networking.mediaFlowing(sessionId, accountId);
    }

    public void extend(long sessionId, long accountId) {
        networking.extend(sessionId, accountId);
    }

    public void declineExtension(long sessionId, long accountId) {
        networking.declineExtension(sessionId, accountId);
    }

    public void connect(long sessionId, long accountId, Long meetingId) {
        networking.connect(sessionId, accountId, meetingId);
    }

    public void leave(long sessionId, long accountId) {
        networking.leave(sessionId, accountId);
    }

    public void block(long sessionId, long accountId, Long meetingId) {
        networking.block(sessionId, accountId, meetingId);
    }

    public void report(long sessionId, long accountId, Long meetingId, String reason) {
        networking.report(sessionId, accountId, meetingId, reason);
    }

    public void socketClosed(long sessionId, long accountId) {
        networking.socketClosed(sessionId, accountId);
    }

    public void deadline(Deadline deadline) {
        networking.deadline(deadline);
    }

    public int recover() {
        return networking.recover();
    }
}
