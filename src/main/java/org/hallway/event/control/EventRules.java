package org.hallway.event.control;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hallway.event.entity.Event;
import org.hallway.platform.Violation;

/** What makes an event's details acceptable, apart from the slug being free (that needs the database). */
public final class EventRules {

    public static final int MIN_SLUG = 3;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{" + MIN_SLUG + "," + Event.MAX_SLUG + "}");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    /** The zones an organiser may choose from, sorted for the form. */
    public static final List<String> TIME_ZONES = ZONES.stream().sorted().toList();

    private EventRules() {}

    public static List<Violation> check(EventDetails details) {
        List<Violation> violations = new ArrayList<>();
        if (blank(details.name())) {
            violations.add(Violation.of("name", "Enter the event's name."));
        } else if (details.name().length() > Event.MAX_NAME) {
            violations.add(Violation.of("name", "The name may have at most " + Event.MAX_NAME + " characters."));
        }
        if (!wellFormedSlug(details.slug())) {
            violations.add(Violation.of(
                    "slug",
                    "The address name may use only lower-case letters, digits and hyphens, " + MIN_SLUG + " to "
                            + Event.MAX_SLUG + " characters."));
        }
        if (details.description() != null && details.description().length() > Event.MAX_DESCRIPTION) {
            violations.add(Violation.of(
                    "description", "The description may have at most " + Event.MAX_DESCRIPTION + " characters."));
        }
        if (blank(details.timeZone()) || !ZONES.contains(details.timeZone())) {
            violations.add(Violation.of("timeZone", "Choose a time zone from the list."));
        }
        if (details.firstDay() == null) {
            violations.add(Violation.of("firstDay", "Enter the event's first day."));
        }
        if (details.lastDay() == null) {
            violations.add(Violation.of("lastDay", "Enter the event's last day."));
        } else if (details.firstDay() != null && details.lastDay().isBefore(details.firstDay())) {
            violations.add(Violation.of("lastDay", "The last day cannot be before the first day."));
        }
        return violations;
    }

    public static boolean wellFormedSlug(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
