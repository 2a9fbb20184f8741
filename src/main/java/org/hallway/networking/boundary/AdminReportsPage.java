package org.hallway.networking.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hallway.account.control.AccountRef;
import org.hallway.event.boundary.OrganiserEventPage;
import org.hallway.networking.control.Reports;

/** What attendees reported about their networking partners (admin/reports.xhtml?event=). */
@Named
@RequestScoped
public class AdminReportsPage extends OrganiserEventPage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One report as the page shows it. */
    public static final class Row {
        private final String when;
        private final String reporter;
        private final String reported;
        private final String reason;

        Row(Reports.Filed filed) {
            this.when = WHEN.format(filed.createdAt());
            this.reporter = person(filed.reporter());
            this.reported = person(filed.reported());
            this.reason = filed.reason();
        }

        private static String person(AccountRef account) {
            return account == null ? "(deleted account)" : account.displayName() + " <" + account.email() + ">";
        }

        public String getWhen() {
            return when;
        }

        public String getReporter() {
            return reporter;
        }

        public String getReported() {
            return reported;
        }

        public String getReason() {
            return reason;
        }
    }

    @Inject
    Reports reports;

    private List<Row> rows = List.of();

    public void load() {
        if (!findEvent()) {
            return;
        }
        rows = reports.ofEvent(event.id()).stream().map(Row::new).toList();
    }

    public List<Row> getRows() {
        return rows;
    }
}
