package org.hallway.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.Set;
import org.hallway.chat.control.ChatChannel;
import org.hallway.chat.entity.ChannelKind;
import org.hallway.realtime.control.Caller;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.Envelope;
import org.hallway.realtime.control.MessageHandler;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Realtime;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;
import org.hallway.realtime.control.Request;

/**
 * Chat's messages on the event socket (docs/protocol.md, "Chat"): parses and checks each, then
 * delegates to one use case of {@link ChatMessages}, {@link ChatModeration} or {@link Conversations}. Answers go back on the asking socket; what others
 * see is pushed by {@link ChatPush} once the change committed.
 */
@ApplicationScoped
public class ChatHandler implements MessageHandler<Caller> {

    @Inject
    ChatMessages chatMessages;

    @Inject
    Conversations conversations;

    @Inject
    ChatModeration moderation;

    @Inject
    Realtime realtime;

    @Override
    public Set<MessageType> types() {
        return Set.of(
                MessageType.CHAT_POST,
                MessageType.CHAT_EDIT,
                MessageType.CHAT_DELETE,
                MessageType.CHAT_HISTORY,
                MessageType.CHAT_REPORT,
                MessageType.CHAT_MUTE,
                MessageType.CHAT_READ,
                MessageType.CHAT_CONVERSE,
                MessageType.CHAT_CONVERSATIONS,
                MessageType.CHAT_BLOCK,
                MessageType.CHAT_UNREAD,
                MessageType.CHAT_REPORTS,
                MessageType.CHAT_PIN,
                MessageType.CHAT_UNPIN);
    }

    @Override
    public void handle(Request<Caller> request) {
        Caller caller = request.sender();
        Envelope message = request.message();
        long event = caller.eventId();
        long me = caller.accountId();
        switch (message.type()) {
            case CHAT_POST ->
                realtime.reply(
                        caller,
                        message,
                        MessageType.CHAT_POSTED,
                        ChatWire.message(chatMessages.post(event, me, channel(message), text(message, "text"))));
            case CHAT_EDIT -> chatMessages.edit(event, me, id(message, "messageId"), text(message, "text"));
            case CHAT_DELETE -> chatMessages.delete(event, me, id(message, "messageId"));
            case CHAT_PIN -> moderation.pin(event, me, id(message, "messageId"), true);
            case CHAT_UNPIN -> moderation.pin(event, me, id(message, "messageId"), false);
            case CHAT_HISTORY ->
                realtime.reply(
                        caller,
                        message,
                        MessageType.CHAT_HISTORY_PAGE,
                        ChatWire.history(
                                chatMessages.history(event, me, channel(message), message.optionalLong("before"))));
            case CHAT_REPORT -> moderation.report(event, me, id(message, "messageId"), text(message, "reason"));
            case CHAT_MUTE -> {
                Long minutes = message.optionalLong("minutes");
                if (minutes == null || minutes < 1 || minutes > ChatModeration.MAX_MUTE_MINUTES) {
                    throw new Refused(Refusal.INVALID_MUTE);
                }
                moderation.mute(event, me, channel(message), id(message, "accountId"), minutes.intValue());
            }
            case CHAT_READ ->
                conversations.markRead(event, me, id(message, "conversationId"), id(message, "messageId"));
            case CHAT_CONVERSE -> {
                long conversation = conversations.converse(event, me, id(message, "accountId"));
                realtime.reply(
                        caller,
                        message,
                        MessageType.CHAT_CONVERSATION,
                        Json.createObjectBuilder()
                                .add("conversationId", conversation)
                                .add(
                                        "channel",
                                        ChatChannel.conversation(conversation).wire())
                                .build());
            }
            case CHAT_CONVERSATIONS ->
                realtime.reply(
                        caller,
                        message,
                        MessageType.CHAT_CONVERSATION_LIST,
                        ChatWire.conversations(conversations.conversations(event, me)));
            case CHAT_BLOCK -> conversations.block(event, me, id(message, "accountId"));
            case CHAT_UNREAD ->
                realtime.reply(
                        caller, message, MessageType.UNREAD, ChatWire.unread(event, conversations.unread(event, me)));
            case CHAT_REPORTS ->
                realtime.reply(
                        caller,
                        message,
                        MessageType.CHAT_REPORT_LIST,
                        ChatWire.reports(moderation.reported(event, me)));
            default -> throw new Refused(Refusal.INVALID);
        }
    }

    /** The chat channel named in {@code data.channel}: a session's, a conversation's or a meeting's. */
    static ChatChannel channel(Envelope message) {
        String wire = message.optionalString("channel");
        Channel channel;
        try {
            channel = Channel.parse(wire);
        } catch (IllegalArgumentException e) {
            throw new Refused(Refusal.INVALID, "Name a chat channel, e.g. \"session:42\".");
        }
        return switch (channel.kind()) {
            case SESSION -> new ChatChannel(ChannelKind.SESSION, channel.id());
            case CONVERSATION -> new ChatChannel(ChannelKind.CONVERSATION, channel.id());
            case MEETING -> new ChatChannel(ChannelKind.MEETING, channel.id());
            default -> throw new Refused(Refusal.INVALID, "That channel has no chat.");
        };
    }

    static Channel channel(ChatChannel chat) {
        return Channel.of(Channel.Kind.valueOf(chat.kind().name()), chat.id());
    }

    private static long id(Envelope message, String field) {
        Long id = message.optionalLong(field);
        if (id == null || id <= 0) {
            throw new Refused(Refusal.INVALID, "The field " + field + " must be a positive id.");
        }
        return id;
    }

    /** A text field; its rules (length, blank) are the use case's. */
    private static String text(Envelope message, String field) {
        String text = message.optionalString(field);
        return text == null ? "" : text;
    }
}
