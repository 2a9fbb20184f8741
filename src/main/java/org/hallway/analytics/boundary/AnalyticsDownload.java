package org.hallway.analytics.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.analytics.control.Table;

/**
 * Every analytics table as CSV: {@code /admin/analytics/{event|registrations|sessions|networking}.csv?event=slug}
 * (organisers only: {@code /admin/*} needs ADMIN). The same tables as the page; cells that a
 * spreadsheet would run as formulas are defused ({@code platform.Csv}).
 */
@WebServlet("/admin/analytics/*")
public class AnalyticsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(event|registrations|sessions|networking)\\.csv");

    @Inject
    transient Analytics analytics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        String slug = request.getParameter("event");
        Optional<Table> found = m.matches() && slug != null ? analytics.table(slug, m.group(1)) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Table table = found.get();
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(slug) + "-" + table.name()
                + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(table.csv());
    }

    /** The slug as a file name: slugs are [a-z0-9-], anything else is dropped rather than sent in a header. */
    private static String fileName(String slug) {
        return slug.replaceAll("[^A-Za-z0-9-]", "");
    }
}
