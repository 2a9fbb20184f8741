package org.hallway.networking.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import org.hallway.networking.control.Admission;
import org.hallway.platform.AllowedOrigins;
import org.hallway.platform.Ids;
import org.hallway.realtime.boundary.Handshakes;

/**
 * Refuses a networking socket's handshake with an HTTP status before any upgrade
 * (docs/protocol.md, "Connecting"): a foreign Origin (403), a session that is not a networking
 * session (404), a caller without a ticket for its event (403). Login itself is enforced by
 * web.xml; the Origin rule is {@link AllowedOrigins}.
 */
@WebFilter(urlPatterns = "/ws/networking/*", asyncSupported = true)
public class NetworkingHandshake extends HttpFilter {

    private static final String PREFIX = "/ws/networking/";
    private static final System.Logger LOG = System.getLogger(NetworkingHandshake.class.getName());

    @Inject
    NetworkingAdmissions admissions;

    @Inject
    AllowedOrigins origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Handshakes.refusedOrigin(origins, request, response)) {
            return;
        }
        Long sessionId = Ids.parse(Handshakes.after(PREFIX, request));
        if (sessionId == null) {
            Handshakes.refuse(response, HttpServletResponse.SC_NOT_FOUND, "session");
            return;
        }
        var principal = request.getUserPrincipal();
        Admission admission = admissions.admit(sessionId, principal == null ? null : principal.getName());
        if (!admission.admitted()) {
            LOG.log(
                    Level.DEBUG,
                    "Networking handshake of {0} for session {1} refused: {2}",
                    principal == null ? "anonymous" : principal.getName(),
                    sessionId,
                    admission.verdict());
        }
        switch (admission.verdict()) {
            case NO_SUCH_SESSION -> Handshakes.refuse(response, HttpServletResponse.SC_NOT_FOUND, "session");
            case NO_TICKET -> Handshakes.refuse(response, HttpServletResponse.SC_FORBIDDEN, "ticket");
            case ADMITTED -> chain.doFilter(request, response);
        }
    }
}
