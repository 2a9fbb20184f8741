package org.hallway.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.hallway.event.boundary.EventAdministration;
import org.hallway.platform.Download;

/**
 * {@code /admin/registrations.csv?event=&q=}: the event's registrations (the current search) as
 * CSV, formula-safe. Under /admin/*, so ADMIN only (web.xml).
 */
@WebServlet("/admin/registrations.csv")
public class RegistrationsDownload extends Download {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EventAdministration events;

    @Inject
    transient RegistrationDesk desk;

    @Override
    protected Optional<File> file(HttpServletRequest request) {
        return events.ref(request.getParameter("event"))
                .map(event -> new File(
                        "registrations-" + event.slug() + ".csv",
                        "text/csv",
                        desk.csv(event.id(), request.getParameter("q"))));
    }
}
