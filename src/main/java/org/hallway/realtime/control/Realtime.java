package org.hallway.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hallway.platform.Cluster;
import org.hallway.platform.GridHealed;

/**
 * The event's realtime layer on this node: the only way features push to browsers, and the
 * subscriptions the event socket asks for. Features call {@link #publish}/{@link #sendTo} only from
 * observers of committed facts ({@code @Observes(during = AFTER_SUCCESS)}), never before a commit.
 * Pushing never blocks: every socket sends through its own bounded {@link Outlet}. On several nodes
 * a push goes through the {@link Cluster} to every node, and each delivers it to its own sockets
 * (formatted once, by the node that published it).
 */
@ApplicationScoped
public class Realtime {

    private static final System.Logger LOG = System.getLogger(Realtime.class.getName());
    /** The cluster topic of pushes: {@code c<channel>\n<frame>}, {@code a<account>\n<frame>}, {@code r<account>:<event>}. */
    static final String TOPIC = "hallway.realtime";

    private final ChannelRegistry<Outlet> registry = new ChannelRegistry<>();
    private final EnvelopeCodec codec = new EnvelopeCodec();
    /** Requests a handler answered itself (socket id and message id), so the layer does not ack them too. */
    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    @Inject
    ChannelGates gates;

    @Inject
    Cluster cluster;

    @Inject
    Event<SocketOpened> socketOpened;

    @Inject
    Event<SocketClosed> socketClosed;

    @Inject
    Event<ChannelJoined> channelJoined;

    @Inject
    Event<ChannelLeft> channelLeft;

    /** Event sockets one account may hold open on this node at once (tabs, windows, devices). */
    @Inject
    @ConfigProperty(name = "hallway.ws.max-sockets-per-account")
    int maxSocketsPerAccount;

    /** Hears every node's messages from now on; called once, at start-up, by {@code ClusterListeners}. */
    public void listen() {
        cluster.subscribe(TOPIC, this::received);
    }

    // ------------------------------------------------------------------ what features call

    /** To every socket following the channel, on every node; {@code data} gains {@code "channel"}. */
    public void publish(Channel channel, MessageType type, JsonObject data) {
        if (cluster.alone() && registry.presentCount(channel) == 0) {
            return;
        }
        JsonObject withChannel =
                codec.object(data).add("channel", channel.wire()).build();
        cluster.publish(TOPIC, "c" + channel.wire() + "\n" + codec.format(Envelope.of(type, withChannel)));
    }

    /**
     * To the sockets following the channel on this node only: for what each node works out for its
     * own sockets (a room's count across nodes); {@code data} gains {@code "channel"}.
     */
    public void publishHere(Channel channel, MessageType type, JsonObject data) {
        List<Outlet> outlets = registry.sockets(channel);
        if (!outlets.isEmpty()) {
            deliver(
                    outlets,
                    codec.format(Envelope.of(
                            type,
                            codec.object(data).add("channel", channel.wire()).build())));
        }
    }

    /** To every socket of the account, on every node, in any event and tab. */
    public void sendTo(long accountId, MessageType type, JsonObject data) {
        if (cluster.alone() && registry.socketsOf(accountId).isEmpty()) {
            return;
        }
        cluster.publish(TOPIC, "a" + accountId + "\n" + codec.format(Envelope.of(type, data)));
    }

    /**
     * Whether a push to the channel may find a socket: one follows it here, or other nodes may hold
     * some (this node does not know their sockets). For skipping work nobody would see.
     */
    public boolean mayBeFollowed(Channel channel) {
        return !cluster.alone() || registry.presentCount(channel) > 0;
    }

    /** The accounts with at least one socket following the channel on this node. */
    public Set<Long> present(Channel channel) {
        return registry.present(channel);
    }

    /** How many accounts have at least one socket following the channel on this node. */
    public int presentCount(Channel channel) {
        return registry.presentCount(channel);
    }

    /** Whether the account has at least one socket following the channel on this node. */
    public boolean isPresent(Channel channel, long accountId) {
        return registry.isPresent(channel, accountId);
    }

    /** How many sockets of the account are open for that event on this node. */
    public int sockets(long accountId, long eventId) {
        return registry.socketsOf(accountId, eventId).size();
    }

    /**
     * Answers one request on the socket it came from, with the request's {@code id}: the client's
     * {@code send} resolves with it. Call it while handling the request; a request left unanswered
     * is acknowledged by the layer with {@code ack}.
     */
    public void reply(Caller caller, Envelope request, MessageType type, JsonObject data) {
        registry.socket(caller.socketId()).ifPresent(outlet -> {
            outlet.send(codec.format(new Envelope(type, request.id(), null, data)));
            if (request.id() != null) {
                answered.add(key(caller, request.id()));
            }
        });
    }

    // ------------------------------------------------------------------ what the event socket calls

    /** The socket is kept and followed; false (and nothing kept) when its account is at the socket cap. */
    public boolean opened(Caller caller, Outlet outlet) {
        if (!registry.open(caller, outlet, maxSocketsPerAccount)) {
            return false;
        }
        socketOpened.fire(new SocketOpened(caller));
        return true;
    }

    /** Subscribes after the channel's gate admitted the caller; twice is the same as once. */
    public void subscribe(Caller caller, Channel channel) {
        gates.admit(caller, channel);
        if (registry.join(caller, channel)) {
            channelJoined.fire(new ChannelJoined(caller, channel));
        }
    }

    /** Unsubscribes; a channel not followed is no error. */
    public void unsubscribe(Caller caller, Channel channel) {
        if (registry.leave(caller, channel)) {
            channelLeft.fire(new ChannelLeft(caller, channel));
        }
    }

    public void closed(Caller caller) {
        for (Channel channel : registry.close(caller)) {
            fire(channelLeft::fire, new ChannelLeft(caller, channel));
        }
        fire(socketClosed::fire, new SocketClosed(caller));
    }

    /** Whether a handler answered the request itself (asked once, after it returned). */
    public boolean answered(Caller caller, String requestId) {
        return requestId != null && answered.remove(key(caller, requestId));
    }

    public boolean follows(Caller caller, Channel channel) {
        return registry.follows(caller, channel);
    }

    /**
     * The account's sockets stop following the channel on every node (a moderator removed the
     * person from a room): each is told with {@code unsubscribed} {@code {"channel","removed":true}}
     * and a gate refuses it should it subscribe again. Call it after the removal committed.
     */
    public void expel(long accountId, Channel channel) {
        cluster.publish(TOPIC, "x" + accountId + "\n" + channel.wire());
    }

    /**
     * The grid healed after a split ({@link GridHealed}): pushes published on the other side meanwhile
     * never reached this node's sockets. Each is asked to reconnect (1012); the page then subscribes
     * again and reloads its chats from the database, catching up what it missed.
     */
    void gridHealed(@Observes GridHealed healed) {
        List<Outlet> sockets = registry.all();
        LOG.log(
                Level.WARNING,
                "Node {0} is reached again after a split of the data grid: {1} event sockets here are"
                        + " asked to reconnect and catch up",
                healed.node(),
                sockets.size());
        sockets.forEach(o -> o.close(Outlet.RESYNC, "The servers were out of touch; reconnecting."));
    }

    /** Closes the account's event sockets of that event on every node (its ticket was revoked; call after the commit). */
    public void revoked(long accountId, long eventId) {
        cluster.publish(TOPIC, "r" + accountId + ":" + eventId);
    }

    /** A push published on any node (this one included), for this node's sockets. */
    void received(String message) {
        int newline = message.indexOf('\n');
        String target = message.substring(1, newline < 0 ? message.length() : newline);
        switch (message.charAt(0)) {
            case 'c' -> deliver(registry.sockets(Channel.parse(target)), message.substring(newline + 1));
            case 'a' -> deliver(registry.socketsOf(Long.parseLong(target)), message.substring(newline + 1));
            case 'r' -> {
                int colon = target.indexOf(':');
                registry.socketsOf(
                                Long.parseLong(target.substring(0, colon)), Long.parseLong(target.substring(colon + 1)))
                        .forEach(o -> o.close(Outlet.REVOKED, "Your ticket was revoked."));
            }
            case 'x' -> {
                Channel channel = Channel.parse(message.substring(newline + 1));
                String notice = codec.format(Envelope.of(
                        MessageType.UNSUBSCRIBED,
                        Json.createObjectBuilder()
                                .add("channel", channel.wire())
                                .add("removed", true)
                                .build()));
                for (Caller caller : registry.expel(Long.parseLong(target), channel)) {
                    registry.socket(caller.socketId()).ifPresent(outlet -> outlet.send(notice));
                    fire(channelLeft::fire, new ChannelLeft(caller, channel));
                }
            }
            default ->
                LOG.log(
                        Level.WARNING,
                        "An unknown realtime push from another node: {0}",
                        message.substring(0, Math.min(40, message.length())));
        }
    }

    private static void deliver(List<Outlet> outlets, String text) {
        // queued on every socket before any goes out: a batch reaches all queues first
        List<Outlet> queued = new java.util.ArrayList<>(outlets.size());
        for (Outlet outlet : outlets) {
            if (outlet.enqueue(text)) {
                queued.add(outlet);
            }
        }
        queued.forEach(Outlet::flush);
    }

    /** A closing socket's events: an observer's failure must not keep the others from theirs. */
    private static <T> void fire(Consumer<T> fire, T event) {
        try {
            fire.accept(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of " + event + " failed", e);
        }
    }

    private static String key(Caller caller, String requestId) {
        return caller.socketId() + '\u0000' + requestId;
    }
}
