package org.hallway.agenda.control;

import org.hallway.agenda.entity.SessionState;

/** A session's live state changed (fired by whoever changes it, observed by the features that care). */
public record SessionStateChanged(long sessionId, long eventId, SessionState state) {
}
