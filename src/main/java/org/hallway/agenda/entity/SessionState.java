package org.hallway.agenda.entity;

/** A session's life: scheduled, then put LIVE by an organiser, then ENDED. */
public enum SessionState {
    SCHEDULED,
    LIVE,
    ENDED
}
