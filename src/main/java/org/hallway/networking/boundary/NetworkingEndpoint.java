package org.hallway.networking.boundary;

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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hallway.networking.control.Admission;
import org.hallway.networking.control.FloorRegistry;
import org.hallway.networking.control.Networking;
import org.hallway.networking.control.NetworkingMessages;
import org.hallway.networking.control.NetworkingPipeline;
import org.hallway.networking.control.Notice;
import org.hallway.networking.control.NoticeWire;
import org.hallway.networking.control.SocketRegistry;
import org.hallway.platform.Cluster;
import org.hallway.platform.Ids;
import org.hallway.realtime.control.AbuseMeter;
import org.hallway.realtime.control.Connection;
import org.hallway.realtime.control.EnvelopeCodec;
import org.hallway.realtime.control.Outlet;

/**
 * The networking socket of docs/protocol.md. Thin: it admits the socket and hands each frame to
 * the {@link NetworkingPipeline} (the manners, parse, dispatch and errors every socket shares), whose
 * handlers are {@link NetworkingMessages}; the engine never makes it wait, and a refusal comes back
 * later as an {@code error} on this socket. Relays go straight to the partner's socket. The handshake was checked by {@link NetworkingHandshake}, whose admission is
 * taken over here. When another node serves the session's floor, the socket stays here and what the
 * attendee does goes to that node through {@link RemoteFloors}.
 */
@ServerEndpoint("/ws/networking/{sessionId}")
public class NetworkingEndpoint {

    private static final System.Logger LOG = System.getLogger(NetworkingEndpoint.class.getName());
    private static final String STATE = "hallway.socket";
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final NoticeWire WIRE = new NoticeWire(CODEC);

    /** What this endpoint keeps per socket; {@code remote}: its session's floor is on another node. */
    private record SocketState(
            long sessionId,
            long accountId,
            Outlet outlet,
            AbuseMeter meter,
            boolean remote,
            Connection<NetworkingMessages.Sender> connection) {}

    private SocketState state(long sessionId, long accountId, Outlet outlet, AbuseMeter meter, boolean remote) {
        var sender = new NetworkingMessages.Sender(
                sessionId,
                accountId,
                outlet,
                remote ? frame -> this.remote.message(sessionId, accountId, frame) : null);
        return new SocketState(sessionId, accountId, outlet, meter, remote, Connection.of(sender, outlet, meter));
    }

    @Inject
    NetworkingAdmissions admissions;

    @Inject
    Networking networking;

    @Inject
    NetworkingPipeline pipeline;

    @Inject
    SocketRegistry registry;

    @Inject
    FloorRegistry floors;

    @Inject
    RemoteFloors remote;

    @Inject
    Cluster cluster;

    @Inject
    Clock clock;

    /** Networking sockets (one per session) one account may hold open on this node at once. */
    @Inject
    @ConfigProperty(name = "hallway.ws.max-sockets-per-account")
    int maxSocketsPerAccount;

    @OnOpen
    public void open(Session socket, @PathParam("sessionId") String sessionIdText) {
        Long sessionId = Ids.parse(sessionIdText);
        var principal = socket.getUserPrincipal();
        Admission admission = sessionId == null || principal == null
                ? null
                : admissions
                        .handedOver(sessionId, principal.getName())
                        .orElseGet(() -> admissions.admit(sessionId, principal.getName()));
        if (admission == null || !admission.admitted()) {
            new Outlet(socket).close(CloseReason.CloseCodes.VIOLATED_POLICY.getCode(), "Not admitted.");
            return;
        }
        boolean here;
        try {
            here = floors.servedHere(sessionId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Opening a networking socket failed", e);
            new Outlet(socket).close(CloseReason.CloseCodes.UNEXPECTED_CONDITION.getCode(), "Could not open.");
            return;
        }
        // Held until the welcome is queued first: notices racing the opening wait behind it.
        var state = state(sessionId, admission.accountId(), Outlet.held(socket), new AbuseMeter(), !here);
        if (!registry.register(sessionId, admission.accountId(), state.outlet(), maxSocketsPerAccount)) {
            state.outlet().close(Outlet.TOO_MANY_SOCKETS, "Too many connections of this account.");
            return;
        }
        socket.getUserProperties().put(STATE, state);
        if (state.remote()) {
            // the floor's node sends the welcome; should this node take the floor over, it serves the socket itself
            remote.open(sessionId, admission, state.outlet(), () -> adopted(socket, state, admission));
            return;
        }
        serve(state, admission);
    }

    /** This node took the session's floor over: the socket, kept open, is served here now, a new welcome first. */
    private void adopted(Session socket, SocketState remoteState, Admission admission) {
        if (remoteState.outlet().isClosed()) {
            return;
        }
        var state = state(
                remoteState.sessionId(), remoteState.accountId(), remoteState.outlet(), remoteState.meter(), false);
        socket.getUserProperties().put(STATE, state);
        serve(state, admission);
    }

    private void serve(SocketState state, Admission admission) {
        try {
            networking.open(state.sessionId(), admission, welcome -> {
                List<String> first = new ArrayList<>();
                first.add(WIRE.welcome(welcome, clock.millis(), cluster.nodeId()));
                for (Notice notice : welcome.forYou()) {
                    first.add(WIRE.format(notice, clock.millis()));
                }
                state.outlet().open(first);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Opening a networking socket failed", e);
            state.outlet().close(CloseReason.CloseCodes.UNEXPECTED_CONDITION.getCode(), "Could not open.");
        }
    }

    @OnMessage(maxMessageSize = 65536)
    public void message(Session socket, String text) {
        if (socket.getUserProperties().get(STATE) instanceof SocketState state) {
            pipeline.receive(state.connection(), text);
        }
    }

    @OnClose
    public void close(Session socket, CloseReason reason) {
        if (socket.getUserProperties().get(STATE) instanceof SocketState state
                && registry.unregister(state.sessionId(), state.accountId(), state.outlet())) {
            if (state.remote()) {
                remote.closed(state.sessionId(), state.accountId(), state.outlet());
            } else {
                networking.socketClosed(state.sessionId(), state.accountId());
            }
        }
    }

    @OnError
    public void error(Session socket, Throwable failure) {
        LOG.log(Level.DEBUG, "Networking socket failed", failure);
    }
}
