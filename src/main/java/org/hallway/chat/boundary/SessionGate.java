package org.hallway.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hallway.chat.control.ChatChannel;
import org.hallway.realtime.control.Caller;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.ChannelGate;

/**
 * Who may follow a session's channel: organisers, the session's moderators and speakers, and
 * ticket holders seated in it (any ticket holder for a networking session), within the caller's event.
 */
@ApplicationScoped
public class SessionGate implements ChannelGate {

    @Inject
    ChatMessages chatMessages;

    @Override
    public Channel.Kind kind() {
        return Channel.Kind.SESSION;
    }

    @Override
    public void admit(Caller caller, long id) {
        chatMessages.admit(caller.eventId(), caller.accountId(), ChatChannel.session(id));
    }
}
