package org.hallway.networking.entity;

/**
 * Where two attendees' connection stands as one of them sees it: the one enum for pages, exports
 * and the {@code connection} message (its lower-case name is the wire's {@code state}).
 */
public enum ConnectionState {
    NONE,
    /** You asked; the partner has not accepted yet. */
    REQUESTED,
    /** The partner asked; you may accept. */
    INCOMING,
    CONNECTED
}
