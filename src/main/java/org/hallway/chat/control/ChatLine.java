package org.hallway.chat.control;

import java.time.Instant;
import org.hallway.account.control.Person;
import org.hallway.chat.entity.ChatMessage;

/**
 * A chat message as readers see it, mapped inside its transaction: a deleted message has no text.
 * {@code editedAt} is null unless edited.
 */
public record ChatLine(
        long id, ChatChannel channel, Person sender, String text, Instant sentAt, Instant editedAt, boolean deleted) {

    public static ChatLine of(ChatMessage message, Person sender) {
        return new ChatLine(
                message.getId(),
                new ChatChannel(message.getChannelKind(), message.getChannelId()),
                sender,
                message.isDeleted() ? "" : message.getBody(),
                message.getSentAt(),
                message.getEditedAt(),
                message.isDeleted());
    }
}
