package org.hallway.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private static CalendarFiles.Entry talk(long id, LocalDateTime start, LocalDateTime end, long version) {
        return new CalendarFiles.Entry(
                "session-" + id + "@hallway",
                "Talk " + id,
                "About; things, with a long description that needs folding because it is longer than"
                        + " seventy-five octets on one line",
                "Track A",
                "https://events.example.org/event/session.xhtml?event=demo&session=" + id,
                start,
                end,
                version);
    }

    private static ICalendar parse(String text) throws IOException {
        try (var reader = new ICalReader(new StringReader(text))) {
            return reader.readNext();
        }
    }

    @Test
    void aSessionInBerlinSummerTimeReadsBackAsTheSameInstantWithItsZone() throws IOException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        String text = CalendarFiles.write(
                "Summit",
                berlin,
                List.of(talk(7, LocalDateTime.of(2026, 6, 10, 14, 30), LocalDateTime.of(2026, 6, 10, 15, 15), 3)),
                NOW);

        assertTrue(text.contains("DTSTART;TZID=Europe/Berlin:20260610T143000"), text);
        assertTrue(text.contains("BEGIN:VTIMEZONE"), text);
        ICalendar parsed = parse(text);
        VEvent event = parsed.getEvents().get(0);
        assertEquals(
                Instant.parse("2026-06-10T12:30:00Z"),
                event.getDateStart().getValue().toInstant());
        assertEquals(
                Instant.parse("2026-06-10T13:15:00Z"),
                event.getDateEnd().getValue().toInstant());
        assertEquals("session-7@hallway", event.getUid().getValue());
        assertEquals(3, event.getSequence().getValue());
        assertEquals("Talk 7", event.getSummary().getValue());
        assertTrue(event.getDescription().getValue().startsWith("About; things,"));
    }

    @Test
    void theTimeZoneDefinitionCarriesTheSummerAndWinterChangesAroundTheEvent() throws IOException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        String text = CalendarFiles.write(
                "Summit",
                berlin,
                List.of(talk(1, LocalDateTime.of(2026, 6, 10, 9, 0), LocalDateTime.of(2026, 6, 10, 10, 0), 0)),
                NOW);

        VTimezone zone =
                parse(text).getTimezoneInfo().getComponents().iterator().next();
        assertEquals("Europe/Berlin", zone.getTimezoneId().getValue());
        assertTrue(zone.getDaylightSavingsTime().stream()
                .anyMatch(d -> d.getDateStart()
                                .getValue()
                                .getRawComponents()
                                .toString(true, false)
                                .equals("20260329T020000")
                        && d.getTimezoneOffsetTo().getValue().getMillis() == 2 * 3600_000L));
        assertTrue(zone.getStandardTimes().stream()
                .anyMatch(s -> s.getDateStart()
                                .getValue()
                                .getRawComponents()
                                .toString(true, false)
                                .equals("20261025T030000")
                        && s.getTimezoneOffsetTo().getValue().getMillis() == 3600_000L));
    }

    @Test
    void aZoneWithoutChangesHasOneStandardObservance() throws IOException {
        ZoneId utc = ZoneId.of("UTC");
        String text = CalendarFiles.write(
                "Summit",
                utc,
                List.of(talk(1, LocalDateTime.of(2026, 6, 10, 9, 0), LocalDateTime.of(2026, 6, 10, 10, 0), 0)),
                NOW);

        ICalendar parsed = parse(text);
        VTimezone zone = parsed.getTimezoneInfo().getComponents().iterator().next();
        assertEquals(1, zone.getStandardTimes().size());
        assertEquals(0, zone.getDaylightSavingsTime().size());
        assertEquals(
                Instant.parse("2026-06-10T09:00:00Z"),
                parsed.getEvents().get(0).getDateStart().getValue().toInstant());
    }

    @Test
    void everyLineIsFoldedAndEndsWithCrLf() {
        String text = CalendarFiles.write(
                "Summit",
                ZoneId.of("America/New_York"),
                List.of(talk(1, LocalDateTime.of(2026, 11, 1, 1, 30), LocalDateTime.of(2026, 11, 1, 2, 30), 0)),
                NOW);

        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), text);
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(text.contains("X-WR-CALNAME:Summit"));
    }

    @Test
    void anEmptyAgendaIsStillACalendar() throws IOException {
        String text = CalendarFiles.write("Nothing kept", ZoneId.of("Asia/Kolkata"), List.of(), NOW);
        assertEquals(0, parse(text).getEvents().size());
    }
}
