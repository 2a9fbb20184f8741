package org.hallway.room.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.hallway.room.control.AttendanceSummary.Visit;
import org.junit.jupiter.api.Test;

class AttendanceSummaryTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 12, 1, 14, 0);

    static Visit visit(long who, int fromMinute, Integer toMinute) {
        return new Visit(who, T.plusMinutes(fromMinute), toMinute == null ? null : T.plusMinutes(toMinute));
    }

    @Test
    void noVisitsIsNobody() {
        assertEquals(AttendanceSummary.EMPTY, AttendanceSummary.of(List.of(), T));
    }

    @Test
    void countsUniqueAttendeesPeakAndAverageMinutes() {
        var summary = AttendanceSummary.of(
                List.of(visit(1, 0, 30), visit(2, 10, 20), visit(3, 25, 55), visit(1, 40, 50)), T.plusHours(2));
        assertEquals(3, summary.uniqueAttendees());
        assertEquals(2, summary.peakConcurrent());
        assertEquals(Math.round((40 + 10 + 30) / 3.0), summary.averageMinutes());
    }

    @Test
    void twoTabsOfOnePersonCountOnceForPeakAndTime() {
        var summary = AttendanceSummary.of(List.of(visit(1, 0, 30), visit(1, 5, 20)), T.plusHours(1));
        assertEquals(1, summary.uniqueAttendees());
        assertEquals(1, summary.peakConcurrent());
        assertEquals(30, summary.averageMinutes());
    }

    @Test
    void anOpenVisitRunsUntilNow() {
        var summary = AttendanceSummary.of(List.of(visit(1, 0, null)), T.plusMinutes(12));
        assertEquals(12, summary.averageMinutes());
        assertEquals(1, summary.peakConcurrent());
    }

    @Test
    void aStayOfNoLengthDoesNotLowerThePeak() {
        var summary = AttendanceSummary.of(List.of(visit(1, 0, 0), visit(1, 0, null), visit(2, 0, null)), T);
        assertEquals(2, summary.uniqueAttendees());
        assertEquals(0, summary.peakConcurrent(), "nobody has been in the room for any time yet");
        var later =
                AttendanceSummary.of(List.of(visit(1, 0, 0), visit(1, 0, null), visit(2, 0, null)), T.plusSeconds(1));
        assertEquals(2, later.peakConcurrent());
    }

    @Test
    void oneLeavingAsAnotherEntersIsNotTwoAtOnce() {
        var summary = AttendanceSummary.of(List.of(visit(1, 0, 10), visit(2, 10, 20)), T.plusHours(1));
        assertEquals(1, summary.peakConcurrent());
    }
}
