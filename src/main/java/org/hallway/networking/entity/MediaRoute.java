package org.hallway.networking.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * The type of the ICE candidate pair a browser selected for a meeting's call, as it reports it
 * (the local candidate's {@code candidateType} in {@code RTCPeerConnection.getStats()}): directly
 * ({@code host}), through a NAT's public address ({@code srflx}, {@code prflx}) or relayed through
 * TURN ({@code relay}). Stored per meeting side for the organisers' analytics.
 */
public enum MediaRoute {
    HOST,
    SRFLX,
    PRFLX,
    RELAY;

    /** The wire name ({@code "relay"}). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The route a browser named; empty for an unknown name (the caller refuses it). */
    public static Optional<MediaRoute> ofWire(String wire) {
        for (MediaRoute route : values()) {
            if (route.wire().equals(wire)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }
}
