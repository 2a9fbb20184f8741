package org.hallway.agenda.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.control.AccountRef;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.EventAgenda;
import org.hallway.agenda.control.Seats;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.boundary.EventRef;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.ticket.control.Admissions;

/** The attendee's agenda use cases, one transaction each; a {@link org.hallway.platform.Rejected} rolls it back. */
@ApplicationScoped
public class AgendaDesk {

    /**
     * The agenda as an attendee page shows it: the event, whether the caller may enter it, and (only
     * then) its sessions' cards, the networking sessions apart.
     */
    public record Shown(EventRef event, boolean admitted, List<SessionCard> talks, List<SessionCard> networking) {}

    @Inject
    AccountLookup lookup;

    @Inject
    Seats seats;

    @Inject
    Events events;

    @Inject
    Admissions admissions;

    @Inject
    EventAgenda agenda;

    /** Empty when the event is unknown, deleted, or a draft and the caller no organiser. */
    @Transactional
    public Optional<Shown> agenda(String slug, AccountRef viewer) {
        Account caller = lookup.of(viewer);
        Event event = events.shown(slug, caller).orElse(null);
        if (event == null) {
            return Optional.empty();
        }
        if (!admissions.mayEnter(caller, event).admitted()) {
            return Optional.of(new Shown(EventRef.of(event), false, List.of(), List.of()));
        }
        Map<Long, Long> taken = agenda.seatsTaken(event);
        Set<Long> joined = agenda.joinedBy(caller, event);
        List<SessionCard> talks = new ArrayList<>();
        List<SessionCard> meetups = new ArrayList<>();
        for (AgendaSession s : agenda.sessionsOf(event)) {
            var card = new SessionCard(s, event, taken.getOrDefault(s.getId(), 0L), joined.contains(s.getId()));
            (s.getType() == SessionType.NETWORKING ? meetups : talks).add(card);
        }
        return Optional.of(new Shown(EventRef.of(event), true, List.copyOf(talks), List.copyOf(meetups)));
    }

    /** Takes a seat in a live session; true when seated now, false when seated already. */
    @Transactional
    public boolean join(long sessionId, AccountRef caller) {
        return seats.join(sessionId, lookup.of(caller));
    }
}
