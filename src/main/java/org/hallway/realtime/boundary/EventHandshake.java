package org.hallway.realtime.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hallway.platform.AllowedOrigins;
import org.hallway.realtime.control.EventDoor;

/**
 * Refuses the event socket's handshake with an HTTP status before any upgrade (docs/protocol.md,
 * "The event socket"): a foreign Origin (403 {@code origin}), an unknown event (404 {@code event}),
 * a caller who neither holds a ticket nor organises (403 {@code ticket}). Login is web.xml's.
 */
@WebFilter(urlPatterns = "/ws/events/*", asyncSupported = true)
public class EventHandshake extends HttpFilter {

    private static final String PREFIX = "/ws/events/";

    @Inject
    EventDoor admissions;

    @Inject
    AllowedOrigins origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Handshakes.refusedOrigin(origins, request, response)) {
            return;
        }
        String slug = Handshakes.after(PREFIX, request);
        if (slug.isEmpty() || slug.contains("/")) {
            Handshakes.refuse(response, HttpServletResponse.SC_NOT_FOUND, "event");
            return;
        }
        var principal = request.getUserPrincipal();
        var admission = admissions.admit(slug, principal == null ? null : principal.getName());
        switch (admission.verdict()) {
            case NO_SUCH_EVENT -> Handshakes.refuse(response, HttpServletResponse.SC_NOT_FOUND, "event");
            case NO_TICKET -> Handshakes.refuse(response, HttpServletResponse.SC_FORBIDDEN, "ticket");
            case ADMITTED -> chain.doFilter(request, response);
        }
    }
}
