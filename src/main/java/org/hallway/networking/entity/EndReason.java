package org.hallway.networking.entity;

/** Why a meeting ended. */
public enum EndReason {
    /** Its time ran out. */
    TIME,
    /** One partner left (see the meeting's {@code endedBy}). */
    LEFT,
    /** One partner's socket dropped and did not come back within the grace period. */
    PARTNER_LOST,
    /** Media never flowed on both sides within the media timeout. */
    MEDIA_FAILED,
    /** One partner blocked (or reported) the other. */
    BLOCKED
}
