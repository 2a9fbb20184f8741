package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MeetingHistoryTest {

    @Test
    void remembersWhenTwoAttendeesLastMetInEitherOrder() {
        MeetingHistory history = new MeetingHistory();
        history.record(7, 3, 1_000);
        assertEquals(1_000, history.lastMet(3, 7));
        assertEquals(1_000, history.lastMet(7, 3));
        assertTrue(history.haveMet(3, 7));
    }

    @Test
    void reportsNeverForAttendeesWhoDidNotMeet() {
        MeetingHistory history = new MeetingHistory();
        history.record(1, 2, 1_000);
        assertEquals(MeetingHistory.NEVER, history.lastMet(1, 3));
        assertFalse(history.haveMet(2, 3));
    }

    @Test
    void keepsTheLatestMeetingWhenReportsArriveOutOfOrder() {
        MeetingHistory history = new MeetingHistory();
        history.record(1, 2, 5_000);
        history.record(2, 1, 3_000);
        assertEquals(5_000, history.lastMet(1, 2));
        history.record(1, 2, 9_000);
        assertEquals(9_000, history.lastMet(1, 2));
        assertEquals(1, history.size());
    }

    @Test
    void forgetsOnlyMeetingsThatEndedBeforeTheGivenTime() {
        MeetingHistory history = new MeetingHistory();
        history.record(1, 2, 1_000);
        history.record(1, 3, 2_000);
        history.record(2, 3, 3_000);
        assertEquals(1, history.forget(2_000));
        assertEquals(MeetingHistory.NEVER, history.lastMet(1, 2));
        assertEquals(2_000, history.lastMet(1, 3));
        assertEquals(3_000, history.lastMet(3, 2));
        assertEquals(2, history.size());
        history.record(1, 2, 4_000); // still writable after pruning
        assertEquals(4_000, history.lastMet(2, 1));
    }

    @Test
    void handlesExtremeAndNegativeIdsAndTimes() {
        MeetingHistory history = new MeetingHistory();
        history.record(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        history.record(-5, 0, -10);
        assertEquals(Long.MAX_VALUE, history.lastMet(Long.MAX_VALUE, Long.MIN_VALUE));
        assertEquals(-10, history.lastMet(0, -5));
        assertThrows(IllegalArgumentException.class, () -> history.record(4, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> history.record(4, 5, MeetingHistory.NEVER));
    }

    @Test
    void agreesWithAHashMapOnAHundredThousandAttendeesWithFivePartnersEach() {
        SplittableRandom random = new SplittableRandom(1);
        MeetingHistory history = new MeetingHistory();
        Map<Long, Long> expected = new HashMap<>();
        long attendees = 100_000;
        for (long a = 0; a < attendees; a++) {
            for (int m = 0; m < 5; m++) {
                long b = random.nextLong(attendees);
                if (b == a) {
                    continue;
                }
                long ended = random.nextLong(1_000_000);
                history.record(a, b, ended);
                expected.merge(Math.min(a, b) * attendees + Math.max(a, b), ended, Math::max);
            }
        }
        assertEquals(expected.size(), history.size());
        expected.forEach((key, ended) -> assertEquals(ended, history.lastMet(key % attendees, key / attendees)));
        for (int probe = 0; probe < 10_000; probe++) {
            long a = attendees + random.nextLong(attendees);
            assertEquals(MeetingHistory.NEVER, history.lastMet(a, random.nextLong(attendees)));
        }
        int dropped = history.forget(500_000);
        long kept = expected.values().stream().filter(t -> t >= 500_000).count();
        assertEquals(expected.size() - kept, dropped);
        assertEquals(kept, history.size());
    }
}
