package org.hallway.signalling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import org.hallway.networking.control.Notice;

/**
 * Delivers the engine's notices to the attendees' sockets once the transaction that caused them
 * has committed (at once when there was none). An attendee without a socket here misses it.
 */
@ApplicationScoped
public class NoticeDelivery {

    private final NoticeWire wire = new NoticeWire(new EnvelopeCodec());

    @Inject
    SocketRegistry registry;

    @Inject
    Clock clock;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        registry.send(notice.sessionId(), notice.accountId(), wire.format(notice, clock.millis()));
    }
}
