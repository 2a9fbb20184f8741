package org.hallway.realtime.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import org.hallway.platform.AllowedOrigins;

/** How a socket's handshake is refused before any upgrade (docs/protocol.md, "Connecting"). */
public final class Handshakes {

    private static final System.Logger LOG = System.getLogger(Handshakes.class.getName());

    private Handshakes() {}

    /** Refuses a handshake from a foreign Origin (403, {@code origin}); true when it did. */
    public static boolean refusedOrigin(
            AllowedOrigins origins, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = request.getHeader("Origin");
        if (origins.admits(origin, request.getHeader("Host"))) {
            return false;
        }
        LOG.log(Level.DEBUG, "Handshake of {0} from origin {1} refused", request.getRequestURI(), origin);
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "origin");
        return true;
    }

    /** What follows {@code prefix} in the request's path within the application; "" when it does not start so. */
    public static String after(String prefix, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(prefix) ? path.substring(prefix.length()) : "";
    }

    /** The status, and which check refused (header {@code X-Hallway-Refusal}). */
    public static void refuse(HttpServletResponse response, int status, String check) throws IOException {
        response.setHeader("X-Hallway-Refusal", check);
        // Not sendError: it resets the buffer of an upgrade request, which on Payara's Grizzly failed
        // with an NPE when the client had gone and left that worker thread's request contexts leaked.
        response.setStatus(status);
        response.setContentLength(0);
        response.flushBuffer();
    }
}
