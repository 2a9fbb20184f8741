package org.hallway.signalling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hallway.networking.control.Notice;
import org.hallway.networking.control.Notices;

/**
 * Delivers the engine's notices to the attendees' sockets once the transaction that caused them
 * has committed (at once when there was none). A batch is queued on every socket before any of it
 * is sent, so an answer to one notice cannot overtake another of the same batch. An attendee
 * without a socket here misses it.
 */
@ApplicationScoped
public class NoticeDelivery {

    private final NoticeWire wire = new NoticeWire(new EnvelopeCodec());

    @Inject
    SocketRegistry registry;

    @Inject
    Clock clock;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notices notices) {
        long now = clock.millis();
        List<Outlet> touched = new ArrayList<>();
        for (Notice notice : notices.list()) {
            registry.outlet(notice.sessionId(), notice.accountId()).ifPresent(outlet -> {
                if (outlet.enqueue(wire.format(notice, now))) {
                    touched.add(outlet);
                }
            });
        }
        touched.forEach(Outlet::flush);
    }
}
