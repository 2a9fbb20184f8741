package org.hallway.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hallway.event.boundary.EventAdministration;
import org.hallway.event.boundary.EventRef;

/**
 * {@code /admin/registrations.csv?event=&q=}: the event's registrations (the current search) as
 * CSV, formula-safe. Under /admin/*, so ADMIN only (web.xml).
 */
@WebServlet("/admin/registrations.csv")
public class RegistrationsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EventAdministration events;

    @Inject
    transient RegistrationDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EventRef event = events.ref(request.getParameter("event")).orElse(null);
        if (event == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] csv = desk.csv(event.id(), request.getParameter("q")).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"registrations-" + event.slug() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
