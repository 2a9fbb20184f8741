package org.hallway.room.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hallway.platform.ClockMoved;
import org.hallway.platform.Cluster;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.ChannelJoined;
import org.hallway.realtime.control.ChannelLeft;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Realtime;
import org.hallway.room.control.Departures;
import org.hallway.room.control.NodePresence;
import org.hallway.room.control.PresencePacer;

/**
 * Who is in a room, from the realtime layer's channel events: the room's channel hears the live
 * count when it changed, at most once a second ({@link PresencePacer}: a held-back count goes out
 * on the next one-second tick, or at once when a test's clock jumps), and a person whose last
 * socket left the room's channel and has not come back within two minutes ({@link Departures#GRACE})
 * leaves the room: the attendance row closes and the seat is free again. Checked every 10 seconds;
 * a test's clock jump checks at once.
 * <p>
 * Several nodes: each node reports the people its own sockets hold in each room on the cluster's
 * {@value #TOPIC} topic (a room when they changed, at the same pace; all its rooms every
 * {@link NodePresence#REPORT_EVERY}), and each pushes to its own sockets the room's count across the
 * live nodes ({@link NodePresence}). Someone who left a room here is seen out only when no live node
 * holds them in it; the people of a node gone silent are seen out by the others after the grace.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoomPresence {

    private static final System.Logger LOG = System.getLogger(RoomPresence.class.getName());
    static final String TOPIC = "hallway.rooms";

    private final Departures departures = new Departures();
    private final PresencePacer pacer = new PresencePacer();
    private final NodePresence elsewhere = new NodePresence();
    /** The rooms this node's sockets are in (or were, until a count finds them empty). */
    private final Set<Long> rooms = ConcurrentHashMap.newKeySet();
    /** What this node last reported of each room, so a room is reported only when its people changed. */
    private final Map<Long, Set<Long>> reported = new ConcurrentHashMap<>();

    private volatile long fullReportAt;

    @Inject
    Realtime realtime;

    @Inject
    Cluster cluster;

    @Inject
    RoomDesk desk;

    @Inject
    Clock clock;

    /** Hears the other nodes' reports from start-up on (before any socket of this node joins a room). */
    @PostConstruct
    void listen() {
        cluster.subscribe(TOPIC, this::heard);
    }

    public void joined(@Observes ChannelJoined joined) {
        if (joined.channel().kind() == Channel.Kind.SESSION) {
            rooms.add(joined.channel().id());
            departures.back(
                    new Departures.Key(joined.channel().id(), joined.caller().accountId()));
            countChanged(joined.channel());
        }
    }

    public void left(@Observes ChannelLeft left) {
        Channel channel = left.channel();
        if (channel.kind() != Channel.Kind.SESSION) {
            return;
        }
        long account = left.caller().accountId();
        if (!realtime.isPresent(channel, account)) {
            departures.left(new Departures.Key(channel.id(), account), clock.millis());
        }
        countChanged(channel);
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void tick() {
        release();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        publishHeldCounts();
        shareAndExpire();
    }

    public void clockMoved(@Observes ClockMoved moved) {
        publishHeldCounts();
        shareAndExpire();
        release();
    }

    /** The counts held back by the pacer whose second has passed. */
    public void publishHeldCounts() {
        for (long sessionId : pacer.due(clock.millis())) {
            publishCount(Channel.of(Channel.Kind.SESSION, sessionId));
        }
    }

    /** Whether the person's last socket here left the room and the grace period is running. */
    public boolean leaving(long sessionId, long accountId) {
        return departures.leaving(new Departures.Key(sessionId, accountId));
    }

    /** The number of people who left a room for good now. */
    public synchronized int release() {
        int released = 0;
        long now = clock.millis();
        for (Departures.Key key : departures.due(now)) {
            Channel channel = Channel.of(Channel.Kind.SESSION, key.sessionId());
            if (realtime.isPresent(channel, key.accountId())
                    || elsewhere.presentElsewhere(key.sessionId(), key.accountId(), now)) {
                continue;
            }
            try {
                if (desk.leave(key.sessionId(), key.accountId())) {
                    released++;
                }
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Could not record that account " + key.accountId() + " left session " + key.sessionId(),
                        e);
            }
        }
        return released;
    }

    /** Another node's report (this node's own come back too, and are passed over). */
    void heard(String message) {
        NodePresence.Report report;
        try {
            report = NodePresence.parse(message);
        } catch (IllegalArgumentException e) {
            LOG.log(
                    Level.WARNING,
                    "Not a room presence report: {0}",
                    message.substring(0, Math.min(40, message.length())));
            return;
        }
        if (!report.node().equals(cluster.nodeId())) {
            for (long room : elsewhere.heard(report, clock.millis())) {
                countChanged(Channel.of(Channel.Kind.SESSION, room));
            }
        }
    }

    /**
     * On several nodes: all this node's rooms every {@link NodePresence#REPORT_EVERY} (which also
     * says it is alive), and the rooms of nodes gone silent counted again, their people seen out
     * after the grace unless they are back somewhere.
     */
    private void shareAndExpire() {
        long now = clock.millis();
        if (cluster.clustered() && now - fullReportAt >= NodePresence.REPORT_EVERY.toMillis()) {
            fullReportAt = now;
            Map<Long, Set<Long>> all = new HashMap<>();
            for (long room : rooms) {
                Set<Long> here = realtime.present(Channel.of(Channel.Kind.SESSION, room));
                if (here.isEmpty()) {
                    rooms.remove(room);
                    reported.remove(room);
                } else {
                    all.put(room, here);
                    reported.put(room, here);
                }
            }
            cluster.publish(TOPIC, NodePresence.format(new NodePresence.Report(cluster.nodeId(), true, all)));
        }
        elsewhere.expire(now).forEach((room, people) -> {
            Channel channel = Channel.of(Channel.Kind.SESSION, room);
            for (long account : people) {
                if (!realtime.isPresent(channel, account) && !elsewhere.presentElsewhere(room, account, now)) {
                    departures.left(new Departures.Key(room, account), now);
                }
            }
            countChanged(channel);
        });
    }

    private void countChanged(Channel channel) {
        if (pacer.changed(channel.id(), clock.millis())) {
            publishCount(channel);
        }
    }

    /** Reports this node's people in the room when they changed, then tells this node's sockets the count. */
    private void publishCount(Channel channel) {
        long room = channel.id();
        if (cluster.alone() && elsewhere.nodes() == 0) {
            // one node: counted without copying the room's people
            realtime.publishHere(
                    channel,
                    MessageType.PRESENCE,
                    Json.createObjectBuilder()
                            .add("count", realtime.presentCount(channel))
                            .build());
            return;
        }
        Set<Long> here = realtime.present(channel);
        if (here.isEmpty()) {
            rooms.remove(room);
        }
        if (!cluster.alone() && !here.equals(reported.getOrDefault(room, Set.of()))) {
            if (here.isEmpty()) {
                reported.remove(room);
            } else {
                reported.put(room, here);
            }
            cluster.publish(
                    TOPIC, NodePresence.format(new NodePresence.Report(cluster.nodeId(), false, Map.of(room, here))));
        }
        realtime.publishHere(
                channel,
                MessageType.PRESENCE,
                Json.createObjectBuilder()
                        .add("count", elsewhere.count(room, here, clock.millis()))
                        .build());
    }
}
