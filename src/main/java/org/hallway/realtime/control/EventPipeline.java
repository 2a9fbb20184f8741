package org.hallway.realtime.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The event socket's {@link SocketPipeline}: the handlers of every feature's message types on the
 * event socket ({@code MessageHandler<Caller>} beans, the layer's own {@link Subscriptions} among
 * them), built once at start-up so a doubly claimed type fails the deployment; a request with an
 * {@code id} that its handler did not answer is acknowledged with {@code ack}.
 */
@ApplicationScoped
public class EventPipeline {

    private static final EnvelopeCodec CODEC = new EnvelopeCodec();

    @Inject
    Instance<MessageHandler<Caller>> beans;

    @Inject
    Realtime realtime;

    @Inject
    Clock clock;

    private SocketPipeline<Caller> pipeline;

    @PostConstruct
    void build() {
        pipeline = new SocketPipeline<>("event", new HandlerTable<>(beans), clock, new SocketPipeline.Settling<>() {
            @Override
            public void handled(Connection<Caller> connection, Envelope request) {
                if (request.id() != null && !realtime.answered(connection.sender(), request.id())) {
                    connection.send(CODEC.format(new Envelope(MessageType.ACK, request.id(), null, null)));
                }
            }

            @Override
            public void failed(Connection<Caller> connection, String ref) {
                if (ref != null) {
                    realtime.answered(connection.sender(), ref);
                }
            }
        });
    }

    /** Built when the application starts, so a doubly claimed type fails the deployment. */
    void startup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        pipeline.handlers();
    }

    public void receive(Connection<Caller> connection, String frame) {
        pipeline.receive(connection, frame);
    }
}
