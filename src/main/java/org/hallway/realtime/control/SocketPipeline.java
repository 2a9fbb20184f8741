package org.hallway.realtime.control;

import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * The one way a client message goes through a socket, whichever socket: its manners (at most
 * {@value AbuseMeter#MAX_PER_SECOND} a second, at most {@value EnvelopeCodec#MAX_BYTES} bytes), the
 * parse into an {@link Envelope}, the dispatch by type through the socket's {@link HandlerTable},
 * and the mapping of what went wrong to a typed {@code error} (docs/protocol.md, "Errors"): a
 * malformed or unknown message, a {@link Refused} (also wrapped by an interceptor) as its refusal's
 * code, anything else logged and answered {@code failed}. Each endpoint configures one pipeline:
 * its handlers and what follows a handled request ({@link Settling}). Thread-safe.
 */
public final class SocketPipeline<S> {

    private static final System.Logger LOG = System.getLogger(SocketPipeline.class.getName());
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();

    /** What a socket does once a request is through; the event socket acknowledges what nobody answered. */
    public interface Settling<S> {

        /** The handler returned. */
        void handled(Connection<S> connection, Envelope request);

        /** The request with this id (null: none readable) failed or was refused. */
        void failed(Connection<S> connection, String ref);

        /** Nothing follows. */
        static <S> Settling<S> none() {
            return new Settling<>() {
                @Override
                public void handled(Connection<S> connection, Envelope request) {}

                @Override
                public void failed(Connection<S> connection, String ref) {}
            };
        }
    }

    private final String socket;
    private final HandlerTable<S> handlers;
    private final Clock clock;
    private final Settling<S> settling;

    /** @param socket the socket's name for the log */
    public SocketPipeline(String socket, HandlerTable<S> handlers, Clock clock, Settling<S> settling) {
        this.socket = socket;
        this.handlers = handlers;
        this.clock = clock;
        this.settling = settling;
    }

    public HandlerTable<S> handlers() {
        return handlers;
    }

    /** A frame from the socket: its manners first, then {@link #handle}. */
    public void receive(Connection<S> connection, String frame) {
        if (!connection.admit(clock.millis())) {
            refuse(
                    connection,
                    ErrorCode.RATE_LIMITED,
                    "More than " + AbuseMeter.MAX_PER_SECOND + " messages a second.",
                    null);
            return;
        }
        if (EnvelopeCodec.tooLarge(frame)) {
            refuse(
                    connection,
                    ErrorCode.TOO_LARGE,
                    "Messages are limited to " + EnvelopeCodec.MAX_BYTES + " bytes.",
                    null);
            return;
        }
        handle(connection, frame);
    }

    /** Parses and dispatches a frame whose manners were checked (here, or on the node holding the socket). */
    public void handle(Connection<S> connection, String frame) {
        Envelope envelope = null;
        try {
            envelope = CODEC.parse(frame);
            handlers.dispatch(new Request<>(connection.sender(), envelope, frame, connection, this));
            settling.handled(connection, envelope);
        } catch (RuntimeException e) {
            String ref = envelope == null ? null : envelope.id();
            settling.failed(connection, ref);
            failed(connection, e, ref);
        }
    }

    /** A refusal (possibly wrapped by an interceptor) becomes its typed error; anything else is logged. */
    private void failed(Connection<S> connection, RuntimeException failure, String ref) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProtocolError e) {
                refuse(connection, e.code(), e.getMessage(), e.ref() != null ? e.ref() : ref);
                return;
            }
            if (t instanceof Refused r) {
                refuse(connection, r, ref);
                return;
            }
        }
        LOG.log(Level.WARNING, "Handling a message on the " + socket + " socket failed", failure);
        connection.send(CODEC.error(ErrorCode.FAILED, "The server could not handle that; try again.", ref));
    }

    /** Refuses the message with this id (null: none readable) with the refusal's code. */
    public void refuse(Connection<S> connection, Refused refused, String ref) {
        refuse(connection, ErrorCode.of(refused.refusal()), refused.getMessage(), ref);
    }

    public void refuse(Connection<S> connection, ErrorCode code, String message, String ref) {
        connection.send(CODEC.error(code, message, ref));
        connection.refused(clock.millis());
    }
}
