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
import org.hallway.realtime.control.Connection;
import org.hallway.realtime.control.Envelope;
import org.hallway.realtime.control.EnvelopeCodec;
import org.hallway.realtime.control.EventDoor;
import org.hallway.realtime.control.EventPipeline;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Outlet;
import org.hallway.realtime.control.Realtime;

/**
 * The event socket of docs/protocol.md: one per browser tab for the whole event. Thin: it admits
 * the socket and hands each frame to the {@link EventPipeline} (manners, parse, the handler of its
 * type, a typed {@code error}; a request with an {@code id} is answered by its handler or else with
 * {@code ack}). The handshake was checked by {@link EventHandshake}; opening checks again.
 */
@ServerEndpoint("/ws/events/{slug}")
public class EventEndpoint {

    private static final System.Logger LOG = System.getLogger(EventEndpoint.class.getName());
    private static final String STATE = "hallway.event-socket";
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();

    /** What this endpoint keeps per socket. */
    private record SocketState(Caller caller, Outlet outlet, Connection<Caller> connection) {

        SocketState(Caller caller, Outlet outlet) {
            this(caller, outlet, Connection.of(caller, outlet, new AbuseMeter()));
        }
    }

    @Inject
    EventDoor admissions;

    @Inject
    Realtime realtime;

    @Inject
    EventPipeline pipeline;

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
        var state = new SocketState(caller, Outlet.held(socket));
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
        if (socket.getUserProperties().get(STATE) instanceof SocketState state) {
            pipeline.receive(state.connection(), text);
        }
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
}
