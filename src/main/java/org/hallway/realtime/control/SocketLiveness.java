package org.hallway.realtime.control;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes a socket that has gone silent: a browser that vanished without closing (laptop lid shut,
 * network gone) would otherwise keep its place in a room or in the networking ready pool until TCP
 * gives up, minutes later. Browsers ping every 20 s on both sockets (docs/protocol.md), so a socket
 * on which no frame has moved for {@code hallway.ws.silent-seconds} is gone. The container's own
 * idle timeout does the watching (standard WebSocket API, the same on every server).
 *
 * <p>It is set once, as the container's default, before any socket opens, and never per socket:
 * Payara's Tyrus schedules the timeout task of a socket whose timeout is 0 to run at once, and such a
 * task, when it runs after the socket's timeout was raised, closes the socket (seen under load: one
 * socket in a thousand closed right after opening). With the default set, no socket ever has 0.
 */
@WebListener
public class SocketLiveness implements ServletContextListener {

    private static final System.Logger LOG = System.getLogger(SocketLiveness.class.getName());

    @Inject
    @ConfigProperty(name = "hallway.ws.silent-seconds")
    int silentSeconds;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (event.getServletContext().getAttribute(ServerContainer.class.getName())
                instanceof ServerContainer sockets) {
            sockets.setDefaultMaxSessionIdleTimeout(idleMillis(silentSeconds));
            LOG.log(Level.INFO, "Sockets silent for " + silentSeconds + " s are closed (0: never)");
        } else {
            LOG.log(Level.WARNING, "No WebSocket container: silent sockets are not closed");
        }
    }

    /** The container's idle timeout for a configured number of seconds; 0 or less: never. */
    static long idleMillis(int seconds) {
        return seconds <= 0 ? 0 : seconds * 1000L;
    }
}
