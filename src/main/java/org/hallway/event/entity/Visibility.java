package org.hallway.event.entity;

/** Who sees an event. */
public enum Visibility {
    /** Organisers only: not listed, invite links refused. */
    DRAFT,
    /** Anyone with a link; not on the front page. */
    UNLISTED,
    /** Listed on the front page while upcoming or running. */
    PUBLIC
}
