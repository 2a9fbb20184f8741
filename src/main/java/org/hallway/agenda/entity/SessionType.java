package org.hallway.agenda.entity;

/** What kind of session: a main-stage broadcast, a regular session, or 1:1 networking. */
public enum SessionType {
    STAGE,
    SESSION,
    NETWORKING
}
