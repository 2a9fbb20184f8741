package org.hallway.chat.control;

import java.util.Map;

/** Unread private messages of one person at one event: the total and per conversation id. */
public record Unread(int total, Map<Long, Integer> byConversation) {

    public static Unread of(Map<Long, Integer> byConversation) {
        return new Unread(
                byConversation.values().stream().mapToInt(Integer::intValue).sum(), Map.copyOf(byConversation));
    }
}
