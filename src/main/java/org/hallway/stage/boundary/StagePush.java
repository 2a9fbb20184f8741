package org.hallway.stage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.util.List;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Realtime;
import org.hallway.stage.control.JanusRooms;
import org.hallway.stage.control.StageChanged;
import org.hallway.stage.control.StageLineup;

/**
 * Tells the room what changed on its stage once committed ({@code stage-changed} on the session's
 * channel), and has Janus drop the camera of someone taken off it.
 */
@ApplicationScoped
public class StagePush {

    private static final System.Logger LOG = System.getLogger(StagePush.class.getName());

    @Inject
    Realtime realtime;

    @Inject
    JanusRooms rooms;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) StageChanged change) {
        StageLineup lineup = change.lineup();
        if (change.kicked() != 0) {
            try {
                rooms.kick(lineup.sessionId(), change.kicked());
            } catch (JanusRooms.JanusUnavailable e) {
                LOG.log(Level.WARNING, "Taking {0} off stage {1}: {2}", change.kicked(), lineup.sessionId(), e);
            }
        }
        realtime.publish(Channel.of(Channel.Kind.SESSION, lineup.sessionId()), MessageType.STAGE_CHANGED, wire(lineup));
    }

    static JsonObject wire(StageLineup lineup) {
        return Json.createObjectBuilder()
                .add("session", lineup.sessionId())
                .add("onStage", people(lineup.onStage()))
                .add("hands", people(lineup.hands()))
                .build();
    }

    private static JsonArrayBuilder people(List<StageLineup.Person> people) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        people.forEach(p -> array.add(
                Json.createObjectBuilder().add("account", p.accountId()).add("name", p.displayName())));
        return array;
    }
}
