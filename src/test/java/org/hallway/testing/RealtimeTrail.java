package org.hallway.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.hallway.realtime.control.Channel;
import org.hallway.realtime.control.ChannelJoined;
import org.hallway.realtime.control.ChannelLeft;
import org.hallway.realtime.control.MessageType;
import org.hallway.realtime.control.Realtime;
import org.hallway.realtime.control.SocketClosed;
import org.hallway.realtime.control.SocketOpened;

/**
 * Test deployments only: pushes through the realtime layer as a feature would, and records the
 * layer's CDI events per account ("opened s1", "joined s1 lobby:1", ...) for tests to read.
 */
@ApplicationScoped
public class RealtimeTrail {

    @Inject
    Realtime realtime;

    private final List<String[]> trail = new ArrayList<>();

    void opened(@Observes SocketOpened e) {
        record(e.caller().accountId(), "opened " + e.caller().socketId());
    }

    void joined(@Observes ChannelJoined e) {
        record(
                e.caller().accountId(),
                "joined " + e.caller().socketId() + " " + e.channel().wire());
    }

    void left(@Observes ChannelLeft e) {
        record(
                e.caller().accountId(),
                "left " + e.caller().socketId() + " " + e.channel().wire());
    }

    void closed(@Observes SocketClosed e) {
        record(e.caller().accountId(), "closed " + e.caller().socketId());
    }

    private synchronized void record(long accountId, String entry) {
        trail.add(new String[] {String.valueOf(accountId), entry});
    }

    public synchronized JsonArray trail(long accountId) {
        var json = Json.createArrayBuilder();
        trail.stream().filter(t -> t[0].equals(String.valueOf(accountId))).forEach(t -> json.add(t[1]));
        return json.build();
    }

    /** Publishes a {@code pong}-typed test message with {@code {"text"}} to the channel. */
    public JsonValue publish(String channel, String text) {
        realtime.publish(
                Channel.parse(channel),
                MessageType.PONG,
                Json.createObjectBuilder().add("text", text).build());
        return JsonValue.TRUE;
    }

    public JsonValue sendTo(long accountId, String text) {
        realtime.sendTo(
                accountId,
                MessageType.PONG,
                Json.createObjectBuilder().add("text", text).build());
        return JsonValue.TRUE;
    }

    public JsonValue present(String channel) {
        var json = Json.createArrayBuilder();
        realtime.present(Channel.parse(channel)).stream().sorted().forEach(json::add);
        return json.build();
    }
}
