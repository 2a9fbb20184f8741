package org.hallway.calendar.control;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A VTIMEZONE for a java.time zone, from the JDK's own rules (no download): every offset change
 * within the years asked for, as observances with their own start, plus the offset in force before
 * the first. Calendar apps then read each local time the way the server means it.
 */
final class ZoneDefinition {

    private ZoneDefinition() {}

    /** The zone's definition covering {@code from}..{@code to} (instants), with a year's margin each side. */
    static VTimezone of(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        Instant start = LocalDateTime.ofInstant(from, ZoneOffset.UTC)
                .minusYears(1)
                .withDayOfYear(1)
                .toLocalDate()
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        Instant end = LocalDateTime.ofInstant(to, ZoneOffset.UTC).plusYears(1).toInstant(ZoneOffset.UTC);
        var definition = new VTimezone(zone.getId());
        ZoneOffset first = rules.getOffset(start);
        Observance initial = rules.isDaylightSavings(start) ? new DaylightSavingsTime() : new StandardTime();
        describe(initial, LocalDateTime.ofInstant(start, first), first, first);
        add(definition, initial);
        for (ZoneOffsetTransition t = rules.nextTransition(start);
                t != null && t.getInstant().isBefore(end);
                t = rules.nextTransition(t.getInstant())) {
            Observance o = rules.isDaylightSavings(t.getInstant()) ? new DaylightSavingsTime() : new StandardTime();
            describe(o, t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter());
            add(definition, o);
        }
        return definition;
    }

    /** DTSTART is the local time of the change as read before it (RFC 5545 3.6.5). */
    private static void describe(Observance o, LocalDateTime localStart, ZoneOffset from, ZoneOffset to) {
        o.setDateStart(new DateTimeComponents(
                localStart.getYear(),
                localStart.getMonthValue(),
                localStart.getDayOfMonth(),
                localStart.getHour(),
                localStart.getMinute(),
                localStart.getSecond(),
                false));
        o.setTimezoneOffsetFrom(new UtcOffset(from.getTotalSeconds() * 1000L));
        o.setTimezoneOffsetTo(new UtcOffset(to.getTotalSeconds() * 1000L));
    }

    private static void add(VTimezone definition, Observance o) {
        if (o instanceof DaylightSavingsTime daylight) {
            definition.addDaylightSavingsTime(daylight);
        } else {
            definition.addStandardTime((StandardTime) o);
        }
    }
}
