package org.hallway.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;

/**
 * The layer's own messages on the event socket: {@code subscribe} and {@code unsubscribe} (answered
 * with {@code subscribed}/{@code unsubscribed} carrying the channel, or a typed error) and
 * {@code ping} (answered with {@code pong} and the server's clock).
 */
@ApplicationScoped
public class Subscriptions implements MessageHandler<Caller> {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Inject
    Realtime realtime;

    @Inject
    Clock clock;

    @Override
    public Set<MessageType> types() {
        return Set.of(MessageType.SUBSCRIBE, MessageType.UNSUBSCRIBE, MessageType.PING);
    }

    @Override
    public void handle(Request<Caller> request) {
        Caller caller = request.sender();
        Envelope message = request.message();
        switch (message.type()) {
            case SUBSCRIBE -> {
                Channel channel = channel(message);
                realtime.subscribe(caller, channel);
                realtime.reply(
                        caller,
                        message,
                        MessageType.SUBSCRIBED,
                        codec.object().add("channel", channel.wire()).build());
            }
            case UNSUBSCRIBE -> {
                Channel channel = channel(message);
                realtime.unsubscribe(caller, channel);
                realtime.reply(
                        caller,
                        message,
                        MessageType.UNSUBSCRIBED,
                        codec.object().add("channel", channel.wire()).build());
            }
            case PING ->
                realtime.reply(
                        caller,
                        message,
                        MessageType.PONG,
                        codec.object()
                                .add("serverTime", EnvelopeCodec.instant(clock.millis()))
                                .build());
            default -> throw new IllegalArgumentException("Not a layer message: " + message.type());
        }
    }

    private static Channel channel(Envelope message) {
        String wire = message.optionalString("channel");
        try {
            return Channel.parse(wire);
        } catch (IllegalArgumentException e) {
            throw new ProtocolError(ErrorCode.MALFORMED, "'channel' must be kind:id, e.g. session:42.", message.id());
        }
    }
}
