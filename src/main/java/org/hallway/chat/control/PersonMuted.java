package org.hallway.chat.control;

import java.time.Instant;

/** A moderator muted someone in a session's chat until a time; fired inside the transaction. */
public record PersonMuted(long eventId, ChatChannel channel, long accountId, long mutedBy, Instant until) {}
