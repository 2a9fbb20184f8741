package org.hallway.agenda.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hallway.account.control.Person;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.entity.Event;
import org.hallway.platform.Violation;

/**
 * The rules a session must keep to be saved on an event's agenda: complete, sensible fields,
 * on the event's days, no two overlapping sessions in one track, nobody booked twice at once.
 * Pure: it sees only what it is given, so it can be tested without a container.
 *
 * <p>Times are half-open: a session ending at 10:00 and one starting at 10:00 do not overlap.
 */
public final class ScheduleRules {

    public static final int MAX_CAPACITY = 100_000;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private ScheduleRules() {}

    public static List<Violation> check(Event event, SessionPlan plan, Collection<SessionPlan> others) {
        return check(event.getFirstDay(), event.getLastDay(), plan, others);
    }

    /** Every rule {@code plan} breaks, in the order of the form's fields; empty when it may be saved. */
    public static List<Violation> check(
            LocalDate firstDay, LocalDate lastDay, SessionPlan plan, Collection<SessionPlan> others) {
        List<Violation> violations = new ArrayList<>();
        fields(plan, violations);
        boolean timesKnown = times(firstDay, lastDay, plan, violations);
        if (timesKnown) {
            List<SessionPlan> overlapping = others.stream()
                    .filter(other -> plan.id() == null || !plan.id().equals(other.id()))
                    .filter(other -> overlap(plan, other))
                    .toList();
            trackClashes(plan, overlapping, violations);
            doubleBookings(plan, overlapping, violations);
        }
        return violations;
    }

    private static void fields(SessionPlan plan, List<Violation> violations) {
        if (plan.type() == null) {
            violations.add(Violation.of("type", "Choose the kind of session."));
        }
        if (blank(plan.name())) {
            violations.add(Violation.of("name", "Enter the session's name."));
        } else if (plan.name().length() > AgendaSession.MAX_NAME) {
            violations.add(
                    Violation.of("name", "The name may have at most " + AgendaSession.MAX_NAME + " characters."));
        }
        if (plan.description() != null && plan.description().length() > AgendaSession.MAX_DESCRIPTION) {
            violations.add(Violation.of(
                    "description",
                    "The description may have at most " + AgendaSession.MAX_DESCRIPTION + " characters."));
        }
        if (blank(plan.track())) {
            violations.add(Violation.of("track", "Enter the track or room."));
        } else if (plan.track().length() > AgendaSession.MAX_TRACK) {
            violations.add(
                    Violation.of("track", "The track may have at most " + AgendaSession.MAX_TRACK + " characters."));
        }
        if (plan.capacity() != null && (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY)) {
            violations.add(Violation.of(
                    "capacity", "The capacity must be between 1 and " + MAX_CAPACITY + ", or empty for no limit."));
        }
    }

    /** True when start and end are usable for the overlap rules. */
    private static boolean times(LocalDate firstDay, LocalDate lastDay, SessionPlan plan, List<Violation> violations) {
        if (plan.startsAt() == null) {
            violations.add(Violation.of("startsAt", "Enter when the session starts."));
        }
        if (plan.endsAt() == null) {
            violations.add(Violation.of("endsAt", "Enter when the session ends."));
        }
        if (plan.startsAt() == null || plan.endsAt() == null) {
            return false;
        }
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            violations.add(Violation.of("endsAt", "The session must end after it starts."));
            return false;
        }
        // A session may end at midnight after the last day, but not later.
        LocalDateTime earliest = firstDay.atStartOfDay();
        LocalDateTime latest = lastDay.plusDays(1).atStartOfDay();
        if (plan.startsAt().isBefore(earliest) || plan.endsAt().isAfter(latest)) {
            violations.add(Violation.of(
                    "startsAt",
                    plan.type() == SessionType.NETWORKING
                            ? "A networking session can only be scheduled on your event days."
                            : "The session must take place on the event's days (" + firstDay + " to " + lastDay
                                    + ")."));
        }
        return true;
    }

    private static void trackClashes(SessionPlan plan, List<SessionPlan> overlapping, List<Violation> violations) {
        if (blank(plan.track())) {
            return;
        }
        overlapping.stream()
                .filter(other -> sameTrack(plan.track(), other.track()))
                .forEach(
                        other -> violations.add(
                                Violation.of(
                                        "track",
                                        "Track “" + other.track().strip() + "” already has “" + other.name() + "” "
                                                + when(other)
                                                + "; sessions in one track cannot overlap (use another track for a parallel session).")));
    }

    private static void doubleBookings(SessionPlan plan, List<SessionPlan> overlapping, List<Violation> violations) {
        for (SessionPlan other : overlapping) {
            for (Person person : plan.speakers()) {
                if (booked(person, other)) {
                    violations.add(Violation.of("speakers", doubleBooked(person, other)));
                }
            }
            for (Person person : plan.moderators()) {
                if (booked(person, other) && !plan.speakers().contains(person)) {
                    violations.add(Violation.of("moderators", doubleBooked(person, other)));
                }
            }
        }
    }

    private static String doubleBooked(Person person, SessionPlan other) {
        return person.displayName() + " is already booked for “" + other.name() + "” " + when(other)
                + " and cannot be in two sessions at once.";
    }

    private static boolean booked(Person person, SessionPlan session) {
        return session.speakers().contains(person) || session.moderators().contains(person);
    }

    private static boolean overlap(SessionPlan a, SessionPlan b) {
        return b.startsAt() != null
                && b.endsAt() != null
                && a.startsAt().isBefore(b.endsAt())
                && b.startsAt().isBefore(a.endsAt());
    }

    private static boolean sameTrack(String a, String b) {
        return b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    private static String when(SessionPlan session) {
        String end = Objects.equals(
                        session.startsAt().toLocalDate(), session.endsAt().toLocalDate())
                ? TIME.format(session.endsAt())
                : DAY_TIME.format(session.endsAt());
        return "(" + DAY_TIME.format(session.startsAt()) + "–" + end + ")";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
