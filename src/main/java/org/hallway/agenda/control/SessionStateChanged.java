package org.hallway.agenda.control;

import org.hallway.agenda.entity.SessionState;

/**
 * Fired (CDI event, inside the transaction) when an organiser starts or ends a session, so other
 * features, such as networking, can react; observe with {@code during = TransactionPhase.AFTER_SUCCESS}
 * to see only committed changes.
 */
public record SessionStateChanged(long sessionId, long eventId, SessionState state) {}
