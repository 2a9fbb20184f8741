package org.hallway.stage.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import org.hallway.platform.Rejected;
import org.hallway.realtime.control.Outlet;
import org.hallway.stage.control.JanusRooms;
import org.hallway.stage.control.StageConfiguration;
import org.hallway.stage.control.StagePass;
import org.hallway.stage.control.StageRules;

/**
 * A browser's only way to Janus (docs/protocol.md, "The stage relay"): janus.js speaks Janus's
 * WebSocket API ({@code janus-protocol}) to this endpoint, which opens one connection to Janus for
 * it, checks every message with {@link StageRules} (refused ones are answered with a Janus
 * {@code error} and never reach Janus), adds the API secret and relays Janus's answers and events
 * back unchanged. Opening checks the person's pass on the session's stage and makes sure the
 * session's Janus room exists.
 */
@ServerEndpoint(value = "/ws/stage/{session}", subprotocols = "janus-protocol")
public class StageRelay {

    private static final System.Logger LOG = System.getLogger(StageRelay.class.getName());
    private static final String STATE = "hallway.stage-relay";

    /** A close code of ours: the person may not be on this stage (the browser does not retry). */
    public static final int NOT_ADMITTED = 4003;

    @Inject
    StageDesk desk;

    @Inject
    StageConfiguration configuration;

    @Inject
    JanusRooms rooms;

    @Inject
    StageRelays relays;

    @OnOpen
    public void open(Session socket, @PathParam("session") String session) {
        Outlet outlet = new Outlet(socket);
        var principal = socket.getUserPrincipal();
        long sessionId;
        try {
            sessionId = Long.parseLong(session);
        } catch (NumberFormatException e) {
            outlet.close(NOT_ADMITTED, "No such stage.");
            return;
        }
        if (principal == null || !configuration.enabled()) {
            outlet.close(NOT_ADMITTED, "No stage here.");
            return;
        }
        StagePass pass;
        try {
            pass = desk.pass(sessionId, principal.getName());
        } catch (Rejected e) {
            outlet.close(NOT_ADMITTED, reason(e.getMessage()));
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Opening the stage of session " + sessionId + " failed", e);
            outlet.close(CloseReason.CloseCodes.UNEXPECTED_CONDITION.getCode(), "The stage failed; try again.");
            return;
        }
        Upstream upstream;
        try {
            rooms.ensureRoom(pass.room(), "Hallway session " + sessionId);
            upstream = Upstream.open(configuration.webSocketApi(), outlet);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The stage of session {0} cannot reach Janus: {1}", sessionId, e.getMessage());
            outlet.close(CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode(), "The stage's media server is unreachable.");
            return;
        }
        Relay relay = new Relay(sessionId, pass.accountId(), outlet, upstream);
        socket.getUserProperties().put(STATE, relay);
        relays.add(relay);
    }

    @OnMessage(maxMessageSize = 262144)
    public void message(Session socket, String text) {
        if (!(socket.getUserProperties().get(STATE) instanceof Relay relay)) {
            return;
        }
        JsonObject message;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            message = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            relay.outlet().send(StageRules.error(null, "Not a JSON object.").toString());
            return;
        }
        StageRules.Verdict verdict;
        try {
            synchronized (relay.state()) {
                verdict = StageRules.check(
                        message,
                        relay.state(),
                        () -> desk.pass(relay.sessionId(), relay.accountId()),
                        configuration.apiSecret());
            }
        } catch (Rejected e) {
            verdict = new StageRules.Verdict(null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking a stage request failed", e);
            verdict = new StageRules.Verdict(null, "The stage could not check that; try again.");
        }
        if (verdict.refused()) {
            LOG.log(
                    Level.DEBUG,
                    "Stage {0}: refused from account {1}: {2}",
                    relay.sessionId(),
                    relay.accountId(),
                    verdict.refusal());
            relay.outlet().send(StageRules.error(message, verdict.refusal()).toString());
            return;
        }
        if (message.get("jsep") instanceof jakarta.json.JsonObject jsep
                && jsep.get("sdp") instanceof jakarta.json.JsonString sdp
                && "offer".equals(jsep.getString("type", ""))) {
            relays.offered(relay.sessionId(), relay.accountId(), sdp.getString());
        }
        relay.upstream().send(verdict.forward().toString());
    }

    @OnClose
    public void close(Session socket, CloseReason reason) {
        if (socket.getUserProperties().remove(STATE) instanceof Relay relay) {
            relays.remove(relay);
            relay.upstream().close();
        }
    }

    @OnError
    public void error(Session socket, Throwable failure) {
        LOG.log(Level.DEBUG, "Stage relay socket failed", failure);
    }

    /** A close reason is at most 123 bytes. */
    private static String reason(String message) {
        return message.length() > 100 ? message.substring(0, 100) : message;
    }
}
