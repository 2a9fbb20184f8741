package org.hallway.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How times read on every page: in the event's time zone, human ("Tue 1 Dec, 14:30"), never a raw
 * ISO instant. Pages add the viewer's local time on hover (resources/js/local-time.js) from the
 * instant this class writes into a {@code data-instant} attribute.
 */
public final class EventTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private EventTimes() {}

    /** "Tue 1 Dec, 14:30". */
    public static String dayTime(LocalDateTime at) {
        return DAY_TIME.format(at);
    }

    /** "Tue 1 Dec". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "14:30". */
    public static String time(LocalDateTime at) {
        return TIME.format(at);
    }

    /** "Tue 1 Dec, 14:30–15:30", or with the end's day when it ends on another day. */
    public static String span(LocalDateTime from, LocalDateTime to) {
        return dayTime(from) + "–" + (from.toLocalDate().equals(to.toLocalDate()) ? time(to) : dayTime(to));
    }

    /** "on Tue 1 Dec" or "from Tue 1 Dec to Thu 3 Dec". */
    public static String days(LocalDate first, LocalDate last) {
        return first.equals(last) ? "on " + day(first) : "from " + day(first) + " to " + day(last);
    }

    /** An instant as read in the zone: "Tue 1 Dec, 14:30". */
    public static String dayTime(Instant at, ZoneId zone) {
        return dayTime(LocalDateTime.ofInstant(at, zone));
    }

    /** The instant of a local time in the zone, for the browser's hover (epoch milliseconds). */
    public static long epochMillis(LocalDateTime at, ZoneId zone) {
        return at.atZone(zone).toInstant().toEpochMilli();
    }
}
