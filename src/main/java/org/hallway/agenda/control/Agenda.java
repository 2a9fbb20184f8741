package org.hallway.agenda.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Part;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hallway.account.control.Person;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.entity.Event;
import org.hallway.media.control.ImageStore;
import org.hallway.platform.EventTimes;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;

/**
 * An event's agenda as organisers change it: reading sessions, saving one under the
 * {@link ScheduleRules}, deleting, starting and ending. Runs in the caller's transaction and
 * throws {@link Rejected} (rolling it back) when something may not be done.
 */
@ApplicationScoped
public class Agenda {

    @PersistenceContext
    EntityManager em;

    @Inject
    ImageStore images;

    @Inject
    jakarta.enterprise.event.Event<SessionStateChanged> stateChanged;

    @Inject
    jakarta.enterprise.event.Event<SessionsRemoved> removed;

    @Inject
    Seats seats;

    @Inject
    ContentConfiguration contentSources;

    @Inject
    Clock clock;

    /** The event's sessions with their speakers and moderators, by start time and track. */
    public List<AgendaSession> sessionsOf(Event event) {
        return em
                .createQuery(
                        "select distinct s from AgendaSession s left join fetch s.speakers "
                                + "left join fetch s.moderators where s.event = :event",
                        AgendaSession.class)
                .setParameter("event", event)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(AgendaSession::getStartsAt)
                        .thenComparing(AgendaSession::getTrack)
                        .thenComparing(AgendaSession::getId))
                .toList();
    }

    /**
     * The session with this id, if it belongs to the event, with its speakers and moderators fetched
     * in the same query.
     */
    public Optional<AgendaSession> find(Event event, long id) {
        return em.createQuery(
                        "select distinct s from AgendaSession s left join fetch s.speakers "
                                + "left join fetch s.moderators where s.id = :id and s.event = :event",
                        AgendaSession.class)
                .setParameter("id", id)
                .setParameter("event", event)
                .getResultStream()
                .findFirst();
    }

    /** The version stored now; a form compares it with the one it was loaded from. */
    public Long versionOf(long sessionId) {
        return em.createQuery("select s.version from AgendaSession s where s.id = :id", Long.class)
                .setParameter("id", sessionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Who may speak or moderate: accounts holding a ticket for the event, organisers, and the
     * people the session (null for a new one) has booked already, even if their ticket went away since.
     */
    public List<Account> bookablePeople(Event event, AgendaSession session) {
        Map<Long, Account> people = new LinkedHashMap<>();
        em.createQuery("select t.account from Ticket t where t.event = :event", Account.class)
                .setParameter("event", event)
                .getResultList()
                .forEach(a -> people.put(a.getId(), a));
        em.createQuery("select distinct a from Account a join a.roles r where r = :role", Account.class)
                .setParameter("role", Role.ADMIN)
                .getResultList()
                .forEach(a -> people.put(a.getId(), a));
        if (session != null) {
            session.getSpeakers().forEach(a -> people.put(a.getId(), a));
            session.getModerators().forEach(a -> people.put(a.getId(), a));
        }
        return people.values().stream()
                .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Account::getEmail))
                .toList();
    }

    /**
     * Saves the draft when every rule holds, else throws {@link Rejected} listing all violations.
     *
     * @param preSessionImage optional upload for the session's waiting screen (its direct link before it is live)
     */
    public AgendaSession save(Event event, SessionDraft draft, Part preSessionImage) {
        AgendaSession session = null;
        if (draft.id() != null) {
            session = find(event, draft.id()).orElseThrow(() -> Rejected.general("This session no longer exists."));
            if (!Objects.equals(draft.expectedVersion(), versionOf(session.getId()))) {
                throw Rejected.general(Rejected.CHANGED_BY_SOMEONE_ELSE);
            }
        }
        List<Violation> violations = new ArrayList<>();
        Map<Long, Account> bookable =
                bookablePeople(event, session).stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        Set<Account> speakers = people(draft.speakerIds(), bookable, "speakers", violations);
        Set<Account> moderators = people(draft.moderatorIds(), bookable, "moderators", violations);
        var plan = new SessionPlan(
                draft.id(),
                draft.type(),
                draft.name(),
                draft.description(),
                draft.track(),
                draft.startsAt(),
                draft.endsAt(),
                draft.capacity(),
                speakers.stream().map(Person::of).collect(Collectors.toSet()),
                moderators.stream().map(Person::of).collect(Collectors.toSet()));
        List<SessionPlan> others = sessionsOf(event).stream()
                .filter(s -> !s.getId().equals(draft.id()))
                .map(SessionPlan::of)
                .toList();
        violations.addAll(0, ScheduleRules.check(event, plan, others));
        if (session != null && draft.capacity() != null) {
            long taken = seats.taken(session);
            if (draft.capacity() < taken) {
                violations.add(
                        Violation.of("capacity", taken + " seats are taken already: the capacity cannot be less."));
            }
        }
        var content = ContentRules.check(
                "contentUrl", draft.content(), draft.contentUrl(), contentSources.sources(), violations);
        var preSessionVideo = draft.preSessionVideoUrl() == null
                ? SessionContent.NONE
                : ContentRules.check(
                        "preSessionVideoUrl",
                        ContentRules.Use.VIDEO,
                        draft.preSessionVideoUrl(),
                        contentSources.sources(),
                        violations);
        Long imageId = null;
        if (preSessionImage != null && preSessionImage.getSize() > 0) {
            try {
                imageId = images.store(preSessionImage, "preSessionImage").getId();
            } catch (Rejected e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        if (session == null) {
            session = new AgendaSession(event, draft.type());
            session.describe(
                    draft.name(),
                    draft.description(),
                    draft.track(),
                    draft.startsAt(),
                    draft.endsAt(),
                    draft.capacity());
            session.assign(speakers, moderators);
            session.startAutomatically(draft.startsAutomatically());
            em.persist(session);
        } else {
            session.changeType(draft.type());
            session.describe(
                    draft.name(),
                    draft.description(),
                    draft.track(),
                    draft.startsAt(),
                    draft.endsAt(),
                    draft.capacity());
            session.assign(speakers, moderators);
            session.startAutomatically(draft.startsAutomatically());
        }
        session.show(content.kind(), content.url(), preSessionVideo.url());
        if (imageId != null) {
            session.changePreSessionImage(imageId);
        }
        flush();
        return session;
    }

    /** A purged event's sessions go, and with them (database cascades) their rules, meetings, seats and reports. */
    void onEventPurging(@jakarta.enterprise.event.Observes org.hallway.event.control.EventPurging purging) {
        List<Long> ids = em.createQuery("select s.id from AgendaSession s where s.event.id = :event", Long.class)
                .setParameter("event", purging.eventId())
                .getResultList();
        em.createQuery("delete from AgendaSession s where s.event.id = :event")
                .setParameter("event", purging.eventId())
                .executeUpdate();
        removed.fire(new SessionsRemoved(purging.eventId(), ids));
    }

    /** Refuses new event days that would leave sessions off the agenda, naming each of them. */
    void onEventDaysChanging(@jakarta.enterprise.event.Observes org.hallway.event.control.EventDaysChanging change) {
        LocalDateTime earliest = change.firstDay().atStartOfDay();
        LocalDateTime latest = change.lastDay().plusDays(1).atStartOfDay();
        List<String> outside = em
                .createQuery(
                        "select s from AgendaSession s where s.event.id = :event "
                                + "and (s.startsAt < :earliest or s.endsAt > :latest) order by s.startsAt",
                        AgendaSession.class)
                .setParameter("event", change.eventId())
                .setParameter("earliest", earliest)
                .setParameter("latest", latest)
                .getResultList()
                .stream()
                .map(s -> "“" + s.getName() + "” (" + EventTimes.span(s.getStartsAt(), s.getEndsAt()) + ")")
                .toList();
        if (!outside.isEmpty()) {
            throw new Rejected(List.of(Violation.of(
                    "lastDay",
                    "These sessions lie outside the new days: " + String.join(", ", outside)
                            + ". Move or delete them first.")));
        }
    }

    public void delete(Event event, long sessionId) {
        AgendaSession session =
                find(event, sessionId).orElseThrow(() -> Rejected.general("This session no longer exists."));
        if (session.isLive()) {
            throw Rejected.general("“" + session.getName() + "” is live: end it before deleting it.");
        }
        em.remove(session);
        flush();
        removed.fire(new SessionsRemoved(event.getId(), List.of(sessionId)));
    }

    /** Puts a scheduled session live; organisers may start early, on one of the event's days. */
    public AgendaSession start(Event event, long sessionId) {
        AgendaSession session =
                find(event, sessionId).orElseThrow(() -> Rejected.general("This session no longer exists."));
        refuseOutsideEventDays(event, session, "started");
        if (!session.start()) {
            throw Rejected.general("“" + session.getName() + "” cannot be started: it is " + stateName(session) + ".");
        }
        return changed(event, session);
    }

    /** Ends a live session. */
    public AgendaSession end(Event event, long sessionId) {
        AgendaSession session =
                find(event, sessionId).orElseThrow(() -> Rejected.general("This session no longer exists."));
        if (!session.isLive() || !session.end()) {
            throw Rejected.general("“" + session.getName() + "” cannot be ended: it is " + stateName(session) + ".");
        }
        return changed(event, session);
    }

    /** Puts an ended session live again; the scheduler does not end it again at a past end time. */
    public AgendaSession reopen(Event event, long sessionId) {
        AgendaSession session =
                find(event, sessionId).orElseThrow(() -> Rejected.general("This session no longer exists."));
        refuseOutsideEventDays(event, session, "reopened");
        if (!session.reopen()) {
            throw Rejected.general("“" + session.getName() + "” cannot be reopened: it is " + stateName(session) + ".");
        }
        return changed(event, session);
    }

    /**
     * The sessions the scheduler may have to move on: those starting automatically and not done
     * yet, and live networking sessions (they close at their scheduled end). Values, with their zone.
     */
    public List<ScheduledSession> scheduled() {
        return em
                .createQuery(
                        "select s from AgendaSession s join fetch s.event where s.event.deletedAt is null and ("
                                + "(s.startsAutomatically = true and (s.autoStarted = false or s.autoEnded = false) "
                                + "and s.state <> :ended) or (s.type = :networking and s.state = :live and s.autoEnded = false))",
                        AgendaSession.class)
                .setParameter("ended", SessionState.ENDED)
                .setParameter("live", SessionState.LIVE)
                .setParameter("networking", SessionType.NETWORKING)
                .getResultList()
                .stream()
                .map(s -> new ScheduledSession(
                        AutoSchedule.Timing.of(s), s.getEvent().zone()))
                .toList();
    }

    /**
     * Applies what {@link AutoSchedule} says is due for the session now, re-read under a lock so
     * two ticks (or two nodes) do it once; empty when nothing was due.
     */
    public Optional<SessionState> applySchedule(long sessionId) {
        AgendaSession session = em.find(AgendaSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            return Optional.empty();
        }
        Event event = session.getEvent();
        var due = AutoSchedule.due(AutoSchedule.Timing.of(session), LocalDateTime.now(clock.withZone(event.zone())));
        if (due.isEmpty()) {
            return due;
        }
        boolean changed = due.get() == SessionState.LIVE ? session.startOnSchedule() : session.endOnSchedule();
        if (changed) {
            changed(event, session);
        } else {
            flush();
        }
        return due;
    }

    private void refuseOutsideEventDays(Event event, AgendaSession session, String what) {
        LocalDate today = LocalDate.now(clock.withZone(event.zone()));
        if (!event.runsOn(today)) {
            throw Rejected.general("“" + session.getName() + "” cannot be " + what + " today: the event runs "
                    + EventTimes.days(event.getFirstDay(), event.getLastDay()) + " (" + event.getTimeZone() + ").");
        }
    }

    private AgendaSession changed(Event event, AgendaSession session) {
        flush();
        stateChanged.fire(new SessionStateChanged(session.getId(), event.getId(), session.getState()));
        return session;
    }

    private static String stateName(AgendaSession session) {
        return session.getState() == SessionState.SCHEDULED
                ? "not live yet"
                : session.getState() == SessionState.LIVE ? "already live" : "already over";
    }

    private static Set<Account> people(
            Set<Long> ids, Map<Long, Account> bookable, String field, List<Violation> violations) {
        Set<Account> chosen = new java.util.HashSet<>();
        for (Long id : ids) {
            Account account = id == null ? null : bookable.get(id);
            if (account == null) {
                violations.add(Violation.of(
                        field,
                        "Choose " + field + " from the list: people with a ticket for this event, or organisers."));
                return Set.of();
            }
            chosen.add(account);
        }
        return chosen;
    }

    private void flush() {
        Rejected.unlessFlushed(em, Rejected.NOT_SAVED);
    }
}
