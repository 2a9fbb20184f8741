package org.hallway.analytics.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hallway.analytics.control.FloorPulse;
import org.hallway.networking.control.FloorRegistry;
import org.hallway.networking.control.SessionFloor;
import org.hallway.platform.ClockMoved;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.ChannelJoined;
import org.hallway.realtime.control.ChannelLeft;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Realtime;

/**
 * The organisers' live dashboard of running networking sessions: every {@link #PERIOD_SECONDS}
 * seconds, for each session someone watches ({@code floor:<session>} followed on this node), the
 * floor's memory ({@link SessionFloor#snapshot}) goes through its {@link FloorPulse} and out as
 * {@code floor-stats}. Nothing is computed for a session nobody watches; a new watcher hears at once.
 * Memory only, no database.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveDashboard {

    static final int PERIOD_SECONDS = 2;

    private final Map<Long, FloorPulse> watched = new ConcurrentHashMap<>();

    @Inject
    Realtime realtime;

    @Inject
    FloorRegistry floors;

    @Inject
    Clock clock;

    public void joined(@Observes ChannelJoined joined) {
        if (joined.channel().kind() == Channel.Kind.FLOOR) {
            watched.computeIfAbsent(joined.channel().id(), id -> new FloorPulse());
            publish(joined.channel().id());
        }
    }

    public void left(@Observes ChannelLeft left) {
        if (left.channel().kind() == Channel.Kind.FLOOR && realtime.presentCount(left.channel()) == 0) {
            watched.remove(left.channel().id());
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/" + PERIOD_SECONDS, persistent = false)
    void tick() {
        watched.keySet().forEach(this::publish);
    }

    /** A test's clock jump publishes at once. */
    public void clockMoved(@Observes ClockMoved moved) {
        tick();
    }

    private void publish(long sessionId) {
        FloorPulse pulse = watched.get(sessionId);
        if (pulse == null) {
            return;
        }
        long now = clock.millis();
        SessionFloor.Snapshot snapshot = floors.existing(sessionId)
                .map(s -> s.floor().snapshot(now))
                .orElse(new SessionFloor.Snapshot(now, 0, 0, 0, 0, 0, 0, 0, 0));
        FloorPulse.Figures figures;
        synchronized (pulse) {
            figures = pulse.add(snapshot);
        }
        realtime.publish(
                Channel.of(Channel.Kind.FLOOR, sessionId), MessageType.FLOOR_STATS, json(sessionId, figures, now));
    }

    static JsonObject json(long sessionId, FloorPulse.Figures f, long now) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("session", sessionId)
                .add("ready", f.ready())
                .add("meetingsRunning", f.meetingsRunning())
                .add("longestWaitSeconds", f.longestWaitSeconds())
                .add("meetingsLastMinute", f.meetingsLastMinute())
                .add("failuresLastMinute", f.failuresLastMinute())
                .add("meetingsTotal", f.meetingsTotal())
                .add("failuresTotal", f.failuresTotal())
                .add("partnersLostTotal", f.partnersLostTotal())
                .add("serverTime", Instant.ofEpochMilli(now).toString());
        if (f.averageWaitSeconds() == null) {
            data.addNull("averageWaitSeconds");
        } else {
            data.add("averageWaitSeconds", f.averageWaitSeconds());
        }
        return data.build();
    }
}
