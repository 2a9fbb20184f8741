package org.hallway.realtime.control;

import java.util.Set;

/**
 * Handles client messages of some types on one socket: a CDI bean of the feature that owns the
 * types, registered by implementing this interface for the socket's sender type ({@link Caller} on
 * the event socket; the networking socket has its own). Each socket's {@link SocketPipeline} builds
 * one {@link HandlerTable} keyed by type from all of them; a type claimed twice fails the deployment.
 *
 * @param <S> who sent a message on this socket
 */
public interface MessageHandler<S> {

    Set<MessageType> types();

    /** Handles one message; throws {@link Refused} (answered as a typed {@code error}) to refuse it now. */
    void handle(Request<S> request) throws Refused;
}
