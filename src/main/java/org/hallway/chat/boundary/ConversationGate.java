package org.hallway.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hallway.chat.control.ChatChannel;
import org.hallway.realtime.control.Caller;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.ChannelGate;

/** Who may follow a private conversation's channel: its two parties, within the caller's event. */
@ApplicationScoped
public class ConversationGate implements ChannelGate {

    @Inject
    ChatMessages chatMessages;

    @Override
    public Channel.Kind kind() {
        return Channel.Kind.CONVERSATION;
    }

    @Override
    public void admit(Caller caller, long id) {
        chatMessages.admit(caller.eventId(), caller.accountId(), ChatChannel.conversation(id));
    }
}
