package org.hallway.room.control;

/**
 * Fired (CDI event, inside the transaction) when something everyone in a room sees changed: the
 * questions, what is pinned above the stream, who is removed. Observed after commit to push the room's new state to its channel.
 *
 * @param accountId the person concerned (the one removed), or 0
 */
public record RoomChanged(long sessionId, long eventId, What what, long accountId) {

    /** What changed. */
    public enum What {
        QUESTIONS,
        PINNED,
        REMOVED
    }
}
