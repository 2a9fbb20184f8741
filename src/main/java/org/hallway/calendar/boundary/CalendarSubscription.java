package org.hallway.calendar.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallway.platform.Download;

/**
 * The secret address a calendar app subscribes to, {@code /calendar/{token}.ics}: no login (apps
 * cannot log in), the token is the key; a revoked, replaced or malformed token answers 404.
 */
@WebServlet("/calendar/*")
public class CalendarSubscription extends Download {

    private static final long serialVersionUID = 1L;
    private static final Pattern TOKEN = Pattern.compile("/([^/]{1,100})\\.ics");

    @Inject
    transient CalendarDesk desk;

    @Override
    protected Optional<File> file(HttpServletRequest request) {
        return path(request, TOKEN).flatMap(m -> desk.subscribed(m.group(1)));
    }
}
