package org.hallway.load;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One attendee on the networking socket (docs/protocol.md): ready, matched, offer/answer and
 * {@value SignalPayloads#CANDIDATES} candidates each way through {@code signal}, media-flowing,
 * sometimes a connection request, leave after a random time (the offerer leaves, so the two never
 * race), and ready again. Everything it sees goes to the crowd's current {@link Metrics}.
 */
final class SimulatedAttendee implements LoadSocket.Handler {

    enum State { CONNECTING, IDLE, READY, MEETING }

    private static final String READY = "{\"type\":\"ready\"}";
    private static final String UNREADY = "{\"type\":\"unready\"}";
    private static final String MEDIA_FLOWING = "{\"type\":\"media-flowing\"}";
    private static final String CONNECT = "{\"type\":\"connect\"}";
    private static final String LEAVE = "{\"type\":\"leave\"}";
    static final String PING = "{\"type\":\"ping\",\"id\":\"keep-alive\"}";

    final int index;
    final String email;
    volatile String cookie;
    volatile long accountId;
    volatile long readyAtNanos;
    /** Which of the crowd's routes (balancer, or a node's own port) this attendee logs in and connects through. */
    volatile int route;
    /** The node holding this attendee's socket: the welcome's {@code node}, else the direct route's node; null: unknown. */
    volatile String node;
    private volatile CompletableFuture<Void> welcomed = new CompletableFuture<>();

    private final HallwayCrowd crowd;
    private LoadSocket socket;
    private State state = State.CONNECTING;
    private long meetingId;
    private long partnerId;
    private String endsAt = "";
    private int reconnects;
    private boolean offerer;
    private long matchedAtNanos;
    private boolean sdpReceived;
    private int candidatesReceived;
    private boolean mediaSent;
    private boolean timeoutCounted;
    private boolean leaving;
    private ScheduledFuture<?> pending;

    SimulatedAttendee(HallwayCrowd crowd, int index, String email) {
        this.crowd = crowd;
        this.index = index;
        this.email = email;
    }

    /** Before each attempt to open the socket: a fresh welcome to wait for. */
    CompletableFuture<Void> expectWelcome() {
        welcomed = new CompletableFuture<>();
        return welcomed;
    }

    void attach(LoadSocket socket) {
        this.socket = socket;
    }

    CompletableFuture<Void> welcomed() {
        return welcomed;
    }

    synchronized State state() {
        return state;
    }

    /** Starts cycling: ready now (when idle). */
    synchronized void start() {
        if (state == State.IDLE) {
            sendReady();
        }
    }

    /** Stops cycling: out of the pool; the offerer of a meeting leaves it now; then the attendee stays idle. */
    synchronized void stop() {
        if (state == State.READY) {
            socket.send(UNREADY);
            state = State.IDLE;
        } else if (state == State.MEETING && offerer && !leaving) {
            if (pending != null) {
                pending.cancel(false);
            }
            leaving = true;
            socket.send(LEAVE);
        }
    }

    private void sendReady() {
        state = State.READY;
        timeoutCounted = false;
        readyAtNanos = System.nanoTime();
        socket.send(READY);
    }

    @Override
    public void text(String message) {
        JsonObject json = Json.parse(message);
        String type = json.getString("type", "");
        JsonObject data = json.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        Metrics metrics = crowd.metrics();
        switch (type) {
            case "welcome" -> {
                accountId = data.getJsonObject("you").getJsonNumber("id").longValue();
                node = data.get("node") instanceof jakarta.json.JsonString n ? n.getString() : crowd.routeNode(route);
                synchronized (this) {
                    state = State.IDLE;
                }
                welcomed.complete(null);
            }
            case "matched" -> matched(data, metrics);
            case "signal" -> signal(data, metrics);
            case "connection" -> {
                if ("incoming".equals(data.getString("state", ""))) {
                    // Names the meeting: the request may arrive after the offerer left it.
                    send("{\"type\":\"connect\",\"data\":{\"meetingId\":"
                            + data.getJsonNumber("meetingId").longValue() + "}}", metrics);
                }
            }
            case "meeting-ended" -> ended(data.getString("reason", "?"), metrics);
            case "error" -> {
                String code = data.getString("code", "?");
                metrics.error("error " + code);
                crowd.firstError("error " + code + ": " + data.getString("message", "") + " (" + email + ")");
            }
            case "session-ended", "partner-lost" -> metrics.error(type);
            default -> {
                // queue, pong, connection states, extension offers: nothing to do
            }
        }
    }

    private synchronized void matched(JsonObject data, Metrics metrics) {
        long now = System.nanoTime();
        if (data.getBoolean("resumed", false)) {
            resumed(data, now);
            return;
        }
        if (state != State.READY) {
            metrics.error("matched while " + state.name().toLowerCase());
        } else {
            Metrics.record(metrics.readyToMatched, now - readyAtNanos);
        }
        enter(data);
        matchedAtNanos = now;
        sdpReceived = false;
        candidatesReceived = 0;
        mediaSent = false;
        timeoutCounted = false;
        leaving = false;
        if (offerer) {
            metrics.meetings.increment();
            SimulatedAttendee partner = crowd.byAccount(partnerId);
            if (partner != null) {
                Metrics.record(metrics.pairingService, now - Math.max(readyAtNanos, partner.readyAtNanos));
            }
            send(SignalPayloads.offer("signal"), metrics);
            for (int i = 0; i < SignalPayloads.CANDIDATES; i++) {
                send(SignalPayloads.candidate("signal", i), metrics);
            }
            long meeting = meetingId;
            pending = crowd.schedule(() -> leave(meeting), crowd.dwellMillis());
        }
    }

    /**
     * Back in a meeting after a reconnect (a failover): the meeting goes on as it was, its signals
     * exchanged already; the crowd's failover tally hears which meeting and which end.
     */
    private void resumed(JsonObject data, long now) {
        enter(data);
        mediaSent = true;
        leaving = false;
        crowd.resumed(accountId, meetingId, endsAt, now);
    }

    /** In the meeting a {@code matched} names (new or resumed). */
    private void enter(JsonObject data) {
        state = State.MEETING;
        meetingId = data.getJsonNumber("meetingId").longValue();
        offerer = "offerer".equals(data.getString("role", ""));
        partnerId = data.getJsonObject("partner").getJsonNumber("id").longValue();
        endsAt = data.getString("endsAt", "");
    }

    /** The meeting this attendee is in right now (for the failover's snapshot), or null. */
    synchronized FailoverTally.Seat seat() {
        return state == State.MEETING && !leaving ? new FailoverTally.Seat(meetingId, endsAt) : null;
    }

    /** Stays in the current meeting (no leave scheduled), as during a failover measurement. */
    synchronized void stay() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private synchronized void signal(JsonObject data, Metrics metrics) {
        if (data.get("sentNanos") instanceof jakarta.json.JsonNumber sent) {
            SimulatedAttendee partner = crowd.byAccount(partnerId);
            metrics.recordRelay(System.nanoTime() - sent.longValue(), partner == null ? null : partner.node, node);
        }
        if (state != State.MEETING) {
            return; // a late relay from a meeting that just ended
        }
        if (data.get("sdp") instanceof JsonObject sdp) {
            sdpReceived = true;
            if ("offer".equals(sdp.getString("type", "")) && !offerer) {
                send(SignalPayloads.answer("signal"), metrics);
                for (int i = 0; i < SignalPayloads.CANDIDATES; i++) {
                    send(SignalPayloads.candidate("signal", i), metrics);
                }
            }
        } else if (data.containsKey("candidate")) {
            candidatesReceived++;
        }
        if (sdpReceived && candidatesReceived >= SignalPayloads.CANDIDATES && !mediaSent) {
            mediaSent = true;
            send(MEDIA_FLOWING, metrics);
            if (offerer && crowd.connects()) {
                send(CONNECT, metrics);
            }
        }
    }

    private synchronized void leave(long meeting) {
        if (state == State.MEETING && meetingId == meeting && !leaving) {
            leaving = true;
            send(LEAVE, crowd.metrics());
        }
    }

    private synchronized void ended(String reason, Metrics metrics) {
        if (!reason.equals("left") && !reason.equals("partner-left")) {
            metrics.error("meeting ended: " + reason);
        }
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        state = State.IDLE;
        if (crowd.running()) {
            pending = crowd.schedule(this::readyAgain, crowd.thinkMillis());
        }
    }

    private synchronized void readyAgain() {
        if (state == State.IDLE && crowd.running()) {
            sendReady();
        }
    }

    /** Called every second: counts a wait for a match or for the partner's signals that is too long, once. */
    synchronized void checkTimeouts(long now, Metrics metrics) {
        if (timeoutCounted) {
            return;
        }
        if (state == State.READY && now - readyAtNanos > crowd.matchTimeoutNanos()) {
            timeoutCounted = true;
            metrics.error("timeout: no match within " + TimeUnit.NANOSECONDS.toSeconds(crowd.matchTimeoutNanos()) + " s");
        } else if (state == State.MEETING && !mediaSent && now - matchedAtNanos > crowd.signalTimeoutNanos()) {
            timeoutCounted = true;
            metrics.error("timeout: partner's signals incomplete after "
                    + TimeUnit.NANOSECONDS.toSeconds(crowd.signalTimeoutNanos()) + " s");
        }
    }

    private void send(String text, Metrics metrics) {
        metrics.sent.increment();
        socket.send(text);
    }

    @Override
    public void closed(int code, String reason, boolean byUs) {
        if (!byUs) {
            crowd.metrics().error("closed by server " + code);
            crowd.firstError("socket of " + email + " closed: " + code + " " + reason);
        }
        dropped(byUs, code == HallwayCrowd.MOVED);
        welcomed.completeExceptionally(new IllegalStateException("closed " + code + " " + reason));
    }

    @Override
    public void failed(Throwable failure) {
        crowd.metrics().error("socket failure " + failure.getClass().getSimpleName());
        crowd.firstError("socket of " + email + " failed: " + failure);
        if (!isOpen()) {
            dropped(false, false);
        }
        welcomed.completeExceptionally(failure);
    }

    /**
     * The socket is gone: during a failover, reconnect as the browser does (realtime/connection.js:
     * back-off 1 s, 2 s, 4 s, ...; after a 1012, "moved", within half a second and no back-off step).
     */
    private void dropped(boolean byUs, boolean moved) {
        synchronized (this) {
            state = State.CONNECTING;
        }
        if (!byUs && crowd.reconnecting()) {
            if (moved) {
                crowd.reconnectMoved(this);
            } else {
                crowd.reconnect(this, nextAttempt());
            }
        }
    }

    /** The number of this reconnect attempt since the socket last opened (0: the first). */
    synchronized int nextAttempt() {
        return reconnects++;
    }

    /** A reconnect's socket opened: the back-off starts over, as in the browser. */
    synchronized void opened() {
        reconnects = 0;
    }

    void close() {
        if (socket != null) {
            socket.close();
        }
    }

    /** The browser's keep-alive (answered by {@code pong}, which changes nothing). */
    void ping() {
        LoadSocket s = socket;
        if (s != null && isOpen()) {
            s.send(PING);
        }
    }

    boolean isOpen() {
        return socket != null && socket.isOpen();
    }
}
