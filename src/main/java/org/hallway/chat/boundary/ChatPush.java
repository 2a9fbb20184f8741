package org.hallway.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.hallway.chat.control.ConversationRead;
import org.hallway.chat.control.MessageChanged;
import org.hallway.chat.control.MessagePosted;
import org.hallway.chat.control.PersonMuted;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Realtime;

/**
 * Pushes chat's committed facts to browsers (and only committed ones: every observer here runs
 * after success): a new, edited or deleted message to its channel's subscribers, the recipient's
 * new unread count (with the message, for a notification) to their account channel, and a mute to
 * the muted person.
 */
@ApplicationScoped
public class ChatPush {

    @Inject
    Realtime realtime;

    @Inject
    Conversations conversations;

    void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
        JsonObject message = ChatWire.message(posted.line());
        realtime.publish(
                ChatHandler.channel(posted.line().channel()),
                MessageType.CHAT_MESSAGE,
                Json.createObjectBuilder().add("message", message).build());
        if (posted.recipientId() != null) {
            unread(posted.eventId(), posted.recipientId(), message);
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageChanged changed) {
        realtime.publish(
                ChatHandler.channel(changed.line().channel()),
                changed.line().deleted() ? MessageType.CHAT_DELETED : MessageType.CHAT_EDITED,
                Json.createObjectBuilder()
                        .add("message", ChatWire.message(changed.line()))
                        .build());
    }

    void read(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationRead read) {
        unread(read.eventId(), read.accountId(), null);
    }

    void muted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonMuted muted) {
        realtime.publish(
                Channel.of(Channel.Kind.ACCOUNT, muted.accountId()),
                MessageType.CHAT_MUTED,
                Json.createObjectBuilder()
                        .add("eventId", muted.eventId())
                        .add("chat", muted.channel().wire())
                        .add("until", muted.until().toString())
                        .build());
    }

    /** The account's unread count at the event, to its account channel (every tab of the event). */
    private void unread(long eventId, long accountId, JsonObject latest) {
        Channel own = Channel.of(Channel.Kind.ACCOUNT, accountId);
        if (!realtime.mayBeFollowed(own)) {
            return; // nobody listening: the count is read when a page opens
        }
        JsonObject counts = ChatWire.unread(eventId, conversations.unread(eventId, accountId));
        realtime.publish(
                own,
                MessageType.UNREAD,
                latest == null
                        ? counts
                        : Json.createObjectBuilder(counts).add("latest", latest).build());
    }
}
