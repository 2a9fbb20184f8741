package org.hallway.room.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.lang.System.Logger.Level;
import java.time.Clock;
import org.hallway.platform.ClockMoved;
import org.hallway.room.control.Departures;
import org.hallway.room.control.PresencePacer;
import org.hallway.signalling.control.Channel;
import org.hallway.signalling.control.ChannelJoined;
import org.hallway.signalling.control.ChannelLeft;
import org.hallway.signalling.control.MessageType;
import org.hallway.signalling.control.Realtime;

/**
 * Who is in a room, from the realtime layer's channel events: the room's channel hears the live
 * count when it changed, at most once a second ({@link PresencePacer}: a held-back count goes out
 * on the next one-second tick, or at once when a test's clock jumps), and a person whose last socket left the room's channel and has not come
 * back within two minutes ({@link Departures#GRACE}) leaves the room: the attendance row closes and
 * the seat is free again. Checked every 10 seconds; a test's clock jump checks at once.
 * Presence is this node's (the layer's registry); with several nodes each releases its own sockets' people.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoomPresence {

    private static final System.Logger LOG = System.getLogger(RoomPresence.class.getName());

    private final Departures departures = new Departures();
    private final PresencePacer pacer = new PresencePacer();

    @Inject
    Realtime realtime;

    @Inject
    RoomDesk desk;

    @Inject
    Clock clock;

    public void joined(@Observes ChannelJoined joined) {
        if (joined.channel().kind() == Channel.Kind.SESSION) {
            departures.back(new Departures.Key(joined.channel().id(), joined.caller().accountId()));
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
    }

    public void clockMoved(@Observes ClockMoved moved) {
        publishHeldCounts();
        release();
    }

    /** The counts held back by the pacer whose second has passed. */
    public void publishHeldCounts() {
        for (long sessionId : pacer.due(clock.millis())) {
            publishCount(Channel.of(Channel.Kind.SESSION, sessionId));
        }
    }

    /** The number of people who left a room for good now. */
    public synchronized int release() {
        int released = 0;
        for (Departures.Key key : departures.due(clock.millis())) {
            Channel channel = Channel.of(Channel.Kind.SESSION, key.sessionId());
            if (realtime.isPresent(channel, key.accountId())) {
                continue;
            }
            try {
                if (desk.leave(key.sessionId(), key.accountId())) {
                    released++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record that account " + key.accountId() + " left session "
                        + key.sessionId(), e);
            }
        }
        return released;
    }

    private void countChanged(Channel channel) {
        if (pacer.changed(channel.id(), clock.millis())) {
            publishCount(channel);
        }
    }

    private void publishCount(Channel channel) {
        realtime.publish(channel, MessageType.PRESENCE,
                Json.createObjectBuilder().add("count", realtime.presentCount(channel)).build());
    }
}
