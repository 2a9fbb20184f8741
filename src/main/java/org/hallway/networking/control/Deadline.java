package org.hallway.networking.control;

/**
 * A moment the engine must be called back at, on the server clock. Fired as a CDI event; the
 * container-managed scheduler in the boundary arms it and hands it back to {@link Networking#deadline}.
 * A deadline that has become moot (the meeting ended or moved its end) is ignored when it comes.
 *
 * @param meetingId 0 for session-wide deadlines
 * @param accountId the lost partner for {@link Kind#GRACE}, else 0
 */
public record Deadline(long sessionId, long meetingId, Kind kind, long accountId, long atMillis) {

    public enum Kind {
        /** Open the extension offer. */
        OFFER,
        /** The meeting's end (ignored when an extension moved it). */
        END,
        /** Both sides must have reported flowing media. */
        MEDIA,
        /** A lost partner's grace period is over. */
        GRACE,
        /** Tell the ready pool its size (throttled to once a second). */
        QUEUE,
        /** Try matching again: waiters may have become compatible (cooldowns run out). */
        REMATCH
    }
}
