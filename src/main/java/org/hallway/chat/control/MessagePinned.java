package org.hallway.chat.control;

/**
 * A moderator pinned a message of a session's chat ({@code messageId}) or unpinned it (null); fired
 * inside the transaction, so the session's room can keep one pinned item and announce it after commit.
 */
public record MessagePinned(long eventId, long sessionId, Long messageId) {}
