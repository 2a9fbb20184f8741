package org.hallway.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.event.entity.Event;
import org.hallway.event.entity.Visibility;
import org.hallway.ticket.control.Admissions.Entry;
import org.junit.jupiter.api.Test;

/** The one admission rule of an event: organisers and ticket holders enter, nobody sees a hidden event. */
class AdmissionsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);
    private static final BooleanSupplier HOLDS_TICKET = () -> true;
    private static final BooleanSupplier NO_TICKET = () -> false;

    private final Event event =
            new Event("e", "E", "", ZoneId.of("UTC"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
    private final Account organiser = new Account("org@example.org", "x", "Org", NOW, Role.ADMIN);
    private final Account attendee = new Account("ada@example.org", "x", "Ada", NOW, Role.ATTENDEE);

    @Test
    void aTicketHolderEntersAPublicOrUnlistedEvent() {
        assertEquals(Entry.ADMITTED, Admissions.rule(event, attendee, HOLDS_TICKET));
        event.show(Visibility.UNLISTED);
        assertEquals(Entry.ADMITTED, Admissions.rule(event, attendee, HOLDS_TICKET));
    }

    @Test
    void anAttendeeWithoutATicketIsToldTheyNeedOne() {
        assertEquals(Entry.NO_TICKET, Admissions.rule(event, attendee, NO_TICKET));
    }

    @Test
    void anOrganiserEntersWithoutATicketAndNoTicketIsLookedUpForThem() {
        var lookups = new AtomicInteger();
        assertEquals(Entry.ADMITTED, Admissions.rule(event, organiser, () -> lookups.incrementAndGet() < 0));
        assertEquals(0, lookups.get());
    }

    @Test
    void aDraftIsUnknownToTicketHoldersAndOpenToOrganisers() {
        event.show(Visibility.DRAFT);
        assertEquals(Entry.NO_SUCH_EVENT, Admissions.rule(event, attendee, HOLDS_TICKET));
        assertEquals(Entry.ADMITTED, Admissions.rule(event, organiser, NO_TICKET));
    }

    @Test
    void aDeletedEventIsUnknownEvenToOrganisers() {
        event.delete(NOW);
        assertEquals(Entry.NO_SUCH_EVENT, Admissions.rule(event, organiser, HOLDS_TICKET));
        assertEquals(Entry.NO_SUCH_EVENT, Admissions.rule(event, attendee, HOLDS_TICKET));
    }

    @Test
    void noEventIsUnknownToEveryone() {
        assertEquals(Entry.NO_SUCH_EVENT, Admissions.rule(null, organiser, HOLDS_TICKET));
        assertEquals(Entry.NO_SUCH_EVENT, Admissions.rule(null, null, HOLDS_TICKET));
    }

    @Test
    void nobodySignedInNeedsATicketForAPublicEventAndSeesNoDraft() {
        assertEquals(Entry.NO_TICKET, Admissions.rule(event, null, HOLDS_TICKET));
        event.show(Visibility.DRAFT);
        assertEquals(Entry.NO_SUCH_EVENT, Admissions.rule(event, null, HOLDS_TICKET));
    }

    @Test
    void onlyAdmittedAdmits() {
        assertFalse(Entry.NO_TICKET.admitted());
        assertFalse(Entry.NO_SUCH_EVENT.admitted());
        assertTrue(Entry.ADMITTED.admitted());
    }
}
