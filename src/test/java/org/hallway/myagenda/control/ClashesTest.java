package org.hallway.myagenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClashesTest {

    private static Clashes.Slot slot(long id, String name, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new Clashes.Slot(
                id,
                name,
                LocalDateTime.of(2026, 12, 7, fromHour, fromMinute),
                LocalDateTime.of(2026, 12, 7, toHour, toMinute));
    }

    @Test
    void overlappingSessionsClashBothWays() {
        Map<Long, List<String>> clashes =
                Clashes.among(List.of(slot(2, "Compilers", 10, 30, 11, 30), slot(1, "Engines", 10, 0, 11, 0)));
        assertEquals(Map.of(1L, List.of("Compilers"), 2L, List.of("Engines")), clashes);
    }

    @Test
    void sessionsThatOnlyTouchDoNotClash() {
        assertEquals(Map.of(), Clashes.among(List.of(slot(1, "First", 9, 0, 10, 0), slot(2, "Second", 10, 0, 11, 0))));
    }

    @Test
    void anAllDaySessionClashesWithEachSessionInside() {
        Map<Long, List<String>> clashes = Clashes.among(List.of(
                slot(1, "All day", 0, 0, 23, 59), slot(2, "Morning", 9, 0, 10, 0), slot(3, "Noon", 12, 0, 13, 0)));
        assertEquals(List.of("Morning", "Noon"), clashes.get(1L));
        assertEquals(List.of("All day"), clashes.get(2L));
        assertEquals(List.of("All day"), clashes.get(3L));
    }
}
