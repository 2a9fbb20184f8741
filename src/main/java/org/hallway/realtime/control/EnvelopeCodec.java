package org.hallway.realtime.control;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Reads and writes envelopes with JSON-P, trusting nothing: anything but a JSON object with a
 * known client type is refused with a typed {@link ProtocolError}; a client's {@code from} is
 * dropped. Thread-safe (the factories are).
 */
public final class EnvelopeCodec {

    /** Largest frame the server reads, in UTF-8 bytes. */
    public static final int MAX_BYTES = 16 * 1024;

    public static final int MAX_ID = 64;

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = JSON.createBuilderFactory(Map.of());

    /** Over {@link #MAX_BYTES} when encoded as UTF-8 (counted only when it can be). */
    public static boolean tooLarge(String text) {
        return text.length() > MAX_BYTES / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    public Envelope parse(String text) {
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new ProtocolError(ErrorCode.MALFORMED, "Not JSON.", null);
        }
        if (!(value instanceof JsonObject object)) {
            throw new ProtocolError(ErrorCode.MALFORMED, "A message is one JSON object.", null);
        }
        String id = null;
        JsonValue idValue = object.get("id");
        if (idValue != null && idValue != JsonValue.NULL) {
            if (!(idValue instanceof JsonString s) || s.getString().length() > MAX_ID) {
                throw new ProtocolError(
                        ErrorCode.MALFORMED, "The id must be a string of at most " + MAX_ID + " characters.", null);
            }
            id = s.getString();
        }
        if (!(object.get("type") instanceof JsonString typeName)) {
            throw new ProtocolError(ErrorCode.MALFORMED, "The type must be a string.", id);
        }
        String ref = id;
        MessageType type = MessageType.ofWire(typeName.getString())
                .filter(MessageType::fromClient)
                .orElseThrow(() -> new ProtocolError(
                        ErrorCode.UNKNOWN_TYPE, "Unknown message type '" + clip(typeName.getString()) + "'.", ref));
        JsonValue dataValue = object.get("data");
        JsonObject data = null;
        if (dataValue != null && dataValue != JsonValue.NULL) {
            if (!(dataValue instanceof JsonObject d)) {
                throw new ProtocolError(ErrorCode.MALFORMED, "The data must be an object.", id);
            }
            data = d;
        }
        return new Envelope(type, id, null, data);
    }

    public String format(Envelope envelope) {
        JsonObjectBuilder json =
                BUILDERS.createObjectBuilder().add("type", envelope.type().wire());
        if (envelope.id() != null) {
            json.add("id", envelope.id());
        }
        if (envelope.from() != null) {
            json.add("from", envelope.from());
        }
        if (envelope.data() != null) {
            json.add("data", envelope.data());
        }
        return json.build().toString();
    }

    public String error(ErrorCode code, String message, String ref) {
        JsonObjectBuilder data =
                BUILDERS.createObjectBuilder().add("code", code.wire()).add("message", message);
        if (ref != null) {
            data.add("ref", ref);
        }
        // the id too, so a client's pending request settles with it (docs/protocol.md, "Envelope")
        return format(new Envelope(MessageType.ERROR, ref, null, data.build()));
    }

    public JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    /** A builder holding {@code from}'s fields (none when null). */
    public JsonObjectBuilder object(JsonObject from) {
        return from == null ? BUILDERS.createObjectBuilder() : BUILDERS.createObjectBuilder(from);
    }

    /** A relayed signal: the payload as sent without {@code to}, and the sender set by the server. */
    public String relay(long from, JsonObject data) {
        JsonObject payload = data == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : BUILDERS.createObjectBuilder(data).remove("to").build();
        return format(new Envelope(MessageType.SIGNAL, null, from, payload));
    }

    /** A time on the wire: ISO-8601 in UTC with milliseconds, e.g. 2026-11-23T10:15:30.123Z. */
    public static String instant(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
