package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hallway.realtime.control.EnvelopeCodec;
import org.hallway.realtime.control.Outlet;

/**
 * Delivers the engine's notices to the attendees' sockets once the transaction that caused them
 * has committed (at once when there was none). The calling thread (the journal's or a lane's) only
 * formats and queues them on the sockets' outlets, in order; the engine's senders start the sends,
 * so the single journal thread never pays the container's per-frame cost. A batch is queued on
 * every socket before any of it is sent, so an answer to one notice cannot overtake another of the
 * same batch; an outlet sends one frame at a time in queue order, so a socket's notices keep theirs.
 * A notice for an attendee whose socket is on another node goes there through the cluster; an
 * attendee without a socket anywhere misses it.
 */
@ApplicationScoped
public class NoticeDelivery {

    private final NoticeWire wire = new NoticeWire(new EnvelopeCodec());

    @Inject
    SocketRegistry registry;

    @Inject
    Clock clock;

    @Inject
    NetworkingThreads threads;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notices notices) {
        long now = clock.millis();
        List<Outlet> touched = new ArrayList<>();
        for (Notice notice : notices.list()) {
            var outlet = registry.outlet(notice.sessionId(), notice.accountId());
            if (outlet.isPresent()) {
                if (outlet.get().enqueue(wire.format(notice, now))) {
                    touched.add(outlet.get());
                }
            } else {
                registry.elsewhere(notice.sessionId(), notice.accountId(), wire.format(notice, now));
            }
        }
        if (!touched.isEmpty()) {
            threads.senders().execute(() -> touched.forEach(Outlet::flush));
        }
    }
}
