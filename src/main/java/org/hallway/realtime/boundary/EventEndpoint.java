package org.hallway.realtime.boundary;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import org.hallway.platform.Cluster;
import org.hallway.realtime.control.AbuseMeter;
import org.hallway.realtime.control.Caller;
import org.hallway.realtime.control.Envelope;
import org.hallway.realtime.control.EnvelopeCodec;
import org.hallway.realtime.control.ErrorCode;
import org.hallway.realtime.control.EventDoor;
import org.hallway.realtime.control.HandlerTable;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Outlet;
import org.hallway.realtime.control.Realtime;
import org.hallway.realtime.control.Refused;
import org.hallway.realtime.control.SignallingError;

/**
 * The event socket of docs/protocol.md: one per browser tab for the whole event. Thin: it parses,
 * checks the socket's manners and hands each message to its handler from the {@link HandlerTable};
 * a request with an {@code id} is answered by its handler or else with {@code ack}, or with a typed
 * {@code error}. The handshake was checked by {@link EventHandshake}; opening checks again.
 */
@ServerEndpoint("/ws/events/{slug}")
public class EventEndpoint {

    private static final System.Logger LOG = System.getLogger(EventEndpoint.class.getName());
    private static final String STATE = "hallway.event-socket";
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();

    /** What this endpoint keeps per socket. */
    private record SocketState(Caller caller, Outlet outlet, AbuseMeter meter) {}

    @Inject
    EventDoor admissions;

    @Inject
    Realtime realtime;

    @Inject
    HandlerTable handlers;

    @Inject
    Clock clock;

    @Inject
    Cluster cluster;

    @OnOpen
    public void open(Session socket, @PathParam("slug") String slug) {
        var principal = socket.getUserPrincipal();
        var admission = principal == null ? null : admissions.admit(slug, principal.getName());
        if (admission == null || !admission.admitted()) {
            new Outlet(socket).close(CloseReason.CloseCodes.VIOLATED_POLICY.getCode(), "Not admitted.");
            return;
        }
        Caller caller = admission.caller(socket.getId());
        // Held until the greeting is queued first: a push racing the opening waits behind it.
        var state = new SocketState(caller, Outlet.held(socket), new AbuseMeter());
        if (!realtime.opened(caller, state.outlet())) {
            state.outlet().close(Outlet.TOO_MANY_SOCKETS, "Too many connections of this account.");
            return;
        }
        socket.getUserProperties().put(STATE, state);
        state.outlet()
                .open(List.of(CODEC.format(Envelope.of(
                        MessageType.OPENED,
                        CODEC.object()
                                .add("accountId", caller.accountId())
                                .add("eventId", caller.eventId())
                                .add("serverTime", EnvelopeCodec.instant(clock.millis()))
                                .add("node", cluster.nodeId())
                                .build()))));
    }

    @OnMessage(maxMessageSize = 65536)
    public void message(Session socket, String text) {
        if (!(socket.getUserProperties().get(STATE) instanceof SocketState state)) {
            return;
        }
        if (!state.meter().admit(clock.millis())) {
            refuse(
                    state,
                    ErrorCode.RATE_LIMITED,
                    "More than " + AbuseMeter.MAX_PER_SECOND + " messages a second.",
                    null);
            return;
        }
        if (EnvelopeCodec.tooLarge(text)) {
            refuse(state, ErrorCode.TOO_LARGE, "Messages are limited to " + EnvelopeCodec.MAX_BYTES + " bytes.", null);
            return;
        }
        Envelope envelope = null;
        try {
            envelope = CODEC.parse(text);
            handlers.dispatch(state.caller(), envelope);
            if (envelope.id() != null && !realtime.answered(state.caller(), envelope.id())) {
                state.outlet().send(CODEC.format(new Envelope(MessageType.ACK, envelope.id(), null, null)));
            }
        } catch (RuntimeException e) {
            String ref = envelope == null ? null : envelope.id();
            if (ref != null) {
                realtime.answered(state.caller(), ref);
            }
            failed(state, e, ref);
        }
    }

    /** A refusal (possibly wrapped by an interceptor) becomes its typed error; anything else is logged. */
    private void failed(SocketState state, RuntimeException failure, String ref) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SignallingError e) {
                refuse(state, e.code(), e.getMessage(), e.ref() != null ? e.ref() : ref);
                return;
            }
            if (t instanceof Refused r) {
                refuse(state, ErrorCode.of(r.refusal()), r.getMessage(), ref);
                return;
            }
        }
        LOG.log(Level.WARNING, "Handling a message on the event socket failed", failure);
        state.outlet().send(CODEC.error(ErrorCode.FAILED, "The server could not handle that; try again.", ref));
    }

    @OnClose
    public void close(Session socket, CloseReason reason) {
        if (socket.getUserProperties().remove(STATE) instanceof SocketState state) {
            realtime.closed(state.caller());
        }
    }

    @OnError
    public void error(Session socket, Throwable failure) {
        LOG.log(Level.DEBUG, "Event socket failed", failure);
    }

    private void refuse(SocketState state, ErrorCode code, String message, String ref) {
        state.outlet().send(CODEC.error(code, message, ref));
        if (state.meter().refused(clock.millis())) {
            state.outlet().close(CloseReason.CloseCodes.VIOLATED_POLICY.getCode(), "Too many refused messages.");
        }
    }
}
