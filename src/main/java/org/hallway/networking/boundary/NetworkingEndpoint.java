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
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hallway.networking.control.Admission;
import org.hallway.networking.control.FloorRegistry;
import org.hallway.networking.control.Networking;
import org.hallway.networking.control.NetworkingMessages;
import org.hallway.networking.control.Notice;
import org.hallway.networking.control.NoticeWire;
import org.hallway.networking.control.SocketRegistry;
import org.hallway.platform.Cluster;
import org.hallway.platform.Ids;
import org.hallway.realtime.control.AbuseMeter;
import org.hallway.realtime.control.Envelope;
import org.hallway.realtime.control.EnvelopeCodec;
import org.hallway.realtime.control.ErrorCode;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Outlet;
import org.hallway.realtime.control.Refused;
import org.hallway.realtime.control.SignallingError;

/**
 * The networking socket of docs/protocol.md. Thin: it parses, checks the socket's manners and
 * hands each message to its row of the {@link NetworkingMessages} table; the engine never makes it
 * wait, and a refusal comes back later as an {@code error} on this socket. Relays go straight to the
 * partner's socket. The handshake was checked by {@link NetworkingHandshake}, whose admission is
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
    private record SocketState(long sessionId, long accountId, Outlet outlet, AbuseMeter meter, boolean remote) {}

    @Inject
    NetworkingAdmissions admissions;

    @Inject
    Networking networking;

    @Inject
    NetworkingMessages messages;

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
        var state = new SocketState(sessionId, admission.accountId(), Outlet.held(socket), new AbuseMeter(), !here);
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
        var state = new SocketState(
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
        if (!(socket.getUserProperties().get(STATE) instanceof SocketState state)) {
            return;
        }
        long now = clock.millis();
        if (!state.meter().admit(now)) {
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
            handle(state, envelope, text);
        } catch (SignallingError e) {
            refuse(state, e.code(), e.getMessage(), e.ref());
        } catch (Refused e) {
            refuse(state, ErrorCode.of(e.refusal()), e.getMessage(), envelope == null ? null : envelope.id());
        }
    }

    private void handle(SocketState s, Envelope envelope, String text) {
        if (s.remote() && envelope.type() != MessageType.PING) {
            remote.message(s.sessionId(), s.accountId(), text);
            return;
        }
        Consumer<Refused> refused = r -> refuse(s, ErrorCode.of(r.refusal()), r.getMessage(), envelope.id());
        messages.dispatch(new NetworkingMessages.Sender(s.sessionId(), s.accountId(), s.outlet()), envelope, refused);
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

    private void refuse(SocketState state, ErrorCode code, String message, String ref) {
        state.outlet().send(CODEC.error(code, message, ref));
        if (state.meter().refused(clock.millis())) {
            state.outlet().close(CloseReason.CloseCodes.VIOLATED_POLICY.getCode(), "Too many refused messages.");
        }
    }
}
