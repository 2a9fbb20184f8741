package org.hallway.networking.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hallway.networking.boundary.Connections;
import org.hallway.networking.entity.MediaRoute;
import org.hallway.realtime.control.Envelope;
import org.hallway.realtime.control.EnvelopeCodec;
import org.hallway.realtime.control.ErrorCode;
import org.hallway.realtime.control.MessageHandler;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Outlet;
import org.hallway.realtime.control.ProtocolError;
import org.hallway.realtime.control.Refused;
import org.hallway.realtime.control.Request;

/**
 * Networking's handlers on its socket (docs/protocol.md, "Client → server"): what each client
 * message type does, one row per type built once instead of a {@code switch}, registered with the
 * socket's {@link NetworkingPipeline}. The engine never makes the socket wait; its refusals come
 * back later through the request. While the session's floor is served by another node, every
 * message but {@code ping} goes there as received.
 */
@ApplicationScoped
public class NetworkingMessages implements MessageHandler<NetworkingMessages.Sender> {

    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final NoticeWire WIRE = new NoticeWire(CODEC);

    /**
     * One attendee's socket of one networking session, as the handlers see it.
     *
     * @param outlet    the socket, when it is on this node (null for a frame handed over by another node)
     * @param elsewhere takes the frames for the node serving the session's floor; null when it is this one
     */
    public record Sender(long sessionId, long accountId, Outlet outlet, Consumer<String> elsewhere) {}

    @FunctionalInterface
    interface Handler {
        void handle(Sender sender, Envelope message, Consumer<Refused> refused);
    }

    @Inject
    Networking networking;

    @Inject
    Connections connections;

    @Inject
    Moderation moderation;

    @Inject
    Ratings ratings;

    @Inject
    SocketRegistry registry;

    @Inject
    Clock clock;

    private final Map<MessageType, Handler> table = new EnumMap<>(MessageType.class);

    @PostConstruct
    void build() {
        table.put(MessageType.READY, (s, m, refused) -> networking.ready(s.sessionId(), s.accountId(), refused));
        table.put(MessageType.UNREADY, (s, m, refused) -> networking.unready(s.sessionId(), s.accountId()));
        table.put(
                MessageType.SIGNAL,
                (s, m, refused) -> networking
                        .relayTarget(s.sessionId(), s.accountId(), m.optionalLong("to"))
                        .ifPresent(partner ->
                                registry.send(s.sessionId(), partner, CODEC.relay(s.accountId(), m.data()))));
        table.put(
                MessageType.MEDIA_FLOWING,
                (s, m, refused) -> networking.mediaFlowing(s.sessionId(), s.accountId(), route(m), refused));
        table.put(MessageType.EXTEND, (s, m, refused) -> networking.extend(s.sessionId(), s.accountId(), refused));
        table.put(
                MessageType.DECLINE_EXTENSION,
                (s, m, refused) -> networking.declineExtension(s.sessionId(), s.accountId(), refused));
        table.put(
                MessageType.CONNECT,
                (s, m, refused) ->
                        connections.connect(s.sessionId(), s.accountId(), m.optionalLong("meetingId"), refused));
        table.put(MessageType.LEAVE, (s, m, refused) -> networking.leave(s.sessionId(), s.accountId(), refused));
        table.put(
                MessageType.BLOCK,
                (s, m, refused) ->
                        moderation.block(s.sessionId(), s.accountId(), m.optionalLong("meetingId"), refused));
        table.put(
                MessageType.REPORT,
                (s, m, refused) -> moderation.report(
                        s.sessionId(),
                        s.accountId(),
                        m.optionalLong("meetingId"),
                        m.optionalString("reason"),
                        refused));
        table.put(
                MessageType.RATE,
                (s, m, refused) -> ratings.rate(
                        s.sessionId(),
                        s.accountId(),
                        m.optionalLong("meetingId"),
                        m.optionalLong("stars"),
                        m.optionalString("meetAgain"),
                        refused));
        table.put(MessageType.PING, (s, m, refused) -> s.outlet().send(WIRE.pong(clock.millis())));
    }

    /** The selected candidate pair's type a {@code media-flowing} names; absent is allowed, an unknown one is refused. */
    static MediaRoute route(Envelope message) {
        String wire = message.optionalString("route");
        if (wire == null) {
            return null;
        }
        return MediaRoute.ofWire(wire)
                .orElseThrow(() -> new ProtocolError(
                        ErrorCode.MALFORMED, "'route' must be host, srflx, prflx or relay.", message.id()));
    }

    @Override
    public Set<MessageType> types() {
        return Collections.unmodifiableSet(table.keySet());
    }

    /** Hands the message to its row, or as received to the node serving the floor. */
    @Override
    public void handle(Request<Sender> request) {
        Sender sender = request.sender();
        Envelope message = request.message();
        if (sender.elsewhere() != null && message.type() != MessageType.PING) {
            sender.elsewhere().accept(request.frame() != null ? request.frame() : CODEC.format(message));
            return;
        }
        table.get(message.type()).handle(sender, message, request::refuse);
    }
}
