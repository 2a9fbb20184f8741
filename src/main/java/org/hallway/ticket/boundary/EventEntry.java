package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.control.AccountRef;
import org.hallway.account.entity.Account;
import org.hallway.event.boundary.EventRef;
import org.hallway.event.control.Events;
import org.hallway.ticket.control.Admissions;

/**
 * Whether the caller may enter the event an attendee page is about ({@link Admissions#mayEnter}),
 * decided in one transaction and answered with the event as a value.
 */
@ApplicationScoped
public class EventEntry {

    /** The event, and whether the viewer may enter it (organisers and ticket holders). */
    public record Entry(EventRef event, boolean admitted) {}

    @Inject
    AccountLookup lookup;

    @Inject
    Events events;

    @Inject
    Admissions admissions;

    /** Empty when the event is unknown, deleted, or a draft and the viewer no organiser. */
    @Transactional
    public Optional<Entry> of(String slug, AccountRef caller) {
        Account viewer = lookup.of(caller);
        return events.shown(slug, viewer)
                .map(event -> new Entry(
                        EventRef.of(event), admissions.mayEnter(viewer, event).admitted()));
    }
}
