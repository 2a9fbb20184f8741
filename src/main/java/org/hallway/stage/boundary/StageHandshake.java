package org.hallway.stage.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hallway.platform.AllowedOrigins;

/**
 * Refuses the stage relay's handshake from a foreign Origin (403, {@code X-Hallway-Refusal:
 * origin}) before any upgrade, as for the other sockets; login is web.xml's ({@code /ws/*}).
 */
@WebFilter(urlPatterns = "/ws/stage/*", asyncSupported = true)
public class StageHandshake extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AllowedOrigins origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!origins.admits(request.getHeader("Origin"), request.getHeader("Host"))) {
            response.setHeader("X-Hallway-Refusal", "origin");
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentLength(0);
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }
}
