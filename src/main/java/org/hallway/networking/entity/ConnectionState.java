package org.hallway.networking.entity;

/** Where two attendees' connection stands, as each of them sees it. */
public enum ConnectionState {
    NONE,
    /** Asked, not yet accepted. */
    REQUESTED,
    CONNECTED
}
