package org.hallway.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hallway.chat.control.ChatChannel;
import org.hallway.realtime.control.Caller;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.ChannelGate;

/** Who may follow a networking meeting's channel (its chat): the two who met, during the meeting and after. */
@ApplicationScoped
public class MeetingGate implements ChannelGate {

    @Inject
    ChatMessages chatMessages;

    @Override
    public Channel.Kind kind() {
        return Channel.Kind.MEETING;
    }

    @Override
    public void admit(Caller caller, long id) {
        chatMessages.admit(caller.eventId(), caller.accountId(), ChatChannel.meeting(id));
    }
}
