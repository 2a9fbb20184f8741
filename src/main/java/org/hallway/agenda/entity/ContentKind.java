package org.hallway.agenda.entity;

/** What a session's room plays: nothing yet, a stream or video file, a provider's player, or a meeting link. */
public enum ContentKind {
    NONE,
    HLS,
    MP4,
    YOUTUBE,
    VIMEO,
    MEETING;

    public boolean embedded() {
        return this == YOUTUBE || this == VIMEO;
    }

    public boolean video() {
        return this == HLS || this == MP4;
    }
}
