package org.hallway.chat.control;

import java.util.List;

/** One page of a channel's messages, oldest first; {@code more} when older ones exist (ask with the first id). */
public record History(ChatChannel channel, List<ChatLine> lines, boolean more, boolean moderator) {}
