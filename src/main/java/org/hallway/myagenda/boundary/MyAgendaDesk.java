package org.hallway.myagenda.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallway.account.boundary.Accounts;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.event.boundary.EventRef;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.myagenda.control.Clashes;
import org.hallway.myagenda.control.KeptSessions;
import org.hallway.platform.EventTimes;
import org.hallway.platform.Rejected;
import org.hallway.ticket.control.Admissions;

/** The attendee's "My agenda" use cases, one transaction each, for the caller who is logged in. */
@ApplicationScoped
public class MyAgendaDesk {

    public static final String NO_SUCH_SESSION = "There is no such session.";
    public static final String NEEDS_TICKET = "You need a ticket for this event to keep its sessions.";

    /** My agenda of one event: the event, whether the caller may enter it, and (only then) the kept sessions. */
    public record Shown(EventRef event, boolean admitted, List<KeptCard> sessions) {}

    /** What keeping a session did: its name and the kept sessions it now clashes with. */
    public record Kept(String name, List<String> clashesWith) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AccountLookup lookup;

    @Inject
    Events events;

    @Inject
    Admissions admissions;

    @Inject
    KeptSessions kept;

    @Inject
    Clock clock;

    /** Keeps a session of an event the caller may enter; refused for anyone else or an unknown session. */
    @Transactional
    public Kept keep(long sessionId) {
        Account me = caller();
        AgendaSession session = admittedSession(me, sessionId);
        kept.keep(me.getId(), sessionId, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        List<String> clashes = Clashes.among(
                        slots(kept.sessionsOf(me.getId(), session.getEvent().getId())))
                .getOrDefault(sessionId, List.of());
        return new Kept(session.getName(), List.copyOf(clashes));
    }

    /** Takes a session off the caller's agenda (nothing happens when it was not on it); answers its name. */
    @Transactional
    public String drop(long sessionId) {
        Account me = caller();
        AgendaSession session = admittedSession(me, sessionId);
        kept.drop(me.getId(), sessionId);
        return session.getName();
    }

    /** The ids of the sessions the caller keeps (empty for nobody logged in). */
    @Transactional
    public Set<Long> keptByCaller() {
        return accounts.current().map(me -> kept.idsOf(me.id())).orElse(Set.of());
    }

    /** Empty when the event is unknown, deleted, or a draft and the caller no organiser. */
    @Transactional
    public Optional<Shown> myAgenda(String slug) {
        Account me = lookup.currentAccount().orElse(null);
        Event event = events.shown(slug, me).orElse(null);
        if (event == null) {
            return Optional.empty();
        }
        if (me == null || !admissions.mayEnter(me, event).admitted()) {
            return Optional.of(new Shown(EventRef.of(event), false, List.of()));
        }
        List<AgendaSession> sessions = kept.sessionsOf(me.getId(), event.getId());
        Map<Long, List<String>> clashes = Clashes.among(slots(sessions));
        List<KeptCard> cards = new ArrayList<>();
        for (AgendaSession s : sessions) {
            cards.add(new KeptCard(
                    s.getId(),
                    s.getName(),
                    s.getType().name(),
                    s.getState().name(),
                    s.getTrack(),
                    EventTimes.day(s.getStartsAt().toLocalDate()),
                    EventTimes.time(s.getStartsAt()) + "–" + EventTimes.time(s.getEndsAt()),
                    EventTimes.epochMillis(s.getStartsAt(), event.zone()),
                    event.getTimeZone(),
                    s.getSpeakers().stream()
                            .map(Account::getDisplayName)
                            .sorted(Comparator.naturalOrder())
                            .collect(Collectors.joining(", ")),
                    List.copyOf(clashes.getOrDefault(s.getId(), List.of()))));
        }
        return Optional.of(new Shown(EventRef.of(event), true, List.copyOf(cards)));
    }

    /** The server's time now, as read in the zone (for "Now" and "Next"). */
    public LocalDateTime nowIn(java.time.ZoneId zone) {
        return LocalDateTime.now(clock.withZone(zone));
    }

    private Account caller() {
        return lookup.currentAccount().orElseThrow(() -> Rejected.general("Log in to keep sessions on your agenda."));
    }

    private AgendaSession admittedSession(Account me, long sessionId) {
        AgendaSession session = em.createNamedQuery(AgendaSession.WITH_EVENT, AgendaSession.class)
                .setParameter("id", sessionId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Rejected.general(NO_SUCH_SESSION));
        var entry = admissions.mayEnter(me, session.getEvent());
        if (entry == Admissions.Entry.NO_SUCH_EVENT) {
            throw Rejected.general(NO_SUCH_SESSION);
        }
        if (!entry.admitted()) {
            throw Rejected.general(NEEDS_TICKET);
        }
        return session;
    }

    private static List<Clashes.Slot> slots(List<AgendaSession> sessions) {
        return sessions.stream()
                .map(s -> new Clashes.Slot(s.getId(), s.getName(), s.getStartsAt(), s.getEndsAt()))
                .toList();
    }
}
