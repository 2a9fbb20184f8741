package org.hallway.signalling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes a socket that has gone silent: a browser that vanished without closing (laptop lid shut,
 * network gone) would otherwise keep its place in a room or in the networking ready pool until TCP
 * gives up, minutes later. Browsers ping every 20 s on both sockets (docs/protocol.md), so a socket
 * on which no frame has moved for {@code hallway.ws.silent-seconds} is gone. The container's own
 * idle timeout does the watching (standard WebSocket API, so the same on every server; on Payara its
 * timers run on the pool {@code platform.WebSocketTimers} gives it, at no cost per frame).
 */
@ApplicationScoped
public class SocketLiveness {

    @Inject
    @ConfigProperty(name = "hallway.ws.silent-seconds")
    int silentSeconds;

    /** Makes the container close {@code socket} once it has been silent for the configured time. */
    public void watch(Session socket) {
        socket.setMaxIdleTimeout(idleMillis(silentSeconds));
    }

    /** The container's idle timeout for a configured number of seconds; 0 or less: never. */
    static long idleMillis(int seconds) {
        return seconds <= 0 ? 0 : seconds * 1000L;
    }
}
