package org.hallway.room.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hallway.room.control.Departures.Key;
import org.junit.jupiter.api.Test;

class DeparturesTest {

    static final long T = 1_000_000L;
    static final long GRACE = Departures.GRACE.toMillis();
    final Departures departures = new Departures();
    final Key ada = new Key(7, 1);

    @Test
    void someoneWhoseLastSocketLeftIsGoneAfterTwoMinutesNotBefore() {
        departures.left(ada, T);
        assertEquals(List.of(), departures.due(T + GRACE - 1));
        assertEquals(List.of(ada), departures.due(T + GRACE));
        assertEquals(List.of(), departures.due(T + 10 * GRACE), "told once");
    }

    @Test
    void comingBackWithinTwoMinutesIsNotLeaving() {
        departures.left(ada, T);
        departures.back(ada);
        assertEquals(List.of(), departures.due(T + GRACE));
    }

    @Test
    void aSecondDepartureDoesNotPostponeTheFirst() {
        departures.left(ada, T);
        departures.left(ada, T + GRACE / 2);
        assertEquals(List.of(ada), departures.due(T + GRACE));
    }

    @Test
    void someoneIsLeavingFromTheirDepartureUntilTheyAreBackOrGone() {
        assertFalse(departures.leaving(ada));
        departures.left(ada, T);
        assertTrue(departures.leaving(ada));
        departures.back(ada);
        assertFalse(departures.leaving(ada), "back");
        departures.left(ada, T);
        departures.due(T + GRACE);
        assertFalse(departures.leaving(ada), "gone");
    }
}
