package org.hallway.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.mail.entity.OutboxMail;
import org.hallway.platform.EventTimes;

/**
 * One outbox line as the Outbox page shows it (a value: the entity stays in its transaction); times
 * are UTC in the human format ("Tue 1 Dec, 14:30"), never raw ISO.
 */
public record OutboxEntry(
        long id,
        String kind,
        String recipient,
        String subject,
        String status,
        int attempts,
        String createdAt,
        String nextAttemptAt,
        String lastError,
        String text,
        List<String> links) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    public static OutboxEntry of(OutboxMail mail) {
        return new OutboxEntry(
                mail.getId(),
                mail.getKind().name(),
                mail.getRecipient(),
                mail.getSubject(),
                mail.getStatus().name(),
                mail.getAttempts(),
                EventTimes.dayTime(mail.getCreatedAt()),
                EventTimes.dayTime(mail.getNextAttemptAt()),
                mail.getLastError(),
                mail.getTextBody(),
                links(mail.getTextBody()));
    }

    /** The links of a plain-text body, in order, without repeats. */
    public static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (!links.contains(m.group())) {
                links.add(m.group());
            }
        }
        return links;
    }

    public boolean isFailed() {
        return "FAILED".equals(status);
    }
}
