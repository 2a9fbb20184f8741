package org.hallway.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hallway.account.control.ProfileRules;
import org.hallway.mail.control.MailSettings;
import org.hallway.mail.control.MailTemplates;
import org.hallway.mail.control.Outbox;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;
import org.hallway.ticket.entity.TicketType;

/**
 * Invitations by e-mail: each address gets the ticket type's invite link, made personal with the
 * address filled in, and its QR code. Queued in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Invitations {

    public static final int MAX_ADDRESSES = 500;
    /** "Ada Lovelace &lt;ada@example.org&gt;": the address between the angle brackets. */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("<([^<>]*)>");

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mail;

    public void invite(TicketType type, String email) {
        String link = mail.link(InviteLinks.path(type.getInviteToken()) + "&invitee="
                + URLEncoder.encode(email, StandardCharsets.UTF_8));
        outbox.queue(MailTemplates.invitation(email, type.getEvent().getName(), type.getName(), link));
    }

    /**
     * The distinct addresses of a pasted list (separated by commas, semicolons, spaces or lines;
     * "Name &lt;address&gt;" accepted), or a refusal naming every address that is not one.
     */
    public static List<String> addresses(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            throw new Rejected("addresses", "Paste at least one e-mail address.");
        }
        Set<String> found = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String entry : pasted.split("[,;\\r\\n]+")) {
            java.util.regex.Matcher named = NAMED.matcher(entry);
            String[] pieces = named.find()
                    ? new String[] {named.group(1).strip()}
                    : entry.strip().split("\\s+");
            for (String piece : pieces) {
                if (piece.isEmpty()) {
                    continue;
                }
                if (ProfileRules.problemWithEmail(piece) != null) {
                    wrong.add(piece.length() > 60 ? piece.substring(0, 60) + "…" : piece);
                } else {
                    found.add(piece.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new Rejected(List.of(Violation.of(
                    "addresses", "Not e-mail addresses: " + String.join(", ", wrong) + ". Nobody was invited.")));
        }
        if (found.isEmpty()) {
            throw new Rejected("addresses", "Paste at least one e-mail address.");
        }
        if (found.size() > MAX_ADDRESSES) {
            throw new Rejected("addresses", "At most " + MAX_ADDRESSES + " addresses at a time.");
        }
        return List.copyOf(found);
    }
}
