package org.hallway.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The event's lobby: everyone the event socket admitted (a ticket holder or an organiser), and only
 * for the socket's own event.
 */
@ApplicationScoped
public class LobbyGate implements ChannelGate {

    @Override
    public Channel.Kind kind() {
        return Channel.Kind.LOBBY;
    }

    @Override
    public void admit(Caller caller, long eventId) {
        if (eventId != caller.eventId()) {
            throw new Refused(Refusal.NOT_ADMITTED, "That is another event's lobby.");
        }
    }
}
