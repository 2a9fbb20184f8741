package org.hallway.event.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EventVisibilityTest {

    private final Event event =
            new Event("e", "E", "", ZoneId.of("UTC"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));

    @Test
    void publicAndUnlistedEventsAreShownToEveryone() {
        assertTrue(event.shownTo(false));
        event.show(Visibility.UNLISTED);
        assertTrue(event.shownTo(false));
    }

    @Test
    void aDraftIsShownToOrganisersOnly() {
        event.show(Visibility.DRAFT);
        assertFalse(event.shownTo(false));
        assertTrue(event.shownTo(true));
    }

    @Test
    void aDeletedEventIsShownToNobodyUntilRestored() {
        event.delete(LocalDateTime.of(2026, 12, 1, 12, 0));
        assertFalse(event.shownTo(false));
        assertFalse(event.shownTo(true));
        event.restore();
        assertTrue(event.shownTo(false));
    }

    @Test
    void aDeletedEventIsRemovedForGoodOnlyOnceItsThirtyRestorableDaysArePast() {
        LocalDateTime deleted = LocalDateTime.of(2026, 12, 1, 12, 0);
        assertFalse(event.purgeable(deleted.plusDays(40)), "never deleted");
        event.delete(deleted);
        assertFalse(event.purgeable(deleted.plusDays(30).minusNanos(1)));
        assertTrue(event.restorable(deleted.plusDays(30).minusNanos(1)));
        assertTrue(event.purgeable(deleted.plusDays(30)));
        assertFalse(event.restorable(deleted.plusDays(30)));
        event.restore();
        assertFalse(event.purgeable(deleted.plusDays(40)), "restored");
    }
}
