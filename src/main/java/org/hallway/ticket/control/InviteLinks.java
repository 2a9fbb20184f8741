package org.hallway.ticket.control;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds a ticket type's absolute invite link, as attendees open it: the register page with the token. */
public final class InviteLinks {

    public static final String REGISTER_PAGE = "/register.xhtml";

    private InviteLinks() {
    }

    /** The link on the server the organiser is looking at (scheme, host, port and context of the request). */
    public static String of(HttpServletRequest request, String token) {
        return of(request.getScheme(), request.getServerName(), request.getServerPort(), request.getContextPath(),
                token);
    }

    public static String of(String scheme, String host, int port, String contextPath, String token) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // IPv6 literal
        String context = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        return scheme + "://" + h + ":" + port + context + REGISTER_PAGE + "?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
