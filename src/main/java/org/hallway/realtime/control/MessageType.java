package org.hallway.realtime.control;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every message type on the wire (docs/protocol.md), the event socket's and the networking
 * socket's: its wire name and direction. Features add their own constants here.
 */
public enum MessageType {
    READY("ready", Direction.TO_SERVER),
    UNREADY("unready", Direction.TO_SERVER),
    SIGNAL("signal", Direction.BOTH),
    MEDIA_FLOWING("media-flowing", Direction.TO_SERVER),
    EXTEND("extend", Direction.TO_SERVER),
    DECLINE_EXTENSION("decline-extension", Direction.TO_SERVER),
    CONNECT("connect", Direction.TO_SERVER),
    LEAVE("leave", Direction.TO_SERVER),
    BLOCK("block", Direction.TO_SERVER),
    REPORT("report", Direction.TO_SERVER),
    RATE("rate", Direction.TO_SERVER),
    PING("ping", Direction.TO_SERVER),
    SUBSCRIBE("subscribe", Direction.TO_SERVER),
    UNSUBSCRIBE("unsubscribe", Direction.TO_SERVER),

    WELCOME("welcome", Direction.TO_CLIENT),
    QUEUE("queue", Direction.TO_CLIENT),
    MATCHED("matched", Direction.TO_CLIENT),
    EXTENSION_OFFERED("extension-offered", Direction.TO_CLIENT),
    EXTENSION_ACCEPTED("extension-accepted", Direction.TO_CLIENT),
    EXTENDED("extended", Direction.TO_CLIENT),
    EXTENSION_WITHDRAWN("extension-withdrawn", Direction.TO_CLIENT),
    CONNECTION("connection", Direction.TO_CLIENT),
    PARTNER_LOST("partner-lost", Direction.TO_CLIENT),
    PARTNER_BACK("partner-back", Direction.TO_CLIENT),
    MEETING_ENDED("meeting-ended", Direction.TO_CLIENT),
    SESSION_ENDED("session-ended", Direction.TO_CLIENT),
    RATED("rated", Direction.TO_CLIENT),
    PONG("pong", Direction.TO_CLIENT),
    OPENED("opened", Direction.TO_CLIENT),
    SUBSCRIBED("subscribed", Direction.TO_CLIENT),
    UNSUBSCRIBED("unsubscribed", Direction.TO_CLIENT),
    ACK("ack", Direction.TO_CLIENT),
    ERROR("error", Direction.TO_CLIENT),
    // session rooms (issue 13)
    SESSION_STATE("session-state", Direction.TO_CLIENT),
    ROOM_CHANGED("room-changed", Direction.TO_CLIENT),
    SESSION_SEATS("session-seats", Direction.TO_CLIENT),
    PRESENCE("presence", Direction.TO_CLIENT),
    // analytics (issue 14): a networking session's live dashboard
    FLOOR_STATS("floor-stats", Direction.TO_CLIENT),

    // chat (docs/protocol.md, "Chat")
    CHAT_HISTORY("chat-history", Direction.TO_SERVER),
    CHAT_POST("chat-post", Direction.TO_SERVER),
    CHAT_EDIT("chat-edit", Direction.TO_SERVER),
    CHAT_DELETE("chat-delete", Direction.TO_SERVER),
    CHAT_REPORT("chat-report", Direction.TO_SERVER),
    CHAT_MUTE("chat-mute", Direction.TO_SERVER),
    CHAT_CONVERSE("chat-converse", Direction.TO_SERVER),
    CHAT_CONVERSATIONS("chat-conversations", Direction.TO_SERVER),
    CHAT_READ("chat-read", Direction.TO_SERVER),
    CHAT_UNREAD("chat-unread", Direction.TO_SERVER),
    CHAT_BLOCK("chat-block", Direction.TO_SERVER),
    CHAT_REPORTS("chat-reports", Direction.TO_SERVER),
    CHAT_PIN("chat-pin", Direction.TO_SERVER),
    CHAT_UNPIN("chat-unpin", Direction.TO_SERVER),
    CHAT_HISTORY_PAGE("chat-history-page", Direction.TO_CLIENT),
    CHAT_POSTED("chat-posted", Direction.TO_CLIENT),
    CHAT_MESSAGE("chat-message", Direction.TO_CLIENT),
    CHAT_EDITED("chat-edited", Direction.TO_CLIENT),
    CHAT_DELETED("chat-deleted", Direction.TO_CLIENT),
    CHAT_MUTED("chat-muted", Direction.TO_CLIENT),
    CHAT_CONVERSATION("chat-conversation", Direction.TO_CLIENT),
    CHAT_CONVERSATION_LIST("chat-conversation-list", Direction.TO_CLIENT),
    CHAT_REPORT_LIST("chat-report-list", Direction.TO_CLIENT),
    UNREAD("unread", Direction.TO_CLIENT);

    public enum Direction {
        TO_SERVER,
        TO_CLIENT,
        BOTH
    }

    private static final Map<String, MessageType> BY_WIRE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(MessageType::wire, Function.identity()));

    private final String wire;
    private final Direction direction;

    MessageType(String wire, Direction direction) {
        this.wire = wire;
        this.direction = direction;
    }

    public String wire() {
        return wire;
    }

    public Direction direction() {
        return direction;
    }

    /** Whether a client may send it. */
    public boolean fromClient() {
        return direction != Direction.TO_CLIENT;
    }

    public static Optional<MessageType> ofWire(String wire) {
        return Optional.ofNullable(BY_WIRE.get(wire));
    }
}
