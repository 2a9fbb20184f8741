package org.hallway.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bookkeeping of one failover: who was in which meeting, ending when, at the kill; who then
 * resumed which meeting with which end, when. A meeting has resumed once each of its attendees
 * got {@code matched} with {@code resumed: true} for it again, its end unchanged; an attendee
 * is lost who never resumed, or whose first resume named another meeting or another end.
 * Pure: the times are passed in.
 */
final class FailoverTally {

    /** An attendee's meeting at the kill. */
    record Seat(long meetingId, String endsAt) {
    }

    private record Resume(long meetingId, String endsAt, long atNanos) {
    }

    /** What the failover came to; {@code allResumedSeconds} is NaN unless every running meeting resumed. */
    record Outcome(int meetings, int attendees, int meetingsResumed, int lost, double allResumedSeconds,
                   double medianMeetingSeconds) {
    }

    private final long killedNanos;
    private final Map<Long, Seat> running;
    private final Map<Long, Resume> resumed = new ConcurrentHashMap<>();

    FailoverTally(long killedNanos, Map<Long, Seat> running) {
        this.killedNanos = killedNanos;
        this.running = Map.copyOf(running);
    }

    /** A {@code matched} with {@code resumed: true} seen by an attendee; only the first one after the kill counts. */
    void resumed(long accountId, long meetingId, String endsAt, long atNanos) {
        if (running.containsKey(accountId) && atNanos >= killedNanos) {
            resumed.putIfAbsent(accountId, new Resume(meetingId, endsAt, atNanos));
        }
    }

    /** Whether everyone who was in a meeting at the kill has resumed (rightly or not): nothing more to wait for. */
    boolean settled() {
        return resumed.keySet().containsAll(running.keySet());
    }

    int waiting() {
        return (int) running.keySet().stream().filter(a -> !resumed.containsKey(a)).count();
    }

    Outcome outcome() {
        Map<Long, Long> meetingResumedAt = new HashMap<>();
        Map<Long, Boolean> meetingWhole = new HashMap<>();
        int lost = 0;
        for (var e : running.entrySet()) {
            Seat seat = e.getValue();
            Resume r = resumed.get(e.getKey());
            boolean kept = r != null && r.meetingId() == seat.meetingId() && r.endsAt().equals(seat.endsAt());
            if (!kept) {
                lost++;
            }
            meetingWhole.merge(seat.meetingId(), kept, Boolean::logicalAnd);
            if (kept) {
                meetingResumedAt.merge(seat.meetingId(), r.atNanos(), Math::max);
            }
        }
        List<Double> perMeeting = new ArrayList<>();
        meetingWhole.forEach((meeting, whole) -> {
            if (whole) {
                perMeeting.add((meetingResumedAt.get(meeting) - killedNanos) / 1e9);
            }
        });
        int meetings = meetingWhole.size();
        double all = perMeeting.size() == meetings && meetings > 0
                ? perMeeting.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN) : Double.NaN;
        return new Outcome(meetings, running.size(), perMeeting.size(), lost, all, Results.median(perMeeting));
    }
}
