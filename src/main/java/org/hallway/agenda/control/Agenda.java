package org.hallway.agenda.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Part;
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

    /** The event's sessions with their speakers and moderators, by start time and track. */
    public List<AgendaSession> sessionsOf(Event event) {
        return em.createQuery("select distinct s from AgendaSession s left join fetch s.speakers "
                        + "left join fetch s.moderators where s.event = :event", AgendaSession.class)
                .setParameter("event", event).getResultList().stream()
                .sorted(Comparator.comparing(AgendaSession::getStartsAt).thenComparing(AgendaSession::getTrack)
                        .thenComparing(AgendaSession::getId))
                .toList();
    }

    /**
     * The session with this id, if it belongs to the event, with its speakers and moderators: the
     * session form reads them after this returns, outside any persistence context.
     */
    public Optional<AgendaSession> find(Event event, long id) {
        return em.createQuery("select distinct s from AgendaSession s left join fetch s.speakers "
                        + "left join fetch s.moderators where s.id = :id and s.event = :event", AgendaSession.class)
                .setParameter("id", id).setParameter("event", event).getResultStream().findFirst();
    }

    /** The version stored now; a form compares it with the one it was loaded from. */
    public Long versionOf(long sessionId) {
        return em.createQuery("select s.version from AgendaSession s where s.id = :id", Long.class)
                .setParameter("id", sessionId).getResultStream().findFirst().orElse(null);
    }

    /**
     * Who may speak or moderate: accounts holding a ticket for the event, organisers, and the
     * people the session (null for a new one) has booked already, even if their ticket went away since.
     */
    public List<Account> bookablePeople(Event event, AgendaSession session) {
        Map<Long, Account> people = new LinkedHashMap<>();
        em.createQuery("select t.account from Ticket t where t.event = :event", Account.class)
                .setParameter("event", event).getResultList().forEach(a -> people.put(a.getId(), a));
        em.createQuery("select distinct a from Account a join a.roles r where r = :role", Account.class)
                .setParameter("role", Role.ADMIN).getResultList().forEach(a -> people.put(a.getId(), a));
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
     * @param preSessionImage optional upload for a networking session's waiting screen
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
        Map<Long, Account> bookable = bookablePeople(event, session).stream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
        Set<Account> speakers = people(draft.speakerIds(), bookable, "speakers", violations);
        Set<Account> moderators = people(draft.moderatorIds(), bookable, "moderators", violations);
        var plan = new SessionPlan(draft.id(), draft.type(), draft.name(), draft.description(), draft.track(),
                draft.startsAt(), draft.endsAt(), draft.capacity(),
                speakers.stream().map(Person::of).collect(Collectors.toSet()),
                moderators.stream().map(Person::of).collect(Collectors.toSet()));
        List<SessionPlan> others = sessionsOf(event).stream()
                .filter(s -> !s.getId().equals(draft.id()))
                .map(SessionPlan::of)
                .toList();
        violations.addAll(0, ScheduleRules.check(event, plan, others));
        Long imageId = null;
        if (preSessionImage != null && preSessionImage.getSize() > 0) {
            if (draft.type() != SessionType.NETWORKING) {
                violations.add(Violation.of("preSessionImage", "Only networking sessions have a pre-session image."));
            } else {
                try {
                    imageId = images.store(preSessionImage, "preSessionImage").getId();
                } catch (Rejected e) {
                    violations.addAll(e.violations());
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        if (session == null) {
            session = new AgendaSession(event, draft.type());
            session.describe(draft.name(), draft.description(), draft.track(), draft.startsAt(), draft.endsAt(),
                    draft.capacity());
            session.assign(speakers, moderators);
            em.persist(session);
        } else {
            session.changeType(draft.type());
            session.describe(draft.name(), draft.description(), draft.track(), draft.startsAt(), draft.endsAt(),
                    draft.capacity());
            session.assign(speakers, moderators);
        }
        if (imageId != null) {
            session.changePreSessionImage(imageId);
        }
        flush();
        return session;
    }

    public void delete(Event event, long sessionId) {
        AgendaSession session = find(event, sessionId)
                .orElseThrow(() -> Rejected.general("This session no longer exists."));
        if (session.isLive()) {
            throw Rejected.general("“" + session.getName() + "” is live: end it before deleting it.");
        }
        em.remove(session);
        flush();
    }

    /** Puts a scheduled session live; organisers may start early. */
    public AgendaSession start(Event event, long sessionId) {
        AgendaSession session = find(event, sessionId)
                .orElseThrow(() -> Rejected.general("This session no longer exists."));
        if (!session.start()) {
            throw Rejected.general("“" + session.getName() + "” cannot be started: it is " + stateName(session) + ".");
        }
        return changed(event, session);
    }

    /** Ends a live session. */
    public AgendaSession end(Event event, long sessionId) {
        AgendaSession session = find(event, sessionId)
                .orElseThrow(() -> Rejected.general("This session no longer exists."));
        if (!session.isLive() || !session.end()) {
            throw Rejected.general("“" + session.getName() + "” cannot be ended: it is " + stateName(session) + ".");
        }
        return changed(event, session);
    }

    private AgendaSession changed(Event event, AgendaSession session) {
        flush();
        stateChanged.fire(new SessionStateChanged(session.getId(), event.getId(), session.getState()));
        return session;
    }

    private static String stateName(AgendaSession session) {
        return session.getState() == SessionState.SCHEDULED ? "not live yet"
                : session.getState() == SessionState.LIVE ? "already live" : "already over";
    }

    private static Set<Account> people(Set<Long> ids, Map<Long, Account> bookable, String field,
                                       List<Violation> violations) {
        Set<Account> chosen = new java.util.HashSet<>();
        for (Long id : ids) {
            Account account = id == null ? null : bookable.get(id);
            if (account == null) {
                violations.add(Violation.of(field, "Choose " + field
                        + " from the list: people with a ticket for this event, or organisers."));
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
