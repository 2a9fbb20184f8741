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
 *
 * <p>{@code Origin: null} is what a browser sends from a sandboxed frame or a page whose referrer
 * policy is {@code no-referrer}: it says nothing about where the form was, so it is refused, unless
 * the browser itself vouches that the request came from this site ({@code Sec-Fetch-Site:
 * same-origin}, a header no page can set). Hallway's own pages never hide their origin (the pages
 * with tokens use {@code strict-origin}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(SameOriginPosts.class.getName());
    private static final String FOREIGN = "null://foreign";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    transient AllowedOrigins origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (STATE_CHANGING.contains(request.getMethod())) {
            String origin = claimedOrigin(
                    request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Sec-Fetch-Site"));
            if (origin != null && !origins.admits(origin, request.getHeader("Host"))) {
                LOG.log(Level.DEBUG, "{0} {1} from {2} refused", request.getMethod(), request.getRequestURI(), origin);
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sent from another site");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The origin a browser claims for a request: the Origin header, else the Referer's origin, else
     * null (no browser). A hidden origin ("null", an unreadable Referer) counts as another site's,
     * except when the browser says the request came from this very origin.
     */
    static String claimedOrigin(String origin, String referer, String fetchSite) {
        if (origin != null) {
            if (!origin.strip().equals("null")) {
                return origin;
            }
            return "same-origin".equalsIgnoreCase(fetchSite == null ? null : fetchSite.strip()) ? null : FOREIGN;
        }
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return FOREIGN;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return FOREIGN;
        }
    }
}
