package org.hallway.chat.control;

/**
 * A caller admitted to a chat channel: whether they moderate it (organisers and the session's
 * moderators, session chats only) and, in a private conversation or meeting, the other party.
 */
public record Admitted(long accountId, ChatChannel channel, boolean moderator, Long partnerId) {}
