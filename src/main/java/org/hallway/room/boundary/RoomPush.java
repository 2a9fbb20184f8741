package org.hallway.room.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Realtime;
import org.hallway.room.control.RoomChanged;

/**
 * Tells browsers what changed once it is committed: a session's state to everyone on the event's
 * agenda (the lobby channel) and in its room; whether a session is full to the agenda; Q&A, pins and
 * removals to the room.
 */
@ApplicationScoped
public class RoomPush {

    @Inject
    Realtime realtime;

    void stateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionStateChanged change) {
        var data = Json.createObjectBuilder()
                .add("session", change.sessionId())
                .add("state", change.state().name())
                .build();
        realtime.publish(Channel.of(Channel.Kind.LOBBY, change.eventId()), MessageType.SESSION_STATE, data);
        realtime.publish(Channel.of(Channel.Kind.SESSION, change.sessionId()), MessageType.SESSION_STATE, data);
    }

    void seatsChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) org.hallway.agenda.control.SeatsChanged change) {
        realtime.publish(
                Channel.of(Channel.Kind.LOBBY, change.eventId()),
                MessageType.SESSION_SEATS,
                Json.createObjectBuilder()
                        .add("session", change.sessionId())
                        .add("full", change.full())
                        .build());
    }

    void roomChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomChanged change) {
        var data = Json.createObjectBuilder().add("what", change.what().name().toLowerCase(java.util.Locale.ROOT));
        if (change.accountId() != 0) {
            data.add("account", change.accountId());
        }
        Channel room = Channel.of(Channel.Kind.SESSION, change.sessionId());
        realtime.publish(room, MessageType.ROOM_CHANGED, data.build());
        if (change.what() == RoomChanged.What.REMOVED) {
            // the removed person's sockets stop receiving the room's chat and Q&A; without a seat
            // the room's gate refuses them should they subscribe again
            realtime.expel(change.accountId(), room);
        }
    }
}
