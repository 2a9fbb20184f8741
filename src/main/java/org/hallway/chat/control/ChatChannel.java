package org.hallway.chat.control;

import java.util.Locale;
import org.hallway.chat.entity.ChannelKind;

/**
 * A chat channel: its kind and the id of what it belongs to. Its wire form is the realtime layer's
 * channel name, {@code "<kind>:<id>"} in lower case (e.g. {@code "session:42"}).
 */
public record ChatChannel(ChannelKind kind, long id) {

    public ChatChannel {
        if (kind == null || id <= 0) {
            throw new IllegalArgumentException("A chat channel needs a kind and a positive id");
        }
    }

    public static ChatChannel session(long sessionId) {
        return new ChatChannel(ChannelKind.SESSION, sessionId);
    }

    public static ChatChannel conversation(long conversationId) {
        return new ChatChannel(ChannelKind.CONVERSATION, conversationId);
    }

    public static ChatChannel meeting(long meetingId) {
        return new ChatChannel(ChannelKind.MEETING, meetingId);
    }

    public String wire() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    @Override
    public String toString() {
        return wire();
    }
}
