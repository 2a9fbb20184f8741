package org.hallway.testing;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Test deployments only (this package is not part of the application): lets a client-side test
 * prepare data in the container, look at it and move the server clock.
 * {@code /testing/<action>?...}, answers in JSON.
 */
@WebServlet("/testing/*")
public class TestSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    org.hallway.account.boundary.ResetRequests resetRequests;

    @Inject
    transient TestData data;

    @Inject
    transient SettableClock clock;

    @Inject
    transient RealtimeTrail realtime;

    @Inject
    transient org.hallway.networking.boundary.FloorLeases leases;

    @Inject
    transient org.hallway.networking.control.FloorRegistry floors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        JsonValue answer = switch (action) {
            case "session" ->
                number(data.networkingSession(
                        request.getParameter("name"),
                        Integer.parseInt(request.getParameter("meetingSeconds")),
                        Boolean.parseBoolean(request.getParameter("allowRematch")),
                        Integer.parseInt(request.getParameter("maxExtensions")),
                        request.getParameter("onlyPairsOfType")));
            case "plain-session" -> number(data.plainSession());
            case "attendees" ->
                Json.createArrayBuilder(data.attendees(
                                request.getParameter("prefix"),
                                Integer.parseInt(request.getParameter("count")),
                                request.getParameter("ticketType")))
                        .build();
            case "account" -> number(data.accountId(request.getParameter("email")));
            case "invite-token" -> Json.createValue(data.inviteToken(request.getParameter("type")));
            case "event" -> Json.createValue(data.event(request.getParameter("slug")));
            case "headshot" -> {
                try {
                    yield number(data.headshot(request.getParameter("email")));
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
            case "identity-timing" ->
                data.identityTiming(request.getParameter("email"), Integer.parseInt(request.getParameter("rounds")));
            case "event-with-data" -> number(data.eventWithData(request.getParameter("slug")));
            case "ticket-types" -> data.ticketTypes(request.getParameter("event"));
            case "meetings" -> data.meetings(Long.parseLong(request.getParameter("session")));
            case "ratings" -> data.ratings(Long.parseLong(request.getParameter("session")));
            case "connection" ->
                Json.createValue(data.connection(
                        Long.parseLong(request.getParameter("session")),
                        Long.parseLong(request.getParameter("a")),
                        Long.parseLong(request.getParameter("b"))));
            case "scheduled-session" -> number(data.scheduledNetworkingSession(request.getParameter("name")));
            case "start-session" -> {
                data.startSession(Long.parseLong(request.getParameter("session")));
                yield JsonValue.TRUE;
            }
            case "end-session" -> {
                data.endSession(Long.parseLong(request.getParameter("session")));
                yield JsonValue.TRUE;
            }
            case "crash-and-recover" -> {
                long[] ids = data.insertOpenMeetings(
                        Long.parseLong(request.getParameter("session")),
                        request.getParameter("a"),
                        request.getParameter("b"));
                data.recover();
                yield Json.createObjectBuilder()
                        .add("expiredEnded", data.ended(ids[0]))
                        .add("runningOpen", !data.ended(ids[1]))
                        .build();
            }
            case "event-id" -> number(data.eventId(request.getParameter("slug")));
            case "realtime-publish" -> realtime.publish(request.getParameter("channel"), request.getParameter("text"));
            case "realtime-send-to" ->
                realtime.sendTo(Long.parseLong(request.getParameter("account")), request.getParameter("text"));
            case "realtime-present" -> realtime.present(request.getParameter("channel"));
            case "realtime-trail" -> realtime.trail(Long.parseLong(request.getParameter("account")));
            case "lease-claim" ->
                leases.claim(Long.parseLong(request.getParameter("session")), request.getParameter("node"))
                        ? JsonValue.TRUE
                        : JsonValue.FALSE;
            case "lease-holder" ->
                leases.holder(Long.parseLong(request.getParameter("session")))
                        .<JsonValue>map(l -> Json.createValue(l.owner()))
                        .orElse(JsonValue.NULL);
            case "floor-here" ->
                floors.existing(Long.parseLong(request.getParameter("session"))).isPresent()
                        ? JsonValue.TRUE
                        : JsonValue.FALSE;
            case "outbox-count" -> number(data.mailsTo(request.getParameter("to")));
            case "reset-requests-in-hand" -> number(resetRequests.inHand());
            case "advance-clock" ->
                Json.createValue(clock.advance(Duration.ofMillis(Long.parseLong(request.getParameter("millis"))))
                        .toString());
            default -> null;
        };
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.toString());
    }

    private static JsonValue number(long value) {
        return Json.createValue(value);
    }
}
