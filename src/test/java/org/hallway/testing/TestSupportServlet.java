package org.hallway.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only (this package is not part of the application): lets a client-side test
 * prepare data in the container and look at it. {@code /testing/<action>?...}, plain-text answers.
 */
@WebServlet("/testing/*")
public class TestSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TestData data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String answer = switch (action) {
            case "session" -> String.valueOf(data.networkingSession(request.getParameter("name"),
                    Integer.parseInt(request.getParameter("meetingSeconds")),
                    Boolean.parseBoolean(request.getParameter("allowRematch")),
                    Integer.parseInt(request.getParameter("maxExtensions")),
                    request.getParameter("onlyPairsOfType")));
            case "plain-session" -> String.valueOf(data.plainSession());
            case "attendees" -> String.join("\n", data.attendees(request.getParameter("prefix"),
                    Integer.parseInt(request.getParameter("count")), request.getParameter("ticketType")));
            case "account" -> String.valueOf(data.accountId(request.getParameter("email")));
            case "invite-token" -> data.inviteToken(request.getParameter("type"));
            case "event" -> data.event(request.getParameter("slug"));
            case "headshot" -> {
                try {
                    yield String.valueOf(data.headshot(request.getParameter("email")));
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
            case "identity-timing" -> data.identityTiming(request.getParameter("email"),
                    Integer.parseInt(request.getParameter("rounds")));
            case "meetings" -> data.meetings(Long.parseLong(request.getParameter("session")));
            case "end-session" -> {
                data.endSession(Long.parseLong(request.getParameter("session")));
                yield "ended";
            }
            case "crash-and-recover" -> {
                long[] ids = data.insertOpenMeetings(Long.parseLong(request.getParameter("session")),
                        request.getParameter("a"), request.getParameter("b"));
                data.recover();
                // "expired meeting ended, running meeting still open"
                yield data.ended(ids[0]) + "," + !data.ended(ids[1]);
            }
            default -> null;
        };
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer);
    }
}
