package org.hallway.analytics.control;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The analytics' tables, from the figures. Pure. */
public final class Tables {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Tables() {}

    public static Table event(EventFigures f) {
        return new Table.Builder("event", "The event")
                .column("Figure")
                .column("Value")
                .row("Registrations", f.registrations())
                .row("Attendees who opened the event", f.loggedIn())
                .row("Attendees who joined a session or a meeting", f.joined())
                .row("Most people at the event at once", f.peakConcurrent())
                .build();
    }

    public static Table registrations(EventFigures f) {
        var table = new Table.Builder("registrations", "Registrations per day (UTC) and ticket type")
                .column("Day")
                .column("Ticket type")
                .column("Registrations");
        f.registrationsByDay().forEach(r -> table.row(r.day().toString(), r.ticketType(), r.count()));
        return table.build();
    }

    public static Table sessions(List<SessionFigures> sessions) {
        var table = new Table.Builder("sessions", "Sessions")
                .column("Session", "name")
                .column("Type")
                .column("Track")
                .column("Starts (UTC)", "start")
                .column("Unique attendees", "attendees")
                .column("Most at once", "peak")
                .column("Average minutes watched", "minutes")
                .column("Chat messages", "chat")
                .column("Questions", "questions")
                .column("Rating (1–5)", "rating")
                .column("Ratings");
        sessions.forEach(s -> table.row(
                s.name(),
                s.type(),
                s.track(),
                WHEN.format(s.startsAt()),
                s.uniqueAttendees(),
                s.peakConcurrent(),
                s.averageMinutes(),
                s.chatMessages(),
                s.questions(),
                s.rating() == null ? null : round(s.rating(), 2),
                s.ratings()));
        return table.build();
    }

    public static Table networking(List<NetworkingFigures> sessions) {
        var table = new Table.Builder("networking", "Networking")
                .column("Networking session")
                .column("Meetings made")
                .column("Really connected")
                .column("Failed media")
                .column("Partner lost")
                .column("Average length (s)")
                .column("Median length (s)")
                .column("Extended (%)")
                .column("Connection requested (%)")
                .column("Requests accepted (%)")
                .column("Wait ready → matched p50 (s)")
                .column("Wait ready → matched p95 (s)")
                .column("Relayed through TURN (%)")
                .column("Average rating (1–5)")
                .column("Ratings");
        sessions.forEach(n -> table.row(
                n.sessionName(),
                n.meetings(),
                n.connected(),
                n.mediaFailed(),
                n.partnerLost(),
                n.averageSeconds(),
                n.medianSeconds(),
                percent(n.extensionRate()),
                percent(n.requestRate()),
                percent(n.acceptanceRate()),
                seconds(n.waitP50Millis()),
                seconds(n.waitP95Millis()),
                percent(n.relayedShare()),
                n.averageRating() == null ? null : round(n.averageRating(), 2),
                n.ratings()));
        return table.build();
    }

    /** A share as a percentage with one decimal; null stays null (nothing to divide by). */
    static Double percent(Double share) {
        return share == null ? null : round(share * 100, 1);
    }

    static Double seconds(Long millis) {
        return millis == null ? null : round(millis / 1000.0, 1);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
