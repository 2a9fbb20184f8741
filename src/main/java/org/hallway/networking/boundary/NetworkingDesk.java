package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.hallway.networking.control.Admission;
import org.hallway.networking.control.Deadline;
import org.hallway.networking.control.Networking;
import org.hallway.networking.control.Outcome.Standing;
import org.hallway.networking.control.Welcome;

/**
 * The transactional entrance to the networking engine for the WebSocket endpoint, the scheduler
 * and the pages. Each call is one transaction, run and committed while the session's floor is
 * locked, so the notices of one session reach the sockets in the order the floor made them.
 * Relays do not come through here: they never touch the database.
 */
@ApplicationScoped
public class NetworkingDesk {

    @Inject
    Networking networking;

    @Inject
    Transactions transactions;

    public Admission admit(long sessionId, String email) {
        return networking.admit(sessionId, email);
    }

    public Welcome open(long sessionId, Admission admission) {
        return serially(sessionId, () -> networking.open(sessionId, admission));
    }

    public Standing ready(long sessionId, long accountId) {
        return serially(sessionId, () -> networking.ready(sessionId, accountId));
    }

    public void unready(long sessionId, long accountId) {
        inMemory(sessionId, () -> networking.unready(sessionId, accountId));
    }

    public void mediaFlowing(long sessionId, long accountId) {
        inMemory(sessionId, () -> networking.mediaFlowing(sessionId, accountId));
    }

    public void extend(long sessionId, long accountId) {
        run(sessionId, () -> networking.extend(sessionId, accountId));
    }

    public void declineExtension(long sessionId, long accountId) {
        run(sessionId, () -> networking.declineExtension(sessionId, accountId));
    }

    public void connect(long sessionId, long accountId, Long meetingId) {
        run(sessionId, () -> networking.connect(sessionId, accountId, meetingId));
    }

    public void leave(long sessionId, long accountId) {
        run(sessionId, () -> networking.leave(sessionId, accountId));
    }

    public void block(long sessionId, long accountId, Long meetingId) {
        run(sessionId, () -> networking.block(sessionId, accountId, meetingId));
    }

    public void report(long sessionId, long accountId, Long meetingId, String reason) {
        run(sessionId, () -> networking.report(sessionId, accountId, meetingId, reason));
    }

    public void socketClosed(long sessionId, long accountId) {
        run(sessionId, () -> networking.socketClosed(sessionId, accountId));
    }

    public void deadline(Deadline deadline) {
        run(deadline.sessionId(), () -> networking.deadline(deadline));
    }

    public int recover() {
        return transactions.call(networking::recover);
    }

    private <T> T serially(long sessionId, Supplier<T> work) {
        return networking.serially(sessionId, () -> transactions.call(work));
    }

    /**
     * For actions that change only the floor's memory and write nothing: still serial with the
     * session's other changes, but without a transaction, so the session's lock is held for
     * microseconds instead of a commit (the load figures in docs/performance.md). Their notices
     * are delivered at once, as transactional observers are outside a transaction.
     */
    private void inMemory(long sessionId, Runnable work) {
        networking.serially(sessionId, () -> {
            work.run();
            return null;
        });
    }

    private void run(long sessionId, Runnable work) {
        serially(sessionId, () -> {
            work.run();
            return null;
        });
    }
}
