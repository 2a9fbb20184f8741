package org.hallway.signalling.control;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.hallway.account.control.Person;
import org.hallway.networking.control.Notice;
import org.hallway.networking.control.Welcome;
import org.hallway.platform.WireNames;

/** Turns the engine's notices into wire messages (docs/protocol.md, "Server → client"). */
public final class NoticeWire {

    private final EnvelopeCodec codec;

    public NoticeWire(EnvelopeCodec codec) {
        this.codec = codec;
    }

    public String format(Notice notice, long serverTime) {
        MessageType type;
        JsonObjectBuilder data = codec.object();
        if (notice instanceof Notice.Queue n) {
            type = MessageType.QUEUE;
            data.add("ready", n.ready()).add("estimatedWaitSeconds", n.estimatedWaitSeconds());
        } else if (notice instanceof Notice.Matched n) {
            type = MessageType.MATCHED;
            data.add("meetingId", n.meetingId()).add("partner", person(n.partner()))
                    .add("role", n.offerer() ? "offerer" : "answerer")
                    .add("startedAt", instant(n.startedAt())).add("endsAt", instant(n.endsAt()))
                    .add("leaveAllowedAt", instant(n.leaveAllowedAt())).add("extensions", n.extensions())
                    .add("serverTime", instant(serverTime)).add("resumed", n.resumed());
        } else if (notice instanceof Notice.ExtensionOffered n) {
            type = MessageType.EXTENSION_OFFERED;
            data.add("meetingId", n.meetingId()).add("offerEndsAt", instant(n.offerEndsAt()))
                    .add("serverTime", instant(serverTime));
        } else if (notice instanceof Notice.ExtensionAccepted n) {
            type = MessageType.EXTENSION_ACCEPTED;
            data.add("meetingId", n.meetingId()).add("by", n.byYou() ? "you" : "partner");
        } else if (notice instanceof Notice.Extended n) {
            type = MessageType.EXTENDED;
            data.add("meetingId", n.meetingId()).add("endsAt", instant(n.endsAt())).add("extensions", n.extensions())
                    .add("serverTime", instant(serverTime));
        } else if (notice instanceof Notice.ExtensionWithdrawn n) {
            type = MessageType.EXTENSION_WITHDRAWN;
            data.add("meetingId", n.meetingId()).add("reason", n.declined() ? "declined" : "expired");
        } else if (notice instanceof Notice.ConnectionChanged n) {
            type = MessageType.CONNECTION;
            data.add("meetingId", n.meetingId()).add("partnerId", n.partnerId()).add("state", WireNames.of(n.side()));
        } else if (notice instanceof Notice.PartnerLost n) {
            type = MessageType.PARTNER_LOST;
            data.add("meetingId", n.meetingId()).add("graceSeconds", n.graceSeconds());
        } else if (notice instanceof Notice.PartnerBack n) {
            type = MessageType.PARTNER_BACK;
            data.add("meetingId", n.meetingId());
        } else if (notice instanceof Notice.MeetingEnded n) {
            type = MessageType.MEETING_ENDED;
            data.add("meetingId", n.meetingId()).add("reason", WireNames.of(n.ending())).add("serverTime", instant(serverTime));
        } else if (notice instanceof Notice.SessionEnded n) {
            type = MessageType.SESSION_ENDED;
            data.add("sessionId", n.sessionId());
        } else {
            throw new IllegalArgumentException("No wire form for " + notice);
        }
        return codec.format(Envelope.of(type, data.build()));
    }

    /** The first message on an opened socket: who you are, the session, its rules and your state. */
    public String welcome(Welcome w, long serverTime) {
        var data = codec.object()
                .add("you", person(w.you()))
                .add("session", codec.object().add("id", w.sessionId()).add("name", w.sessionName()).add("live", w.live()))
                .add("rules", codec.object().add("meetingSeconds", w.meetingSeconds())
                        .add("extensionWindowSeconds", w.extensionWindowSeconds())
                        .add("leaveAfterSeconds", w.leaveAfterSeconds()).add("maxExtensions", w.maxExtensions()))
                .add("state", WireNames.of(w.standing()))
                .add("serverTime", instant(serverTime));
        return codec.format(Envelope.of(MessageType.WELCOME, data.build()));
    }

    /** The answer to a ping: the server's clock, from which the browser keeps its skew. */
    public String pong(long serverTime) {
        return codec.format(Envelope.of(MessageType.PONG, codec.object().add("serverTime", instant(serverTime)).build()));
    }

    public JsonObjectBuilder person(Person person) {
        JsonObjectBuilder json = codec.object().add("id", person.id()).add("displayName", person.displayName());
        nullable(json, "headline", person.headline());
        nullable(json, "headshotUrl", person.headshotUrl());
        return json;
    }

    /** ISO-8601 in UTC with milliseconds, e.g. 2026-11-23T10:15:30.123Z. */
    public static String instant(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.add(name, JsonValue.NULL);
        } else {
            json.add(name, value);
        }
    }
}
