package org.hallway.agenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.hallway.account.control.Person;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.entity.Event;
import org.hallway.platform.Violation;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

    private static final LocalDate DAY1 = LocalDate.of(2030, 5, 14);
    private static final LocalDate DAY2 = DAY1.plusDays(1);
    private static final Event EVENT = new Event("summit", "Summit", null, ZoneId.of("Europe/Berlin"), DAY1, DAY2);
    private static final Person ADA = new Person(1, "Ada Lovelace", null, null);
    private static final Person GRACE = new Person(2, "Grace Hopper", null, null);
    private static final Person ALAN = new Person(3, "Alan Turing", null, null);

    private static LocalDateTime at(LocalDate day, String time) {
        return day.atTime(java.time.LocalTime.parse(time));
    }

    private static SessionPlan session(Long id, String name, String track, String from, String to) {
        return new SessionPlan(
                id, SessionType.SESSION, name, null, track, at(DAY1, from), at(DAY1, to), null, Set.of(), Set.of());
    }

    private static SessionPlan withPeople(SessionPlan s, Set<Person> speakers, Set<Person> moderators) {
        return new SessionPlan(
                s.id(),
                s.type(),
                s.name(),
                s.description(),
                s.track(),
                s.startsAt(),
                s.endsAt(),
                s.capacity(),
                speakers,
                moderators);
    }

    private static SessionPlan withType(SessionPlan s, SessionType type) {
        return new SessionPlan(
                s.id(),
                type,
                s.name(),
                s.description(),
                s.track(),
                s.startsAt(),
                s.endsAt(),
                s.capacity(),
                s.speakers(),
                s.moderators());
    }

    private static SessionPlan withTimes(SessionPlan s, LocalDateTime start, LocalDateTime end) {
        return new SessionPlan(
                s.id(),
                s.type(),
                s.name(),
                s.description(),
                s.track(),
                start,
                end,
                s.capacity(),
                s.speakers(),
                s.moderators());
    }

    private static List<Violation> check(SessionPlan plan, SessionPlan... others) {
        return ScheduleRules.check(EVENT, plan, List.of(others));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    private static final SessionPlan ENGINES = session(10L, "Engines of analysis", "Track A", "10:00", "11:00");

    @Test
    void aCompleteSessionOnAnEmptyAgendaIsAccepted() {
        assertEquals(List.of(), check(session(null, "Keynote", "Main stage", "09:00", "09:45")));
    }

    @Test
    void overlappingSessionsInOneTrackAreRefusedNamingTheOtherSession() {
        var violations = check(session(null, "Compilers", "Track A", "10:30", "11:30"), ENGINES);
        assertEquals(List.of("track"), fields(violations));
        assertTrue(violations.get(0).message().contains("Engines of analysis"), violations.toString());
        assertTrue(violations.get(0).message().contains("10:00–11:00"), violations.toString());
    }

    @Test
    void aSessionInsideAnotherInTheSameTrackIsRefused() {
        assertEquals(List.of("track"), fields(check(session(null, "Inner", "Track A", "10:15", "10:45"), ENGINES)));
        assertEquals(List.of("track"), fields(check(session(null, "Outer", "Track A", "09:00", "12:00"), ENGINES)));
    }

    @Test
    void tracksAreComparedIgnoringCaseAndSurroundingSpaces() {
        assertEquals(List.of("track"), fields(check(session(null, "Other", " track a ", "10:30", "11:30"), ENGINES)));
    }

    @Test
    void parallelSessionsInDifferentTracksMayOverlap() {
        assertEquals(List.of(), check(session(null, "Compilers", "Track B", "10:00", "11:00"), ENGINES));
    }

    @Test
    void touchingSessionsInOneTrackDoNotOverlap() {
        assertEquals(List.of(), check(session(null, "Next", "Track A", "11:00", "12:00"), ENGINES));
        assertEquals(List.of(), check(session(null, "Before", "Track A", "09:00", "10:00"), ENGINES));
    }

    @Test
    void sameTimeOnAnotherDayDoesNotOverlap() {
        var nextDay =
                withTimes(session(null, "Again", "Track A", "10:00", "11:00"), at(DAY2, "10:00"), at(DAY2, "11:00"));
        assertEquals(List.of(), check(nextDay, ENGINES));
    }

    @Test
    void editingASessionDoesNotClashWithItself() {
        var moved = session(10L, "Engines of analysis", "Track A", "10:30", "11:30");
        assertEquals(List.of(), check(moved, ENGINES));
    }

    @Test
    void editingASessionStillClashesWithOthers() {
        var other = session(11L, "Compilers", "Track A", "11:00", "12:00");
        assertEquals(
                List.of("track"), fields(check(session(10L, "Engines", "Track A", "10:30", "11:30"), ENGINES, other)));
    }

    @Test
    void aSpeakerCannotSpeakInTwoOverlappingSessions() {
        var first = withPeople(ENGINES, Set.of(ADA), Set.of());
        var violations = check(
                withPeople(session(null, "Notes", "Track B", "10:30", "11:30"), Set.of(ADA, GRACE), Set.of()), first);
        assertEquals(List.of("speakers"), fields(violations));
        assertTrue(violations.get(0).message().contains("Ada Lovelace"), violations.toString());
        assertTrue(violations.get(0).message().contains("Engines of analysis"), violations.toString());
    }

    @Test
    void aModeratorCannotModerateTwoOverlappingSessions() {
        var first = withPeople(ENGINES, Set.of(), Set.of(GRACE));
        var violations =
                check(withPeople(session(null, "Panel", "Track B", "10:45", "11:15"), Set.of(), Set.of(GRACE)), first);
        assertEquals(List.of("moderators"), fields(violations));
        assertTrue(violations.get(0).message().contains("Grace Hopper"), violations.toString());
        assertTrue(violations.get(0).message().contains("Engines of analysis"), violations.toString());
    }

    @Test
    void aSpeakerCannotModerateAnOverlappingSessionNorTheOtherWayRound() {
        var speaking = withPeople(ENGINES, Set.of(ADA), Set.of());
        assertEquals(
                List.of("moderators"),
                fields(check(
                        withPeople(session(null, "Panel", "Track B", "10:30", "11:30"), Set.of(), Set.of(ADA)),
                        speaking)));
        var moderating = withPeople(ENGINES, Set.of(), Set.of(ADA));
        assertEquals(
                List.of("speakers"),
                fields(check(
                        withPeople(session(null, "Talk", "Track B", "10:30", "11:30"), Set.of(ADA), Set.of()),
                        moderating)));
    }

    @Test
    void peopleMayBeBookedBackToBackOrInSessionsThatDoNotOverlap() {
        var first = withPeople(ENGINES, Set.of(ADA), Set.of(GRACE));
        assertEquals(
                List.of(),
                check(
                        withPeople(session(null, "Next", "Track B", "11:00", "12:00"), Set.of(ADA), Set.of(GRACE)),
                        first));
    }

    @Test
    void otherPeopleMayBeBookedAtTheSameTime() {
        var first = withPeople(ENGINES, Set.of(ADA), Set.of(GRACE));
        assertEquals(
                List.of(),
                check(withPeople(session(null, "Other", "Track B", "10:00", "11:00"), Set.of(ALAN), Set.of()), first));
    }

    @Test
    void aTrackClashAndADoubleBookingAreBothReported() {
        var first = withPeople(ENGINES, Set.of(ADA), Set.of());
        var violations =
                check(withPeople(session(null, "Clash", "Track A", "10:30", "11:30"), Set.of(ADA), Set.of()), first);
        assertEquals(List.of("track", "speakers"), fields(violations));
    }

    @Test
    void aSessionBeforeTheFirstDayIsRefused() {
        var early = withTimes(ENGINES, at(DAY1.minusDays(1), "10:00"), at(DAY1.minusDays(1), "11:00"));
        var violations = check(early);
        assertEquals(List.of("startsAt"), fields(violations));
        assertEquals(
                "The session must take place on the event's days (2030-05-14 to 2030-05-15).",
                violations.get(0).message());
    }

    @Test
    void aSessionRunningPastTheLastDayIsRefused() {
        var late = withTimes(ENGINES, at(DAY2, "23:00"), at(DAY2.plusDays(1), "00:30"));
        assertEquals(List.of("startsAt"), fields(check(late)));
    }

    @Test
    void aSessionMayEndAtMidnightAfterTheLastDayAndSpanTheEventsDays() {
        assertEquals(
                List.of(),
                check(withTimes(ENGINES, at(DAY2, "23:00"), DAY2.plusDays(1).atStartOfDay())));
        assertEquals(List.of(), check(withTimes(ENGINES, at(DAY1, "20:00"), at(DAY2, "02:00"))));
    }

    @Test
    void aNetworkingSessionOutsideTheEventDaysGetsItsOwnWording() {
        var networking = withType(
                withTimes(ENGINES, at(DAY2.plusDays(3), "10:00"), at(DAY2.plusDays(3), "11:00")),
                SessionType.NETWORKING);
        assertEquals(
                List.of(Violation.of("startsAt", "A networking session can only be scheduled on your event days.")),
                check(networking));
    }

    @Test
    void aSessionMustEndAfterItStarts() {
        var backwards = session(null, "Backwards", "Track A", "11:00", "10:00");
        var violations = check(backwards);
        assertEquals(List.of(Violation.of("endsAt", "The session must end after it starts.")), violations);
        assertEquals(List.of("endsAt"), fields(check(session(null, "Empty", "Track C", "11:00", "11:00"))));
    }

    @Test
    void missingTimesAreReportedAndSkipTheOverlapRules() {
        var noTimes = withTimes(session(null, "Unscheduled", "Track A", "10:00", "11:00"), null, null);
        assertEquals(List.of("startsAt", "endsAt"), fields(check(noTimes, ENGINES)));
    }

    @Test
    void anEmptyOrBlankNameIsRefused() {
        assertEquals(List.of("name"), fields(check(session(null, "", "Track A", "12:00", "13:00"))));
        assertEquals(List.of("name"), fields(check(session(null, "   ", "Track A", "12:00", "13:00"))));
        assertEquals(List.of("name"), fields(check(session(null, null, "Track A", "12:00", "13:00"))));
    }

    @Test
    void aNameOf120CharactersIsAcceptedAnd121IsRefused() {
        assertEquals(List.of(), check(session(null, "n".repeat(120), "Track A", "12:00", "13:00")));
        var violations = check(session(null, "n".repeat(121), "Track A", "12:00", "13:00"));
        assertEquals(List.of(Violation.of("name", "The name may have at most 120 characters.")), violations);
    }

    @Test
    void theTrackIsRequiredAndAtMost60Characters() {
        assertEquals(List.of("track"), fields(check(session(null, "Talk", " ", "12:00", "13:00"))));
        assertEquals(List.of(), check(session(null, "Talk", "t".repeat(60), "12:00", "13:00")));
        assertEquals(List.of("track"), fields(check(session(null, "Talk", "t".repeat(61), "12:00", "13:00"))));
    }

    @Test
    void theDescriptionMayHaveAtMost4000Characters() {
        var s = session(null, "Talk", "Track C", "12:00", "13:00");
        var ok = new SessionPlan(
                null,
                SessionType.SESSION,
                "Talk",
                "d".repeat(4000),
                "Track C",
                s.startsAt(),
                s.endsAt(),
                null,
                null,
                null);
        var tooLong = new SessionPlan(
                null,
                SessionType.SESSION,
                "Talk",
                "d".repeat(4001),
                "Track C",
                s.startsAt(),
                s.endsAt(),
                null,
                null,
                null);
        assertEquals(List.of(), check(ok));
        assertEquals(List.of("description"), fields(check(tooLong)));
    }

    @Test
    void aCapacityMustBeBetweenOneAndOneHundredThousandWhenGiven() {
        var s = session(null, "Talk", "Track C", "12:00", "13:00");
        for (Integer ok : new Integer[] {null, 1, 100_000}) {
            assertEquals(
                    List.of(),
                    check(new SessionPlan(
                            null, s.type(), s.name(), null, s.track(), s.startsAt(), s.endsAt(), ok, null, null)),
                    "capacity " + ok);
        }
        for (int bad : new int[] {0, -5, 100_001}) {
            assertEquals(
                    List.of("capacity"),
                    fields(check(new SessionPlan(
                            null, s.type(), s.name(), null, s.track(), s.startsAt(), s.endsAt(), bad, null, null))),
                    "capacity " + bad);
        }
    }

    @Test
    void aMissingTypeIsRefused() {
        assertEquals(
                List.of("type"), fields(check(withType(session(null, "Talk", "Track C", "12:00", "13:00"), null))));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var bad = new SessionPlan(null, null, "", null, "", at(DAY1, "12:00"), at(DAY1, "11:00"), 0, null, null);
        assertEquals(List.of("type", "name", "track", "capacity", "endsAt"), fields(check(bad)));
    }
}
