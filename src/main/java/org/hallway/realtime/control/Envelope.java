package org.hallway.realtime.control;

import jakarta.json.JsonObject;

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
}
