package org.hallway.install.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hallway.install.control.Icons;

/**
 * {@code /favicon.ico} and the manifest's icons ({@code /icons/icon-192.png}, {@code icon-512.png},
 * {@code maskable-512.png}), drawn once per node and then served from memory, cached a day by browsers.
 */
@WebServlet({"/favicon.ico", "/icons/*"})
public class IconServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Supplier<byte[]>> DRAWN = Map.of(
            "/favicon.ico", Icons::favicon,
            "/icons/icon-192.png", () -> Icons.png(192, false),
            "/icons/icon-512.png", () -> Icons.png(512, false),
            "/icons/maskable-512.png", () -> Icons.png(512, true));

    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Supplier<byte[]> draw = DRAWN.get(path);
        if (draw == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = cache.computeIfAbsent(path, p -> draw.get());
        response.setContentType(path.endsWith(".ico") ? "image/x-icon" : "image/png");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
