package org.hallway.realtime.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Which {@link MessageHandler} handles each client message type of one socket, built once from the
 * socket's handlers instead of a {@code switch}. A type claimed twice, or a type only the server
 * sends, fails the table (and so the deployment, which builds it at start-up).
 */
public final class HandlerTable<S> {

    private final Map<MessageType, MessageHandler<S>> handlers;

    public HandlerTable(Iterable<? extends MessageHandler<S>> all) {
        handlers = table(all);
    }

    public static <S> Map<MessageType, MessageHandler<S>> table(Iterable<? extends MessageHandler<S>> all) {
        Map<MessageType, MessageHandler<S>> table = new EnumMap<>(MessageType.class);
        for (MessageHandler<S> handler : all) {
            for (MessageType type : handler.types()) {
                if (!type.fromClient()) {
                    throw new IllegalStateException(
                            handler.getClass().getName() + " claims " + type.wire() + ", which only the server sends");
                }
                MessageHandler<S> other = table.putIfAbsent(type, handler);
                if (other != null) {
                    throw new IllegalStateException("Message type " + type.wire() + " has two handlers: "
                            + other.getClass().getName() + " and "
                            + handler.getClass().getName());
                }
            }
        }
        return table;
    }

    /** The types this socket handles. */
    public Set<MessageType> types() {
        return Collections.unmodifiableSet(handlers.keySet());
    }

    /** Hands the message to its handler; a type nobody handles here is refused as unknown. */
    public void dispatch(Request<S> request) {
        Envelope message = request.message();
        MessageHandler<S> handler = handlers.get(message.type());
        if (handler == null) {
            throw new ProtocolError(
                    ErrorCode.UNKNOWN_TYPE,
                    "Unknown message type '" + message.type().wire() + "'.",
                    message.id());
        }
        handler.handle(request);
    }

    /** Without a socket (unit tests): hands the message to its handler. */
    public void dispatch(S sender, Envelope message) {
        dispatch(Request.of(sender, message));
    }
}
