package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hallway.account.control.Person;
import org.hallway.networking.control.Admission;
import org.hallway.networking.control.FloorRegistry;
import org.hallway.networking.control.Networking;
import org.hallway.networking.control.NetworkingMessages;
import org.hallway.networking.control.NetworkingPipeline;
import org.hallway.networking.control.Notice;
import org.hallway.networking.control.NoticeWire;
import org.hallway.networking.control.SocketRegistry;
import org.hallway.platform.Cluster;
import org.hallway.realtime.control.Connection;
import org.hallway.realtime.control.EnvelopeCodec;
import org.hallway.realtime.control.Outlet;

/**
 * Networking sockets whose session's floor another node serves (docs/protocol.md, "Several
 * nodes"). The node holding the socket keeps it (handshake, admission, the socket's manners, pings)
 * and forwards what the attendee does to the floor's node through the {@link Cluster}: {@code open}
 * with the admission, each message as received, {@code closed}. The floor's node runs them as for
 * its own sockets; what it sends back (the welcome here, notices, relays and refusals through
 * {@link SocketRegistry#send}) reaches the socket on the node that holds it. Messages go to every
 * node; only the one serving the floor acts on them.
 * <p>
 * Should this node take the floor over (its owner died), the sockets it holds for the session are
 * served here from then on without reconnecting ({@link #adopt}): among them those that reconnected
 * here while the floor had no live owner, which waited for it.
 */
@ApplicationScoped
public class RemoteFloors {

    static final String TOPIC = "hallway.networking.floors";
    private static final System.Logger LOG = System.getLogger(RemoteFloors.class.getName());
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final NoticeWire WIRE = new NoticeWire(CODEC);

    /** A socket here whose floor is elsewhere, and what serves it here should this node take the floor. */
    private record Held(Outlet outlet, Runnable adopt) {}

    private final ConcurrentMap<Long, ConcurrentMap<Long, Held>> held = new ConcurrentHashMap<>();
    /** On the floor's node: which node holds each socket served from here, per session and account. */
    private final ConcurrentMap<Long, ConcurrentMap<Long, String>> holders = new ConcurrentHashMap<>();

    @Inject
    Cluster cluster;

    @Inject
    FloorRegistry floors;

    @Inject
    Networking networking;

    @Inject
    NetworkingPipeline pipeline;

    @Inject
    SocketRegistry registry;

    @Inject
    Clock clock;

    /** Hears every node's messages from now on; called once, at start-up, by {@code NetworkingListeners}. */
    public void listen() {
        cluster.subscribe(TOPIC, this::received);
    }

    // ------------------------------------------------------------ the node holding the socket

    /**
     * A socket opened here for an attendee admitted here; its outlet is held until the welcome.
     * {@code adopt} serves it here instead, should this node take the session's floor over.
     */
    public void open(long sessionId, Admission admission, Outlet outlet, Runnable adopt) {
        held.compute(sessionId, (id, sockets) -> {
            var here = sockets == null ? new ConcurrentHashMap<Long, Held>() : sockets;
            here.put(admission.accountId(), new Held(outlet, adopt));
            return here;
        });
        Person p = admission.person();
        var person = Json.createObjectBuilder().add("id", p.id()).add("displayName", p.displayName());
        if (p.headline() != null) {
            person.add("headline", p.headline());
        }
        if (p.headshotUrl() != null) {
            person.add("headshotUrl", p.headshotUrl());
        }
        publish(
                "open",
                sessionId,
                admission.accountId(),
                Json.createObjectBuilder()
                        .add("eventId", admission.eventId())
                        .add("ticketTypeId", admission.ticketTypeId())
                        .add("person", person)
                        .add("node", cluster.nodeId())
                        .build()
                        .toString());
    }

    public void message(long sessionId, long accountId, String text) {
        publish("msg", sessionId, accountId, text);
    }

    public void closed(long sessionId, long accountId, Outlet outlet) {
        held.computeIfPresent(sessionId, (id, sockets) -> {
            sockets.computeIfPresent(accountId, (account, h) -> h.outlet() == outlet ? null : h);
            return sockets.isEmpty() ? null : sockets; // a session's last socket here gone: nothing kept
        });
        publish("closed", sessionId, accountId, cluster.nodeId());
    }

    /**
     * This node took the session's floor over: the sockets it holds for the session, served by the
     * old owner until now, are served here (each gets a new welcome, then its resumed meeting).
     * Returns how many.
     */
    public int adopt(long sessionId) {
        var sockets = held.remove(sessionId);
        if (sockets == null) {
            return 0;
        }
        int adopted = 0;
        for (Held h : sockets.values()) {
            try {
                h.adopt().run();
                adopted++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Serving a networking socket after taking its floor over failed", e);
                h.outlet().close(FloorWatch.MOVED, "The session moved; reconnecting.");
            }
        }
        return adopted;
    }

    // ------------------------------------------------------------ every node

    void received(String message) {
        int newline = message.indexOf('\n');
        String[] header = message.substring(0, newline).split(" ");
        String payload = message.substring(newline + 1);
        long sessionId = Long.parseLong(header[1]);
        long accountId = Long.parseLong(header[2]);
        if (header[0].equals("welcome")) {
            registry.outlet(sessionId, accountId).ifPresent(o -> o.open(Arrays.asList(payload.split("\n"))));
            return;
        }
        if (!floors.serves(sessionId)) {
            return; // not the floor's node
        }
        switch (header[0]) {
            case "open" -> opened(sessionId, accountId, payload);
            case "msg" -> handle(sessionId, accountId, payload);
            case "closed" -> closedElsewhere(sessionId, accountId, payload);
            default -> LOG.log(Level.WARNING, "Unknown networking message from another node: {0}", header[0]);
        }
    }

    // ------------------------------------------------------------ the floor's node

    private void opened(long sessionId, long accountId, String payload) {
        JsonObject data = Json.createReader(new StringReader(payload)).readObject();
        holders.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>()).put(accountId, data.getString("node"));
        JsonObject p = data.getJsonObject("person");
        var person = new Person(
                p.getJsonNumber("id").longValue(),
                p.getString("displayName"),
                p.getString("headline", null),
                p.getString("headshotUrl", null));
        var admission = new Admission(
                Admission.Verdict.ADMITTED,
                accountId,
                data.getJsonNumber("eventId").longValue(),
                data.getJsonNumber("ticketTypeId").longValue(),
                person);
        networking.open(sessionId, admission, welcome -> {
            List<String> first = new ArrayList<>();
            // The welcome names the node holding the socket, not this one serving the floor.
            first.add(WIRE.welcome(welcome, clock.millis(), data.getString("node")));
            for (Notice notice : welcome.forYou()) {
                first.add(WIRE.format(notice, clock.millis()));
            }
            publish("welcome", sessionId, accountId, String.join("\n", first));
        });
    }

    /** A socket another node held closed; one it held before the attendee came back elsewhere changes nothing. */
    private void closedElsewhere(long sessionId, long accountId, String node) {
        var sockets = holders.get(sessionId);
        String holder = sockets == null ? null : sockets.get(accountId);
        if (holder != null && !node.isEmpty() && !holder.equals(node)) {
            return;
        }
        if (sockets != null) {
            sockets.remove(accountId);
        }
        if (registry.outlet(sessionId, accountId).isEmpty()) {
            networking.socketClosed(sessionId, accountId);
        }
    }

    /**
     * On the floor's node: the sockets held by nodes that cannot be reached from here (a split of the
     * grid: nothing passes either way, though the holder may still keep the socket open) count as
     * closed, as a dropped socket does: a meeting waits the grace period for its attendee and the
     * partner is told. The holder closes them on its side ({@code FloorWatch}); the attendee reconnects
     * and resumes. Returns how many.
     */
    public int dropUnreachable() {
        int dropped = 0;
        for (var session : holders.entrySet()) {
            long sessionId = session.getKey();
            for (var socket : session.getValue().entrySet()) {
                if (!cluster.reachable(socket.getValue())
                        && session.getValue().remove(socket.getKey(), socket.getValue())) {
                    dropped++;
                    LOG.log(
                            Level.WARNING,
                            "Node {0} cannot be reached: its socket of account {1} in networking session"
                                    + " {2} counts as closed",
                            socket.getValue(),
                            socket.getKey(),
                            sessionId);
                    if (floors.serves(sessionId)
                            && registry.outlet(sessionId, socket.getKey()).isEmpty()) {
                        networking.socketClosed(sessionId, socket.getKey());
                    }
                }
            }
            holders.computeIfPresent(sessionId, (id, sockets) -> sockets.isEmpty() ? null : sockets);
        }
        return dropped;
    }

    /** A frame from another node's socket: through the same pipeline, its answers and errors back there. */
    private void handle(long sessionId, long accountId, String text) {
        var sender = new NetworkingMessages.Sender(sessionId, accountId, null, null);
        pipeline.handle(
                new Connection<>() {
                    @Override
                    public NetworkingMessages.Sender sender() {
                        return sender;
                    }

                    @Override
                    public void send(String frame) {
                        registry.send(sessionId, accountId, frame);
                    }

                    @Override
                    public boolean admit(long now) {
                        return true; // counted by the node holding the socket
                    }

                    @Override
                    public void refused(long now) {}
                },
                text);
    }

    private void publish(String kind, long sessionId, long accountId, String payload) {
        cluster.publish(TOPIC, kind + " " + sessionId + " " + accountId + "\n" + payload);
    }
}
