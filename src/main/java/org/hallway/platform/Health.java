package org.hallway.platform;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /health/live}: public, says only that the application answers (for load balancers).
 * {@code /health/ready}: whether the database answers, with details; for organisers (ADMIN) or
 * monitoring with {@code Authorization: Bearer <hallway.ops.token>}. Without a token configured
 * only ADMIN gets the details.
 */
@WebServlet("/health/*")
public class Health extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = Database.JNDI_NAME)
    transient DataSource dataSource;

    @Inject
    @ConfigProperty(name = "hallway.ops.token")
    transient Optional<String> token;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/live" -> response.getWriter().write("{\"status\":\"UP\"}");
            case "/ready" -> {
                if (!request.isUserInRole("ADMIN") && !tokenMatches(request.getHeader("Authorization"))) {
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    response.getWriter().write("{\"error\":\"ADMIN or the operations token needed\"}");
                    return;
                }
                long started = System.nanoTime();
                String database;
                try (Connection c = dataSource.getConnection()) {
                    database = c.isValid(2) ? "UP" : "DOWN";
                } catch (SQLException e) {
                    database = "DOWN";
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                response.setStatus("UP".equals(database) ? 200 : 503);
                response.getWriter()
                        .write("{\"status\":\"" + database + "\",\"checks\":{\"database\":{\"status\":\""
                                + database + "\",\"millis\":" + millis + "}},\"heapUsedBytes\":"
                                + (Runtime.getRuntime().totalMemory()
                                        - Runtime.getRuntime().freeMemory()) + "}");
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean tokenMatches(String authorization) {
        Optional<String> expected = token.filter(t -> !t.isBlank());
        if (expected.isEmpty() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8),
                authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
