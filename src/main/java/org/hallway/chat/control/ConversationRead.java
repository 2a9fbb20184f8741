package org.hallway.chat.control;

/** Someone read a conversation up to a message, so their unread count changed; fired inside the transaction. */
public record ConversationRead(long eventId, long accountId, long conversationId) {}
