package org.hallway.analytics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hallway.realtime.control.Caller;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.ChannelGate;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/** A networking session's live dashboard ({@code floor:<session>}): organisers only, sessions of the socket's event only. */
@ApplicationScoped
public class FloorGate implements ChannelGate {

    @Inject
    Analytics analytics;

    @Override
    public Channel.Kind kind() {
        return Channel.Kind.FLOOR;
    }

    @Override
    public void admit(Caller caller, long sessionId) {
        if (!caller.organiser()) {
            throw new Refused(Refusal.NOT_ADMITTED, "The live dashboard is for organisers.");
        }
        if (!analytics.isNetworkingSession(sessionId, caller.eventId())) {
            throw new Refused(Refusal.NOT_ADMITTED, "That is not a networking session of this event.");
        }
    }
}
