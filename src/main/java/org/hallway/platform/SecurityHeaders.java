package org.hallway.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * The security headers of every response. The Content-Security-Policy allows exactly what the pages
 * use: scripts and styles from this site only (no inline script: confirmations are
 * {@code data-confirm} attributes handled by {@code resources/js/confirm.js}), WebAssembly for the
 * networking tab's background segmentation, blob: workers and media, camera streams, and WebSocket
 * connections to this site. Session rooms add exactly the configured video sources
 * ({@link PageSources}, produced by the agenda's content configuration): provider players to frame-src, media
 * origins to media-src and connect-src (hls.js fetches segments). Camera and microphone are
 * allowed for this origin only.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @jakarta.inject.Inject
    PageSources sources;

    @jakarta.inject.Inject
    Cluster cluster;

    private String policy;

    @Override
    public void init() {
        policy = policy(sources);
    }

    /** The policy allowing these video sources besides the site itself. */
    public static String policy(PageSources sources) {
        String media =
                sources.mediaOrigins().stream().sorted().map(o -> " " + o).collect(Collectors.joining());
        String frames =
                sources.frameOrigins().stream().sorted().map(o -> " " + o).collect(Collectors.joining());
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'wasm-unsafe-eval'",
                "style-src 'self'",
                "img-src 'self' data: blob:",
                "media-src 'self' blob: mediastream:" + media,
                "connect-src 'self'" + media,
                "frame-src" + (frames.isEmpty() ? " 'none'" : frames),
                "worker-src 'self' blob:",
                "font-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(
                "Permissions-Policy", "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()");
        response.setHeader("X-Frame-Options", "DENY");
        if (cluster.clustered()) {
            response.setHeader(Cluster.NODE_HEADER, cluster.nodeId()); // the name the welcome and the leases use
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
