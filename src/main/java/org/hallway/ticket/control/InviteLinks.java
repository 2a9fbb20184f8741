package org.hallway.ticket.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hallway.mail.control.MailSettings;

/**
 * Builds a ticket type's absolute invite link, as attendees open it: the register page with the
 * token, on the configured public address ({@code hallway.mail.base-url}). Never built from the
 * request, whose Host header the client chooses.
 */
public final class InviteLinks {

    public static final String REGISTER_PAGE = "/register.xhtml";

    private InviteLinks() {}

    public static String of(MailSettings site, String token) {
        return site.link(path(token));
    }

    /** The link relative to the context root. */
    public static String path(String token) {
        return REGISTER_PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
