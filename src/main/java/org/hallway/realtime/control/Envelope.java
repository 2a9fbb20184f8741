package org.hallway.realtime.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The one message shape of the protocol, both directions.
 *
 * @param id   the client's correlation id (≤ 64 chars), or null
 * @param from the sender of a relayed signal, set by the server only; null otherwise
 * @param data the payload; null when the type has none
 */
public record Envelope(MessageType type, String id, Long from, JsonObject data) {

    public static Envelope of(MessageType type, JsonObject data) {
        return new Envelope(type, null, null, data);
    }

    /** An optional whole-number field of the data; refused as malformed when of another type. */
    public Long optionalLong(String field) {
        JsonValue value = data == null ? null : data.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                // falls through to the refusal
            }
        }
        throw new ProtocolError(ErrorCode.MALFORMED, "'" + field + "' must be a whole number.", id);
    }

    /** An optional string field of the data; refused as malformed when of another type. */
    public String optionalString(String field) {
        JsonValue value = data == null ? null : data.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new ProtocolError(ErrorCode.MALFORMED, "'" + field + "' must be a string.", id);
    }
}
