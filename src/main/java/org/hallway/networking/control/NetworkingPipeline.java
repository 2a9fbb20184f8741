package org.hallway.networking.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import org.hallway.realtime.control.Connection;
import org.hallway.realtime.control.HandlerTable;
import org.hallway.realtime.control.MessageHandler;
import org.hallway.realtime.control.SocketPipeline;

/**
 * The networking socket's {@link SocketPipeline}: the same manners, parse, dispatch and error
 * mapping as the event socket's, with networking's handlers ({@link NetworkingMessages}); nothing
 * is acknowledged (the engine answers with notices). Built at start-up, so a doubly claimed type
 * fails the deployment.
 */
@ApplicationScoped
public class NetworkingPipeline {

    @Inject
    Instance<MessageHandler<NetworkingMessages.Sender>> beans;

    @Inject
    Clock clock;

    private SocketPipeline<NetworkingMessages.Sender> pipeline;

    @PostConstruct
    void build() {
        pipeline = new SocketPipeline<>("networking", new HandlerTable<>(beans), clock, SocketPipeline.Settling.none());
    }

    void startup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        pipeline.handlers();
    }

    /** A frame from an attendee's socket on this node. */
    public void receive(Connection<NetworkingMessages.Sender> connection, String frame) {
        pipeline.receive(connection, frame);
    }

    /** A frame another node's socket received (its manners checked there), for this node's floor. */
    public void handle(Connection<NetworkingMessages.Sender> connection, String frame) {
        pipeline.handle(connection, frame);
    }
}
