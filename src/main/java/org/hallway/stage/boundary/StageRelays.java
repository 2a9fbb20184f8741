package org.hallway.stage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hallway.room.control.RoomChanged;
import org.hallway.stage.control.JanusRooms;
import org.hallway.stage.control.StageConfiguration;
import org.hallway.stage.control.StageEnded;

/**
 * The stage relays open on this node, and what ends them: a session that ends destroys its Janus
 * room (every PeerConnection in it ends) and closes its relays; a person removed from the room
 * is kicked from the Janus room and their relays close (a new one is refused: they are removed).
 */
@ApplicationScoped
public class StageRelays {

    private static final System.Logger LOG = System.getLogger(StageRelays.class.getName());

    private final Set<Relay> open = ConcurrentHashMap.newKeySet();

    /** The audio mid each publisher offered on this node ("session:account"), for muting it in Janus. */
    private final java.util.Map<String, String> audioMids = new ConcurrentHashMap<>();

    @Inject
    StageConfiguration configuration;

    @Inject
    JanusRooms rooms;

    void add(Relay relay) {
        open.add(relay);
    }

    void remove(Relay relay) {
        open.remove(relay);
    }

    /** Notes the audio mid of a publisher's SDP offer. */
    void offered(long sessionId, long accountId, String sdp) {
        String mid = audioMid(sdp);
        if (mid != null) {
            audioMids.put(sessionId + ":" + accountId, mid);
        }
    }

    /**
     * The mid of the publisher's microphone as they offered it (through this node's relay), else
     * "0": Hallway's stage client offers its audio first.
     */
    String audioMid(long sessionId, long accountId) {
        return audioMids.getOrDefault(sessionId + ":" + accountId, "0");
    }

    /** The {@code a=mid:} of the SDP's first audio section, or null. */
    static String audioMid(String sdp) {
        boolean audio = false;
        for (String line : sdp.split("\\r?\\n")) {
            if (line.startsWith("m=")) {
                audio = line.startsWith("m=audio");
            } else if (audio && line.startsWith("a=mid:")) {
                return line.substring("a=mid:".length()).strip();
            }
        }
        return null;
    }

    void stageEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) StageEnded change) {
        if (!configuration.enabled()) {
            return;
        }
        try {
            rooms.destroyRoom(change.sessionId());
        } catch (JanusRooms.JanusUnavailable e) {
            LOG.log(Level.WARNING, "Ending the stage of session {0}: {1}", change.sessionId(), e.getMessage());
        }
        open.stream()
                .filter(r -> r.sessionId() == change.sessionId())
                .forEach(r -> r.outlet().close(StageRelay.NOT_ADMITTED, "The stage is over."));
    }

    void roomChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomChanged change) {
        if (change.what() != RoomChanged.What.REMOVED || !configuration.enabled()) {
            return;
        }
        open.stream()
                .filter(r -> r.sessionId() == change.sessionId() && r.accountId() == change.accountId())
                .forEach(r -> r.outlet().close(StageRelay.NOT_ADMITTED, "A moderator removed you from this session."));
        try {
            rooms.kick(change.sessionId(), change.accountId()); // a room that is no stage: Janus has none
        } catch (JanusRooms.JanusUnavailable e) {
            LOG.log(Level.WARNING, "Kicking from stage {0}: {1}", change.sessionId(), e.getMessage());
        }
    }
}
