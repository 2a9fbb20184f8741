package org.hallway.realtime.control;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stream of messages a socket subscribes to, on the wire {@code "<kind>:<id>"} (e.g.
 * {@code "session:42"}). Every kind has one {@link ChannelGate}, provided by the feature that owns it.
 */
public record Channel(Kind kind, long id) {

    public enum Kind {
        /** The event's lobby; id = event id. */
        LOBBY,
        /** An agenda session's room; id = agenda session id. */
        SESSION,
        /** A private conversation; id = conversation id. */
        CONVERSATION,
        /** A networking meeting; id = meeting id. */
        MEETING,
        /** One account's own stream (unread counts, notifications); id = account id, only that account. */
        ACCOUNT,
        /** A networking session's live dashboard (organisers only); id = the networking session's id. */
        FLOOR;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Lower-case kind, a colon, 1 to 18 digits: nothing else is a channel. */
    private static final Pattern WIRE = Pattern.compile("([a-z]{1,20}):([0-9]{1,18})");

    public Channel {
        Objects.requireNonNull(kind, "kind");
        if (id <= 0) {
            throw new IllegalArgumentException("A channel id is positive: " + id);
        }
    }

    public static Channel of(Kind kind, long id) {
        return new Channel(kind, id);
    }

    /** The channel of a wire form; refused as malformed when it is anything else. */
    public static Channel parse(String wire) {
        var match = wire == null ? null : WIRE.matcher(wire);
        if (match == null || !match.matches()) {
            throw new IllegalArgumentException("Not a channel: " + clip(wire));
        }
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.wire().equals(match.group(1))) {
                kind = k;
            }
        }
        long id = Long.parseLong(match.group(2));
        if (kind == null || id <= 0) {
            throw new IllegalArgumentException("Not a channel: " + clip(wire));
        }
        return new Channel(kind, id);
    }

    public String wire() {
        return kind.wire() + ":" + id;
    }

    @Override
    public String toString() {
        return wire();
    }

    private static String clip(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
