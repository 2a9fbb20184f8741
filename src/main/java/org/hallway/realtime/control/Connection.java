package org.hallway.realtime.control;

import jakarta.websocket.CloseReason;

/**
 * One socket as the {@link SocketPipeline} sees it: who is behind it, where answers and errors go,
 * and its manners. {@link #of} is a browser's socket on this node; a frame handed over by another
 * node (whose socket checked the manners there) comes with a connection of its own.
 */
public interface Connection<S> {

    S sender();

    /** Sends an answer or an error to the socket; never blocks. */
    void send(String frame);

    /** Whether one more message is within the socket's rate now. */
    boolean admit(long now);

    /** Counts a refusal now; a socket refused too often is closed. */
    void refused(long now);

    /** A socket on this node: its outlet, and a meter of its rate and refusals. */
    static <S> Connection<S> of(S sender, Outlet outlet, AbuseMeter meter) {
        return new Socket<>(sender, outlet, meter);
    }

    /** A socket on this node, as {@link Connection#of} makes it. */
    record Socket<S>(S sender, Outlet outlet, AbuseMeter meter) implements Connection<S> {

        @Override
        public void send(String frame) {
            outlet.send(frame);
        }

        @Override
        public boolean admit(long now) {
            return meter.admit(now);
        }

        @Override
        public void refused(long now) {
            if (meter.refused(now)) {
                outlet.close(CloseReason.CloseCodes.VIOLATED_POLICY.getCode(), "Too many refused messages.");
            }
        }
    }
}
