package org.hallway.realtime.control;

/**
 * One client message as its handler gets it from the {@link SocketPipeline}: who sent it, the
 * parsed envelope and the frame as received (so a handler may relay it without encoding it again).
 * A handler whose work finishes later refuses through {@link #refuse}, which answers on the same
 * socket as a refusal thrown at once would be.
 */
public final class Request<S> {

    private final S sender;
    private final Envelope message;
    private final String frame;
    private final Connection<S> connection;
    private final SocketPipeline<S> pipeline;

    Request(S sender, Envelope message, String frame, Connection<S> connection, SocketPipeline<S> pipeline) {
        this.sender = sender;
        this.message = message;
        this.frame = frame;
        this.connection = connection;
        this.pipeline = pipeline;
    }

    /** Without a socket (unit tests): refusing it fails. */
    public static <S> Request<S> of(S sender, Envelope message) {
        return new Request<>(sender, message, null, null, null);
    }

    public S sender() {
        return sender;
    }

    public Envelope message() {
        return message;
    }

    /** The frame as received; null when the message did not come as one (built on the server). */
    public String frame() {
        return frame;
    }

    /** A later refusal of this message: a typed {@code error} carrying its id, counted like any other. */
    public void refuse(Refused refused) {
        if (pipeline == null) {
            throw refused;
        }
        pipeline.refuse(connection, refused, message.id());
    }
}
