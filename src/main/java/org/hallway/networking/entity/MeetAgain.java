package org.hallway.networking.entity;

/** What an attendee said after a meeting about meeting that partner again. NEVER also blocks. */
public enum MeetAgain {
    AGAIN,
    NEVER
}
