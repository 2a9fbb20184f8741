package org.hallway.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.control.AccountRef;
import org.hallway.event.control.Events;

/** The event an attendee page is about, as a value read in one transaction. */
@ApplicationScoped
public class EventViews {

    @Inject
    AccountLookup lookup;

    @Inject
    Events events;

    /** The event if it is shown to {@code viewer} (a draft only to organisers); empty for an unknown or deleted one. */
    @Transactional
    public Optional<EventRef> shown(String slug, AccountRef viewer) {
        return events.shown(slug, lookup.of(viewer)).map(EventRef::of);
    }
}
