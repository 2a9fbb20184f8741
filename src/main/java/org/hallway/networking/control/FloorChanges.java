package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.SessionState;
import org.hallway.networking.boundary.SessionLoader;
import org.hallway.platform.Cluster;

/**
 * Committed changes a live floor must follow, made anywhere: new networking rules, a session
 * started or ended (by an organiser or the scheduler), a block or low rating. A change may be made
 * on a node that does not serve the session's floor, so each goes to every node through the
 * {@link Cluster} and the node serving the floor applies it (this node's floors at once, on the
 * committing thread, as before there were several nodes). A node serving no such floor ignores it.
 */
@ApplicationScoped
public class FloorChanges {

    static final String TOPIC = "hallway.networking.changes";
    private static final System.Logger LOG = System.getLogger(FloorChanges.class.getName());

    @Inject
    Cluster cluster;

    @Inject
    FloorRegistry floors;

    @Inject
    SessionLoader loader;

    @Inject
    Networking networking;

    /** Hears every node's changes from now on; called once, at start-up. */
    public void listen() {
        cluster.subscribe(TOPIC, this::received);
    }

    void onRulesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) NetworkingRulesChanged change) {
        cluster.publish(TOPIC, "rules " + change.sessionId());
    }

    void onSessionStateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionStateChanged change) {
        cluster.publish(
                TOPIC,
                "state " + change.sessionId() + " " + change.eventId() + " "
                        + change.state().name());
    }

    void onBlocked(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonBlocked blocked) {
        blocksChanged(blocked.eventId());
    }

    /** The event's blocks (or ratings) changed, committed: every floor of the event, on any node, matches by them. */
    public void blocksChanged(long eventId) {
        cluster.publish(TOPIC, "blocks " + eventId);
    }

    void received(String message) {
        String[] words = message.split(" ");
        try {
            switch (words[0]) {
                case "rules" -> {
                    long sessionId = Long.parseLong(words[1]);
                    floors.existing(sessionId)
                            .ifPresent(s ->
                                    s.floor().change(loader.terms(sessionId), loader.policy(sessionId, s.eventId())));
                }
                case "state" ->
                    networking.sessionChanged(new SessionStateChanged(
                            Long.parseLong(words[1]), Long.parseLong(words[2]), SessionState.valueOf(words[3])));
                case "blocks" -> {
                    long eventId = Long.parseLong(words[1]);
                    for (NetworkingSession each : floors.ofEvent(eventId)) {
                        each.floor().change(loader.policy(each.sessionId(), eventId));
                    }
                }
                default -> LOG.log(Level.WARNING, "Unknown floor change from another node: {0}", message);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Applying the floor change \"" + message + "\" failed", e);
        }
    }
}
