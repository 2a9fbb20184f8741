package org.hallway.calendar.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallway.platform.Download;
import org.hallway.platform.Ids;

/**
 * Calendar files for a logged-in attendee: {@code /api/calendar/sessions/{id}.ics} (one session) and
 * {@code /api/calendar/events/{slug}/my-agenda.ics} (the sessions they keep). 404 for anything they
 * may not see.
 */
@WebServlet("/api/calendar/*")
public class CalendarDownload extends Download {

    private static final long serialVersionUID = 1L;
    private static final Pattern SESSION = Pattern.compile("/sessions/([^/]+)\\.ics");
    private static final Pattern MY_AGENDA = Pattern.compile("/events/([A-Za-z0-9_-]{1,100})/my-agenda\\.ics");

    @Inject
    transient CalendarDesk desk;

    @Override
    protected Optional<File> file(HttpServletRequest request) {
        var session = path(request, SESSION);
        if (session.isPresent()) {
            Long id = Ids.parse(session.get().group(1));
            return id == null ? Optional.empty() : desk.session(id);
        }
        return path(request, MY_AGENDA).flatMap(m -> desk.myAgenda(m.group(1)));
    }
}
