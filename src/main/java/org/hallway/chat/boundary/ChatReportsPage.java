package org.hallway.chat.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hallway.account.boundary.Accounts;
import org.hallway.account.control.AccountRef;
import org.hallway.chat.control.ReportedMessage;
import org.hallway.platform.Pages;

/**
 * The organisers' list of reported chat messages (an include of admin/reports.xhtml). Deleting and
 * muting happen in the chat itself, where organisers and moderators see the moderation actions.
 */
@Named
@RequestScoped
public class ChatReportsPage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One report as the page shows it. */
    public record Row(
            long messageId,
            String when,
            String channel,
            String author,
            String text,
            boolean deleted,
            String reporter,
            String reason) {}

    @Inject
    ChatModeration moderation;

    @Inject
    Accounts accounts;

    private List<Row> rows;

    public List<Row> rows(long eventId) {
        if (rows == null) {
            long me = accounts.current().map(AccountRef::id).orElse(0L);
            rows = Pages.answer(() -> moderation.reported(eventId, me)).orElse(List.of()).stream()
                    .map(ChatReportsPage::row)
                    .toList();
        }
        return rows;
    }

    private static Row row(ReportedMessage r) {
        String author = r.message().sender() == null
                ? "(deleted account)"
                : r.message().sender().displayName();
        String reporter =
                r.reporter() == null ? "(deleted account)" : r.reporter().displayName();
        return new Row(
                r.message().id(),
                WHEN.format(r.reportedAt()),
                r.message().channel().wire(),
                author,
                r.message().deleted() ? "(deleted)" : r.message().text(),
                r.message().deleted(),
                reporter,
                r.reason());
    }
}
