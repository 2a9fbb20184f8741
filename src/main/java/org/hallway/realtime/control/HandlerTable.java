package org.hallway.realtime.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which {@link MessageHandler} handles each client message type of the event socket, built once
 * from the deployment's handlers at start-up instead of a {@code switch} (the layer's own
 * {@code subscribe}, {@code unsubscribe} and {@code ping} are {@link Subscriptions}). A type
 * claimed twice, or a type only the server sends, fails the deployment.
 */
@ApplicationScoped
public class HandlerTable {

    @Inject
    Instance<MessageHandler> beans;

    private Map<MessageType, MessageHandler> handlers;

    HandlerTable() {}

    /** Without CDI (unit tests): the table of these. */
    HandlerTable(Iterable<? extends MessageHandler> all) {
        handlers = table(all);
    }

    @PostConstruct
    void build() {
        handlers = table(beans);
    }

    /** Built when the application starts, so a doubly claimed type fails the deployment. */
    void startup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        handlers.size();
    }

    public static Map<MessageType, MessageHandler> table(Iterable<? extends MessageHandler> all) {
        Map<MessageType, MessageHandler> table = new EnumMap<>(MessageType.class);
        for (MessageHandler handler : all) {
            for (MessageType type : handler.types()) {
                if (!type.fromClient()) {
                    throw new IllegalStateException(
                            handler.getClass().getName() + " claims " + type.wire() + ", which only the server sends");
                }
                MessageHandler other = table.putIfAbsent(type, handler);
                if (other != null) {
                    throw new IllegalStateException("Message type " + type.wire() + " has two handlers: "
                            + other.getClass().getName() + " and "
                            + handler.getClass().getName());
                }
            }
        }
        return table;
    }

    /** Hands the message to its handler; a type nobody handles is refused as unknown. */
    public void dispatch(Caller caller, Envelope message) {
        MessageHandler handler = handlers.get(message.type());
        if (handler == null) {
            throw new SignallingError(
                    ErrorCode.UNKNOWN_TYPE,
                    "Unknown message type '" + message.type().wire() + "'.",
                    message.id());
        }
        handler.handle(caller, message);
    }
}
