package org.hallway.realtime.control;

import java.util.Set;

/**
 * Handles client messages of some types on the event socket: a CDI bean of the feature that owns
 * the types. The layer builds one table keyed by type from all of them; a type claimed twice fails
 * the deployment. {@code subscribe}, {@code unsubscribe} and {@code ping} are the layer's own.
 */
public interface MessageHandler {

    Set<MessageType> types();

    /** Handles one message; throws {@link Refused} (answered as a typed {@code error}) to refuse it. */
    void handle(Caller caller, Envelope message) throws Refused;
}
