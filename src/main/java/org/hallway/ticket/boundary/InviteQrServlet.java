package org.hallway.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hallway.platform.Ids;
import org.hallway.platform.QrCodes;
import org.hallway.ticket.control.InviteLinks;

/**
 * A ticket type's invite link as a QR code PNG: {@code /admin/qr?type=<id>}. Under /admin, so
 * web.xml lets only organisers fetch it; unknown or malformed ids get 404.
 */
@WebServlet("/admin/qr")
public class InviteQrServlet extends HttpServlet {

    private static final int SIZE = 240;

    @Inject
    TicketAdministration tickets;

    @Inject
    org.hallway.mail.control.MailSettings site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Ids.parse(request.getParameter("type"));
        String token = id == null ? null : tickets.inviteToken(id).orElse(null);
        if (token == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png = QrCodes.png(InviteLinks.of(site, token), SIZE);
        response.setContentType("image/png");
        response.setContentLength(png.length);
        // The link changes when the organiser replaces it: never serve a stale code.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(png);
    }
}
