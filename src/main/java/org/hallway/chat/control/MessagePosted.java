package org.hallway.chat.control;

/**
 * A message was stored (fired inside the transaction; observe after success). {@code recipientId}
 * is the other party of a private conversation, else null.
 */
public record MessagePosted(long eventId, ChatLine line, Long recipientId) {}
