package org.hallway.calendar.control;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Writes iCalendar files with biweekly: the events in the event's time zone (TZID and its
 * VTIMEZONE), each with a stable UID and the session's version as SEQUENCE, so a calendar that
 * imports or subscribes again replaces a moved session instead of adding a second one. Pure.
 */
public final class CalendarFiles {

    /**
     * One calendar entry: a session.
     *
     * @param uid      stable across changes ("session-42@…")
     * @param startsAt local to {@code zone} in {@link #write}
     * @param sequence grows with every change of the session
     * @param url      the session's page, or null
     */
    public record Entry(
            String uid,
            String name,
            String description,
            String location,
            String url,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            long sequence) {}

    static final String PRODUCT = "-//Hallway//Hallway virtual events//EN";

    private CalendarFiles() {}

    /**
     * The calendar's text (CRLF lines, folded at 75 octets as RFC 5545 requires).
     *
     * @param title  the calendar's name as apps show it (NAME and X-WR-CALNAME)
     * @param zone   the zone the entries' local times are in
     * @param stamp  now, as DTSTAMP
     */
    public static String write(String title, ZoneId zone, List<Entry> entries, Instant stamp) {
        var calendar = new ICalendar();
        calendar.setProductId(PRODUCT);
        calendar.setMethod("PUBLISH");
        calendar.setName(title);
        calendar.setExperimentalProperty("X-WR-CALNAME", title);
        calendar.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        Instant from = entries.stream()
                .map(e -> e.startsAt().atZone(zone).toInstant())
                .min(Comparator.naturalOrder())
                .orElse(stamp);
        Instant to = entries.stream()
                .map(e -> e.endsAt().atZone(zone).toInstant())
                .max(Comparator.naturalOrder())
                .orElse(stamp);
        calendar.getTimezoneInfo()
                .setDefaultTimezone(
                        new TimezoneAssignment(TimeZone.getTimeZone(zone), ZoneDefinition.of(zone, from, to)));
        for (Entry e : entries) {
            var event = new VEvent();
            event.setUid(e.uid());
            event.setDateTimeStamp(Date.from(stamp));
            event.setSequence((int) Math.min(Integer.MAX_VALUE, e.sequence()));
            event.setSummary(e.name());
            if (e.description() != null && !e.description().isBlank()) {
                event.setDescription(e.description());
            }
            if (e.location() != null && !e.location().isBlank()) {
                event.setLocation(e.location());
            }
            if (e.url() != null) {
                event.setUrl(e.url());
            }
            event.setDateStart(Date.from(e.startsAt().atZone(zone).toInstant()), true);
            event.setDateEnd(Date.from(e.endsAt().atZone(zone).toInstant()), true);
            calendar.addEvent(event);
        }
        var text = new StringWriter();
        try (var writer = new ICalWriter(text, ICalVersion.V2_0)) {
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
