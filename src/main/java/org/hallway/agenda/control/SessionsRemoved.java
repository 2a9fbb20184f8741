package org.hallway.agenda.control;

import java.util.List;

/**
 * Fired (CDI event, inside the transaction) when sessions are deleted: one by an organiser, or all
 * of a purged event's. Features holding state of a session in memory (networking's floors) observe
 * it with {@code during = TransactionPhase.AFTER_SUCCESS} and let go of it once the deletion is committed.
 */
public record SessionsRemoved(long eventId, List<Long> sessionIds) {

    public SessionsRemoved {
        sessionIds = List.copyOf(sessionIds);
    }
}
