package org.hallway.platform;

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
import java.util.Set;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sent from another site:
 * the Origin header, or the Referer's origin where a browser sent no Origin, must be this site's or
 * a configured one ({@link AllowedOrigins}). Requests with neither come from non-browser clients
 * (scripts, the load driver), which cannot ride on a victim's cookies.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(SameOriginPosts.class.getName());
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    transient AllowedOrigins origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (STATE_CHANGING.contains(request.getMethod())) {
            String origin = claimedOrigin(request);
            if (origin != null && !origins.admits(origin, request.getHeader("Host"))) {
                LOG.log(Level.DEBUG, "{0} {1} from {2} refused", request.getMethod(), request.getRequestURI(), origin);
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sent from another site");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The Origin header, else the Referer's origin, else null. "null" (a sandboxed or privacy-hidden origin) is foreign. */
    static String claimedOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.equals("null") ? "null://foreign" : origin;
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "null://foreign";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "null://foreign";
        }
    }
}
