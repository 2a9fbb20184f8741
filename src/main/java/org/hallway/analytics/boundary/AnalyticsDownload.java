package org.hallway.analytics.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallway.platform.Download;

/**
 * Every analytics table as CSV: {@code /admin/analytics/{event|registrations|sessions|networking}.csv?event=slug}
 * (organisers only: {@code /admin/*} needs ADMIN). The same tables as the page; cells that a
 * spreadsheet would run as formulas are defused ({@code platform.Csv}).
 */
@WebServlet("/admin/analytics/*")
public class AnalyticsDownload extends Download {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(event|registrations|sessions|networking)\\.csv");

    @Inject
    transient Analytics analytics;

    @Override
    protected Optional<File> file(HttpServletRequest request) {
        String slug = request.getParameter("event");
        return path(request, PATH)
                .filter(m -> slug != null)
                .flatMap(m -> analytics.table(slug, m.group(1)))
                .map(table -> new File(slug + "-" + table.name() + ".csv", "text/csv", table.csv()));
    }
}
