package org.hallway.signalling.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** How a socket's handshake is refused before any upgrade (docs/protocol.md, "Connecting"). */
final class Handshakes {

    private Handshakes() {
    }

    /** The status, and which check refused (header {@code X-Hallway-Refusal}). */
    static void refuse(HttpServletResponse response, int status, String check) throws IOException {
        response.setHeader("X-Hallway-Refusal", check);
        // Not sendError: it resets the buffer of an upgrade request, which on Payara's Grizzly failed
        // with an NPE when the client had gone and left that worker thread's request contexts leaked.
        response.setStatus(status);
        response.setContentLength(0);
        response.flushBuffer();
    }
}
