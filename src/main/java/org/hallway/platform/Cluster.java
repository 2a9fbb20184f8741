package org.hallway.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Messages between the nodes of one deployment: {@link #publish} reaches the receivers of a topic
 * on every node, this one included (synchronously here, through the data grid elsewhere). On
 * Payara with its data grid up, the grid is Hazelcast's (JNDI {@code payara/Hazelcast}, one ITopic
 * per topic; measured p99 5–9 ms between two nodes here), reached through {@link HazelcastGrid},
 * the one class that names Hazelcast's types, loaded only when Payara's JNDI holds a grid: on
 * WildFly, with {@code --nohazelcast} or {@code --nocluster}, there is no grid and a message stays
 * on this node. The only server-specific API of the clustering work lives here.
 */
@ApplicationScoped
public class Cluster {

    static final String HAZELCAST_JNDI = "payara/Hazelcast";
    /** Each node says it is alive here every second ({@link #beat}). */
    static final String HEARTBEAT = "hallway.nodes";
    /** A node not heard for this long cannot be reached from here (a dead node, or a split of the grid). */
    public static final long UNREACHABLE_AFTER_MILLIS = 3_000;
    /**
     * Silence after which a node heard again means a healed split ({@link GridHealed}). Shorter gaps
     * lose nothing: the grid keeps its connection and TCP delivers what waited; after a longer one
     * the grid may have dropped the member and, with it, the messages to it.
     */
    public static final long HEALED_AFTER_MILLIS = 10_000;

    private static final System.Logger LOG = System.getLogger(Cluster.class.getName());

    /**
     * What the cluster needs of a data grid: send a text on a topic to the other members, hear
     * the texts other members sent, and how many members there are.
     */
    interface Grid {
        void publish(String topic, String message);

        void listen(String topic, Consumer<String> fromOthers);

        int members();

        String memberId();

        void close();
    }

    private final Map<String, List<Consumer<String>>> receivers = new ConcurrentHashMap<>();
    /** One thread per topic hands the other nodes' messages over, in order, with the application's context. */
    private final Map<String, ExecutorService> handovers = new ConcurrentHashMap<>();

    @Resource
    ManagedThreadFactory factory;
    /** Names this node in welcomes, leases, presence reports and {@value #NODE_HEADER}: one name everywhere. */
    private volatile String name;

    private volatile Grid grid;
    /** A node's last heartbeat: which run of it (a restarted node is another), and when (monotonic nanoseconds). */
    private record Beat(String run, long at) {}

    /** The last heartbeat of each node, this one included. */
    private final Map<String, Beat> heard = new ConcurrentHashMap<>();
    /** This run of this node: a node restarted under the same name is not a healed split. */
    private final String run = UUID.randomUUID().toString();

    @Inject
    Event<GridHealed> healed;

    private final LongSupplier nanos;
    private final long joined;

    /** The response header naming the node that served a request (a balancer passes it on). */
    public static final String NODE_HEADER = "X-Hallway-Node";

    public Cluster() {
        this(null, derivedName(), System::nanoTime);
    }

    /** For tests: a cluster on the given grid (null: alone). */
    Cluster(Grid grid) {
        this(grid, derivedName(), System::nanoTime);
    }

    /** For tests: a node of the given name on the given grid, its time from {@code nanos}. */
    Cluster(Grid grid, String name, LongSupplier nanos) {
        this.grid = grid;
        this.name = name;
        this.nanos = nanos;
        this.joined = nanos.getAsLong();
    }

    @PostConstruct
    void join() {
        name = ConfigProvider.getConfig()
                .getOptionalValue("hallway.node", String.class)
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .orElse(name);
        if (name.length() > 64) {
            throw new IllegalStateException("hallway.node must be at most 64 characters: " + name);
        }
        grid = lookupGrid();
        listenForBeats();
        LOG.log(
                Level.INFO,
                grid == null
                        ? "No data grid: this node (" + name + ") serves alone"
                        : "Data grid joined as node " + name + " (grid member " + grid.memberId() + ", "
                                + grid.members() + " members)");
    }

    /**
     * The grid when Payara runs one for this node; null on any other server or without it. Only an
     * instance found in JNDI loads {@link HazelcastGrid}, the one class naming Hazelcast's types.
     */
    static Grid lookupGrid() {
        Object instance;
        try {
            instance = new InitialContext().lookup(HAZELCAST_JNDI);
        } catch (NamingException | RuntimeException e) {
            return null;
        }
        if (instance == null) {
            return null;
        }
        try {
            var found = new HazelcastGrid(instance);
            found.members(); // a disabled grid fails here
            return found;
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Payara's data grid is not usable; this node serves alone", e);
            return null;
        }
    }

    /**
     * Without {@code hallway.node}: the host's name and this process's id, unique among nodes on
     * one machine and stable while the node runs (a grid member's id is not: it changes when a
     * member re-merges after a split).
     */
    static String derivedName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | RuntimeException e) {
            host = "node";
        }
        String derived = host + "-" + ProcessHandle.current().pid();
        return derived.length() <= 64 ? derived : derived.substring(derived.length() - 64);
    }

    @PreDestroy
    void leave() {
        Grid g = grid;
        grid = null;
        if (g != null) {
            g.close();
        }
        handovers.values().forEach(ExecutorService::shutdown);
    }

    /** Hears the other nodes' heartbeats (a method of its own so that tests on a fake grid hear them too). */
    void listenForBeats() {
        if (grid != null) {
            subscribe(HEARTBEAT, this::heard);
        }
    }

    /** A heartbeat ({@code <node> <run>}); true when it ends a silence long enough to be a healed split. */
    boolean heard(String heartbeat) {
        int space = heartbeat.indexOf(' ');
        String node = space < 0 ? heartbeat : heartbeat.substring(0, space);
        String of = space < 0 ? "" : heartbeat.substring(space + 1);
        long now = nanos.getAsLong();
        Beat before = heard.put(node, new Beat(of, now));
        boolean healedNow = before != null
                && before.run().equals(of)
                && !node.equals(name)
                && now - before.at() >= HEALED_AFTER_MILLIS * 1_000_000;
        if (healedNow && healed != null) {
            healed.fire(new GridHealed(node));
        }
        return healedNow;
    }

    /** Says to every node that this one is alive; called every second (by {@link ClusterHeartbeat}). */
    public void beat() {
        if (grid != null) {
            publish(HEARTBEAT, name + " " + run);
        }
    }

    /**
     * Whether messages from here reach {@code node} and back: this node itself, any node when there is
     * no grid, else a node heard within {@value #UNREACHABLE_AFTER_MILLIS} ms. The grid's own member
     * list is no answer: across a split both nodes stay members for up to a minute, and every message
     * between them is lost meanwhile. A node that has just joined gives the others that long to be heard.
     */
    public boolean reachable(String node) {
        if (grid == null || name.equals(node)) {
            return true;
        }
        long now = nanos.getAsLong();
        Beat beat = heard.get(node);
        long last = Math.max(joined, beat == null ? joined : beat.at());
        return now - last < UNREACHABLE_AFTER_MILLIS * 1_000_000;
    }

    /**
     * This node's name, stable while it runs: {@code hallway.node} when configured (the cluster
     * commands name their nodes node1, node2 ...), else derived from the host and process. It names
     * the node in welcomes, floor leases and {@value #NODE_HEADER}; nodes of one deployment must
     * have different names.
     */
    public String nodeId() {
        return name;
    }

    /**
     * True when this node is part of a data grid (of any size, itself alone included): other nodes
     * may join at any time, so what must be owned by one node is owned by lease.
     */
    public boolean clustered() {
        return grid != null;
    }

    /** True when no other node can hear this one (no grid, or a grid of one member). */
    public boolean alone() {
        Grid g = grid;
        return g == null || g.members() <= 1;
    }

    /**
     * Makes {@code receiver} hear every message published on {@code topic}, on any node. Receivers
     * must not block: they run on the publisher's thread here, and for messages from other nodes
     * on one thread of the topic's (made by the container, so CDI, JPA and JTA work there as on a
     * request's thread; the grid's own event threads belong to the server, where an application
     * bean may not even be found), in the order each node published them.
     */
    public void subscribe(String topic, Consumer<String> receiver) {
        receivers
                .computeIfAbsent(topic, t -> {
                    Grid g = grid;
                    if (g != null) {
                        Executor handover = factory == null
                                ? Runnable::run
                                : handovers.computeIfAbsent(
                                        t,
                                        x -> StartedPools.fixed(
                                                1, factory)); // made now, on the subscriber's start-up thread
                        g.listen(t, message -> handover.execute(() -> deliver(t, message)));
                    }
                    return new CopyOnWriteArrayList<>();
                })
                .add(receiver);
    }

    /** To the topic's receivers on every node: this node's first, at once; then the others'. */
    public void publish(String topic, String message) {
        deliver(topic, message);
        Grid g = grid;
        if (g != null && g.members() > 1) {
            try {
                g.publish(topic, message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Publishing on " + topic + " to the other nodes failed", e);
            }
        }
    }

    private void deliver(String topic, String message) {
        for (Consumer<String> receiver : receivers.getOrDefault(topic, List.of())) {
            try {
                receiver.accept(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A receiver of " + topic + " failed", e);
            }
        }
    }
}
