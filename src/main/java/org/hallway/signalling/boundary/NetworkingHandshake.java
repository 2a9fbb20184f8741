package org.hallway.signalling.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hallway.networking.control.Admission;
import org.hallway.networking.control.Admissions;

/**
 * Refuses a networking socket's handshake with an HTTP status before any upgrade
 * (docs/protocol.md, "Connecting"): a foreign Origin (403), a session that is not a networking
 * session (404), a caller without a ticket for its event (403). Login itself is enforced by
 * web.xml. A missing Origin is accepted: non-browser clients send none.
 */
@WebFilter(urlPatterns = "/ws/networking/*", asyncSupported = true)
public class NetworkingHandshake extends HttpFilter {

    private static final String PREFIX = "/ws/networking/";
    private static final System.Logger LOG = System.getLogger(NetworkingHandshake.class.getName());

    @Inject
    Admissions admissions;

    @Inject
    @ConfigProperty(name = "hallway.ws.allowed-origins")
    Optional<String> allowedOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameSite(origin, request.getHeader("Host")) && !allowed(origin)) {
            LOG.log(Level.DEBUG, "Networking handshake from origin {0} refused", origin);
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "origin");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Long sessionId = path.startsWith(PREFIX) ? sessionId(path.substring(PREFIX.length())) : null;
        if (sessionId == null) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "session");
            return;
        }
        var principal = request.getUserPrincipal();
        Admission admission = admissions.admit(sessionId, principal == null ? null : principal.getName());
        if (!admission.admitted()) {
            LOG.log(Level.DEBUG, "Networking handshake of {0} for session {1} refused: {2}",
                    principal == null ? "anonymous" : principal.getName(), sessionId, admission.verdict());
        }
        switch (admission.verdict()) {
            case NO_SUCH_SESSION -> refuse(response, HttpServletResponse.SC_NOT_FOUND, "session");
            case NO_TICKET -> refuse(response, HttpServletResponse.SC_FORBIDDEN, "ticket");
            case ADMITTED -> chain.doFilter(request, response);
        }
    }

    /** The status, and which check refused (header {@code X-Hallway-Refusal}: origin, session, ticket). */
    private static void refuse(HttpServletResponse response, int status, String check) throws IOException {
        response.setHeader("X-Hallway-Refusal", check);
        response.sendError(status);
    }

    /** A session id from the URL: digits only, else null. */
    static Long sessionId(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(text);
    }

    /** The Origin's host:port equals the Host header's. */
    static boolean sameSite(String origin, String host) {
        if (host == null) {
            return false;
        }
        String originHost = hostPort(origin);
        return originHost != null && (originHost.equals(host.toLowerCase(Locale.ROOT))
                || originHost.equals(withDefaultPort(origin, host.toLowerCase(Locale.ROOT))));
    }

    private boolean allowed(String origin) {
        List<String> entries = allowedOrigins.map(s -> Arrays.stream(s.split(","))
                .map(String::trim).filter(e -> !e.isEmpty()).toList()).orElse(List.of());
        String originHost = hostPort(origin);
        for (String entry : entries) {
            if (entry.equalsIgnoreCase(origin) || (originHost != null && originHost.equalsIgnoreCase(hostPort(entry)))) {
                return true;
            }
        }
        return false;
    }

    /** "host:port" of an origin such as https://example.org (default ports made explicit), or null. */
    static String hostPort(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort()
                    : "https".equalsIgnoreCase(uri.getScheme()) || "wss".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A Host header without a port means the scheme's default port. */
    private static String withDefaultPort(String origin, String host) {
        if (host.contains(":") && !host.endsWith("]")) {
            return host;
        }
        boolean secure = origin.toLowerCase(Locale.ROOT).startsWith("https:");
        return host + ":" + (secure ? 443 : 80);
    }
}
