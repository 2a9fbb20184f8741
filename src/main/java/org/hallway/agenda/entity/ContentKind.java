package org.hallway.agenda.entity;

/**
 * What a session's room plays: nothing yet, a stream or video file, a provider's player, a meeting
 * link, or the live stage built into Hallway (a Janus video room, no address).
 */
public enum ContentKind {
    NONE,
    HLS,
    MP4,
    YOUTUBE,
    VIMEO,
    MEETING,
    STAGE;

    /** Whether the content is an address the organiser gave. */
    public boolean addressed() {
        return this != NONE && this != STAGE;
    }

    public boolean embedded() {
        return this == YOUTUBE || this == VIMEO;
    }

    public boolean video() {
        return this == HLS || this == MP4;
    }
}
