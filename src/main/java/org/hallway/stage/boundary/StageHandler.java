package org.hallway.stage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.hallway.platform.Rejected;
import org.hallway.realtime.control.Caller;
import org.hallway.realtime.control.Envelope;
import org.hallway.realtime.control.MessageHandler;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Realtime;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;
import org.hallway.realtime.control.Request;
import org.hallway.stage.control.JanusRooms;
import org.hallway.stage.control.StageConfiguration;

/**
 * The stage's messages on the event socket (docs/protocol.md, "The live stage"): raise a hand,
 * and for moderators bring someone on stage, take them off, mute their microphone (Janus
 * {@code moderate}); {@code stage-lineup} answers who is on stage and whose hand is up.
 */
@ApplicationScoped
public class StageHandler implements MessageHandler<Caller> {

    @Inject
    StageDesk desk;

    @Inject
    StageRelays relays;

    @Inject
    JanusRooms rooms;

    @Inject
    StageConfiguration configuration;

    @Inject
    Realtime realtime;

    @Override
    public Set<MessageType> types() {
        return Set.of(
                MessageType.STAGE_HAND,
                MessageType.STAGE_INVITE,
                MessageType.STAGE_OFF,
                MessageType.STAGE_MUTE,
                MessageType.STAGE_LINEUP);
    }

    @Override
    public void handle(Request<Caller> request) {
        Caller caller = request.sender();
        Envelope message = request.message();
        long me = caller.accountId();
        long session = id(message, "session");
        if (!configuration.enabled()) {
            throw new Refused(Refusal.INVALID, "This site has no live stage.");
        }
        try {
            switch (message.type()) {
                case STAGE_HAND -> desk.raiseHand(session, me, !"false".equals(String.valueOf(raised(message))));
                case STAGE_INVITE -> desk.bringOnStage(session, me, id(message, "account"));
                case STAGE_OFF -> desk.takeOffStage(session, me, id(message, "account"));
                case STAGE_MUTE -> {
                    long account = id(message, "account");
                    desk.requireModerator(session, me);
                    if (!rooms.moderate(session, account, relays.audioMid(session, account), true)) {
                        throw new Refused(Refusal.INVALID, "They are not publishing on this stage.");
                    }
                }
                case STAGE_LINEUP ->
                    realtime.reply(
                            caller, message, MessageType.STAGE_CHANGED, StagePush.wire(desk.lineup(session, me)));
                default -> throw new Refused(Refusal.INVALID);
            }
        } catch (Refused e) {
            throw e;
        } catch (Rejected e) {
            throw new Refused(Refusal.INVALID, e.getMessage());
        } catch (JanusRooms.JanusUnavailable e) {
            throw new Refused(Refusal.INVALID, "The stage's media server is unreachable; try again.");
        }
    }

    private static Object raised(Envelope message) {
        return message.data() == null ? null : message.data().get("raised");
    }

    private static long id(Envelope message, String field) {
        Long id = message.optionalLong(field);
        if (id == null || id <= 0) {
            throw new Refused(Refusal.INVALID, "The field " + field + " must be a positive id.");
        }
        return id;
    }
}
