package org.hallway.networking.control;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import org.hallway.account.control.Person;
import org.hallway.platform.WireNames;
import org.hallway.realtime.control.Envelope;
import org.hallway.realtime.control.EnvelopeCodec;
import org.hallway.realtime.control.MessageType;

/** Turns the engine's notices into wire messages (docs/protocol.md, "Server → client"). */
public final class NoticeWire {

    private final EnvelopeCodec codec;

    public NoticeWire(EnvelopeCodec codec) {
        this.codec = codec;
        forms();
    }

    /** Writes one kind of notice's data (the server's clock at hand for those that carry it). */
    @FunctionalInterface
    private interface Writer<N extends Notice> {
        void write(N notice, JsonObjectBuilder data, long serverTime);
    }

    private record Form<N extends Notice>(MessageType type, Writer<N> writer) {}

    /** The one table from a kind of notice to its wire form, instead of an instanceof chain. */
    private final Map<Class<? extends Notice>, Form<?>> forms = new HashMap<>();

    private <N extends Notice> void form(Class<N> kind, MessageType type, Writer<N> writer) {
        forms.put(kind, new Form<>(type, writer));
    }

    private void forms() {
        form(
                Notice.Queue.class,
                MessageType.QUEUE,
                (n, data, now) -> data.add("ready", n.ready()).add("estimatedWaitSeconds", n.estimatedWaitSeconds()));
        form(
                Notice.Matched.class,
                MessageType.MATCHED,
                (n, data, now) -> data.add("meetingId", n.meetingId())
                        .add("partner", person(n.partner()))
                        .add("role", n.offerer() ? "offerer" : "answerer")
                        .add("startedAt", instant(n.startedAt()))
                        .add("endsAt", instant(n.endsAt()))
                        .add("leaveAllowedAt", instant(n.leaveAllowedAt()))
                        .add("extensions", n.extensions())
                        .add("serverTime", instant(now))
                        .add("resumed", n.resumed()));
        form(
                Notice.ExtensionOffered.class,
                MessageType.EXTENSION_OFFERED,
                (n, data, now) -> data.add("meetingId", n.meetingId())
                        .add("offerEndsAt", instant(n.offerEndsAt()))
                        .add("serverTime", instant(now)));
        form(
                Notice.ExtensionAccepted.class,
                MessageType.EXTENSION_ACCEPTED,
                (n, data, now) -> data.add("meetingId", n.meetingId()).add("by", n.byYou() ? "you" : "partner"));
        form(
                Notice.Extended.class,
                MessageType.EXTENDED,
                (n, data, now) -> data.add("meetingId", n.meetingId())
                        .add("endsAt", instant(n.endsAt()))
                        .add("extensions", n.extensions())
                        .add("serverTime", instant(now)));
        form(
                Notice.ExtensionWithdrawn.class,
                MessageType.EXTENSION_WITHDRAWN,
                (n, data, now) ->
                        data.add("meetingId", n.meetingId()).add("reason", n.declined() ? "declined" : "expired"));
        form(
                Notice.ConnectionChanged.class,
                MessageType.CONNECTION,
                (n, data, now) -> data.add("meetingId", n.meetingId())
                        .add("partnerId", n.partnerId())
                        .add("state", WireNames.of(n.side())));
        form(
                Notice.PartnerLost.class,
                MessageType.PARTNER_LOST,
                (n, data, now) -> data.add("meetingId", n.meetingId()).add("graceSeconds", n.graceSeconds()));
        form(
                Notice.PartnerBack.class,
                MessageType.PARTNER_BACK,
                (n, data, now) -> data.add("meetingId", n.meetingId()));
        form(
                Notice.MeetingEnded.class,
                MessageType.MEETING_ENDED,
                (n, data, now) -> data.add("meetingId", n.meetingId())
                        .add("reason", WireNames.of(n.ending()))
                        .add("serverTime", instant(now)));
        form(
                Notice.SessionEnded.class,
                MessageType.SESSION_ENDED,
                (n, data, now) -> data.add("sessionId", n.sessionId()));
        form(Notice.Rated.class, MessageType.RATED, (n, data, now) -> {
            data.add("meetingId", n.meetingId());
            if (n.stars() == null) {
                data.add("stars", JsonValue.NULL);
            } else {
                data.add("stars", n.stars());
            }
            nullable(data, "meetAgain", n.meetAgain() == null ? null : WireNames.of(n.meetAgain()));
        });
    }

    /** Whether every kind of notice has its wire form (NoticeWireTest asks for each permitted subclass). */
    boolean writes(Class<?> kind) {
        return forms.containsKey(kind);
    }

    public String format(Notice notice, long serverTime) {
        return format(notice, forms.get(notice.getClass()), serverTime);
    }

    @SuppressWarnings("unchecked")
    private <N extends Notice> String format(Notice notice, Form<N> form, long serverTime) {
        if (form == null) {
            throw new IllegalArgumentException("No wire form for " + notice);
        }
        JsonObjectBuilder data = codec.object();
        form.writer().write((N) notice, data, serverTime);
        return codec.format(Envelope.of(form.type(), data.build()));
    }

    /**
     * The first message on an opened socket: who you are, the session, its rules, your state and
     * {@code node}, the id of the node holding the socket (with several nodes the floor may be served
     * by another one).
     */
    public String welcome(Welcome w, long serverTime, String node) {
        var data = codec.object()
                .add("you", person(w.you()))
                .add(
                        "session",
                        codec.object()
                                .add("id", w.sessionId())
                                .add("name", w.sessionName())
                                .add("live", w.live()))
                .add(
                        "rules",
                        codec.object()
                                .add("meetingSeconds", w.meetingSeconds())
                                .add("extensionWindowSeconds", w.extensionWindowSeconds())
                                .add("leaveAfterSeconds", w.leaveAfterSeconds())
                                .add("maxExtensions", w.maxExtensions()))
                .add("state", WireNames.of(w.standing()))
                .add("serverTime", instant(serverTime))
                .add("node", node);
        return codec.format(Envelope.of(MessageType.WELCOME, data.build()));
    }

    /** The answer to a ping: the server's clock, from which the browser keeps its skew. */
    public String pong(long serverTime) {
        return codec.format(Envelope.of(
                MessageType.PONG,
                codec.object().add("serverTime", instant(serverTime)).build()));
    }

    public JsonObjectBuilder person(Person person) {
        JsonObjectBuilder json = codec.object().add("id", person.id()).add("displayName", person.displayName());
        nullable(json, "headline", person.headline());
        nullable(json, "headshotUrl", person.headshotUrl());
        return json;
    }

    private static String instant(long epochMillis) {
        return EnvelopeCodec.instant(epochMillis);
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.add(name, JsonValue.NULL);
        } else {
            json.add(name, value);
        }
    }
}
