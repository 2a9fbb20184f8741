package org.hallway.room.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresencePacerTest {

    static final long T = 1_000_000L;
    static final long SECOND = PresencePacer.INTERVAL.toMillis();
    static final long ROOM = 42;
    final PresencePacer pacer = new PresencePacer();

    @Test
    void theFirstChangeInAQuietRoomGoesOutAtOnce() {
        assertTrue(pacer.changed(ROOM, T));
        assertEquals(List.of(), pacer.due(T + 10 * SECOND), "nothing held back");
    }

    @Test
    void aRoomFillingUpHearsOneCountASecondNotOnePerJoin() {
        int outAtOnce = 0;
        int outLater = 0;
        // 5,000 joins within 5 seconds, the timer ticking every 100 ms
        for (int join = 0; join < 5_000; join++) {
            long now = T + join;
            if (join % 100 == 0) {
                outLater += pacer.due(now).size();
            }
            if (pacer.changed(ROOM, now)) {
                outAtOnce++;
            }
        }
        outLater += pacer.due(T + 5_000 + SECOND).size();
        assertEquals(1, outAtOnce);
        assertEquals(5, outLater, "one held-back count per second, the last one after the joins stopped");
    }

    @Test
    void aHeldBackCountGoesOutOnceTheIntervalPassedWithTheCountAsItIsThen() {
        assertTrue(pacer.changed(ROOM, T));
        assertFalse(pacer.changed(ROOM, T + 10));
        assertFalse(pacer.changed(ROOM, T + 20));
        assertEquals(List.of(), pacer.due(T + SECOND - 1));
        assertEquals(List.of(ROOM), pacer.due(T + SECOND));
        assertEquals(List.of(), pacer.due(T + 2 * SECOND), "told once");
    }

    @Test
    void aChangeRightAfterAHeldBackCountWaitsForTheNextInterval() {
        pacer.changed(ROOM, T);
        pacer.changed(ROOM, T + 10);
        assertEquals(List.of(ROOM), pacer.due(T + SECOND));
        assertFalse(pacer.changed(ROOM, T + SECOND + 1));
        assertEquals(List.of(ROOM), pacer.due(T + 2 * SECOND));
    }

    @Test
    void roomsArePacedEachOnItsOwn() {
        assertTrue(pacer.changed(1, T));
        assertTrue(pacer.changed(2, T + 10));
        assertFalse(pacer.changed(1, T + 20));
        assertEquals(List.of(1L), pacer.due(T + SECOND));
    }

    @Test
    void roomsQuietForAnIntervalAreForgotten() {
        for (long room = 1; room <= 1_000; room++) {
            pacer.changed(room, T);
        }
        pacer.changed(7, T + 10);
        pacer.due(T + SECOND);
        assertEquals(1, pacer.remembered(), "only the room whose held-back count just went out");
        pacer.due(T + 2 * SECOND);
        assertEquals(0, pacer.remembered());
        assertTrue(pacer.changed(7, T + 2 * SECOND), "a forgotten room's next change goes out at once");
    }
}
