package org.hallway.platform;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skeleton of every download (CSV exports, vCards): who may ask, "find the file or answer
 * 404", and the same answer for all of them: UTF-8, an attachment with a header-safe file name,
 * never cached by anyone but the caller's browser, never stored.
 */
public abstract class Download extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A file to send: the attachment's name, its media type (without charset) and its text. */
    public record File(String name, String mediaType, String text) {}

    /** The file this request asks for; empty answers 404. */
    protected abstract Optional<File> file(HttpServletRequest request);

    /** Whether the caller may ask at all; false answers 403. By default web.xml's constraints decide. */
    protected boolean allowed(HttpServletRequest request) {
        return true;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!allowed(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<File> found = file(request);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        File file = found.get();
        byte[] body = file.text().getBytes(StandardCharsets.UTF_8);
        response.setContentType(file.mediaType() + "; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + headerSafe(file.name()) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The request's path after the servlet's, matched; empty when it does not match. */
    protected static Optional<Matcher> path(HttpServletRequest request, Pattern pattern) {
        Matcher m = pattern.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /** A file name fit for a header: anything but letters, digits, dot, dash and underscore is dropped. */
    static String headerSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "");
    }
}
