package org.hallway.room.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A room's attendance as organisers read it: unique attendees, the most people in the room at
 * once, and the average minutes each attendee spent in it. Pure: visits and "now" (for visits still
 * open) are passed in. A person's overlapping visits (two tabs) count once, for the time covered.
 */
public record AttendanceSummary(int uniqueAttendees, int peakConcurrent, long averageMinutes)
        implements java.io.Serializable {

    public static final AttendanceSummary EMPTY = new AttendanceSummary(0, 0, 0);

    /** One stay: {@code leftAt} null while the person is still in the room. */
    public record Visit(long accountId, LocalDateTime enteredAt, LocalDateTime leftAt) {}

    public static AttendanceSummary of(Collection<Visit> visits, LocalDateTime now) {
        if (visits.isEmpty()) {
            return EMPTY;
        }
        Map<Long, List<Visit>> byPerson = new HashMap<>();
        visits.forEach(v ->
                byPerson.computeIfAbsent(v.accountId(), a -> new ArrayList<>()).add(v));
        long totalSeconds = 0;
        List<long[]> edges = new ArrayList<>(); // per person's merged stays: {epoch second, +1/-1}
        for (List<Visit> own : byPerson.values()) {
            own.sort(java.util.Comparator.comparing(Visit::enteredAt));
            LocalDateTime from = null;
            LocalDateTime to = null;
            for (Visit v : own) {
                LocalDateTime end = v.leftAt() == null ? now : v.leftAt();
                if (end.isBefore(v.enteredAt())) {
                    end = v.enteredAt();
                }
                if (from != null && !v.enteredAt().isAfter(to)) {
                    to = end.isAfter(to) ? end : to;
                    continue;
                }
                if (from != null) {
                    totalSeconds += close(from, to, edges);
                }
                from = v.enteredAt();
                to = end;
            }
            totalSeconds += close(from, to, edges);
        }
        // leaving before entering at the same instant: a hand-over is not two people at once
        edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int inRoom = 0;
        int peak = 0;
        for (long[] edge : edges) {
            inRoom += (int) edge[1];
            peak = Math.max(peak, inRoom);
        }
        long averageMinutes = Math.round(totalSeconds / 60.0 / byPerson.size());
        return new AttendanceSummary(byPerson.size(), peak, averageMinutes);
    }

    /** A stay of no length is nobody in the room (it would leave before it entered in the sweep). */
    private static long close(LocalDateTime from, LocalDateTime to, List<long[]> edges) {
        if (to.isAfter(from)) {
            edges.add(new long[] {from.toInstant(java.time.ZoneOffset.UTC).toEpochMilli(), 1});
            edges.add(new long[] {to.toInstant(java.time.ZoneOffset.UTC).toEpochMilli(), -1});
        }
        return Duration.between(from, to).getSeconds();
    }
}
