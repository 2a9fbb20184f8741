package org.hallway.agenda.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.Seats;

/** The attendee's agenda use cases, one transaction each; a {@link org.hallway.platform.Rejected} rolls it back. */
@ApplicationScoped
public class AgendaDesk {

    @Inject
    Seats seats;

    /** Takes a seat in a live session; true when seated now, false when seated already. */
    @Transactional
    public boolean join(long sessionId, Account caller) {
        return seats.join(sessionId, caller);
    }
}
