package org.hallway.room.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.Seats;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.platform.Rejected;
import org.hallway.room.entity.RoomRemoval;
import org.hallway.room.entity.RoomVisit;

/**
 * Being in a session's room: entering (a seat within capacity and an attendance row while it is
 * live) and leaving, a moderator removing a person for good, whether someone may follow the room's
 * channel, and the attendance the rows add up to. Runs in the caller's transaction and refuses
 * with {@link Rejected}.
 */
@ApplicationScoped
public class RoomVisits {

    @PersistenceContext
    EntityManager em;

    @Inject
    Seats seats;

    @Inject
    RoomRules rules;

    @Inject
    RoomViews views;

    /**
     * Enters the room: while the session is live, an attendee takes a seat (refused when full) and
     * an attendance row opens unless one is open already (a reload or a second tab).
     */
    public RoomView enter(long sessionId, long accountId) {
        Account account = rules.account(accountId);
        AgendaSession session = rules.admitted(sessionId, account, true);
        if (session.isLive()) {
            if (!RoomRules.staff(session, account)) {
                seats.join(sessionId, account);
            }
            if (openVisits(sessionId, accountId).isEmpty()) {
                em.persist(new RoomVisit(sessionId, accountId, rules.now()));
            }
        }
        return views.view(session, account);
    }

    /** Leaves the room: the attendance row closes and the seat is free again. False when not in it. */
    public boolean leave(long sessionId, long accountId) {
        List<RoomVisit> open = openVisits(sessionId, accountId);
        LocalDateTime now = rules.now();
        open.forEach(v -> v.leave(now));
        boolean released = seats.release(sessionId, accountId);
        return released || !open.isEmpty();
    }

    /** Removes a person from the room for good: their seat is released and they cannot enter again. */
    public void remove(long sessionId, long moderatorId, long accountId) {
        Account moderator = rules.account(moderatorId);
        AgendaSession session = rules.admitted(sessionId, moderator, true);
        RoomRules.requireModerator(session, moderator);
        Account removed = em.find(Account.class, accountId);
        if (removed == null) {
            throw Rejected.general("There is no such person.");
        }
        if (RoomRules.moderates(session, removed)) {
            throw Rejected.general("Moderators and organisers cannot be removed from a room.");
        }
        if (!rules.removed(sessionId, accountId)) {
            em.persist(new RoomRemoval(sessionId, accountId, rules.now(), moderatorId));
        }
        leave(sessionId, accountId);
        rules.announce(session, RoomChanged.What.REMOVED, accountId);
    }

    /** Whether the account may follow the room's channel: the same rule as entering, without a seat. */
    public boolean mayFollow(long sessionId, long eventId, long accountId) {
        try {
            AgendaSession session = rules.admitted(sessionId, rules.account(accountId), false);
            return session.getEvent().getId() == eventId;
        } catch (Rejected e) {
            return false;
        }
    }

    /** A session that ends closes every attendance row of its room (in the same transaction). */
    void onSessionStateChanged(@Observes SessionStateChanged change) {
        if (change.state() == SessionState.ENDED) {
            LocalDateTime now = rules.now();
            em.createNamedQuery(RoomVisit.OF_SESSION, RoomVisit.class)
                    .setParameter("session", change.sessionId())
                    .getResultList()
                    .forEach(v -> v.leave(now));
        }
    }

    /** The room's attendance so far. */
    public AttendanceSummary attendance(long sessionId) {
        return AttendanceSummary.of(
                em
                        .createNamedQuery(RoomVisit.OF_SESSION, RoomVisit.class)
                        .setParameter("session", sessionId)
                        .getResultList()
                        .stream()
                        .map(v -> new AttendanceSummary.Visit(v.getAccountId(), v.getEnteredAt(), v.getLeftAt()))
                        .toList(),
                rules.now());
    }

    /** Attendance of every session of the event that had visitors, by session id. */
    public Map<Long, AttendanceSummary> attendanceOf(long eventId) {
        Map<Long, List<AttendanceSummary.Visit>> visits = new HashMap<>();
        em.createQuery(
                        "select v from RoomVisit v, AgendaSession s where v.sessionId = s.id and s.event.id = :event",
                        RoomVisit.class)
                .setParameter("event", eventId)
                .getResultList()
                .forEach(v -> visits.computeIfAbsent(v.getSessionId(), k -> new java.util.ArrayList<>())
                        .add(new AttendanceSummary.Visit(v.getAccountId(), v.getEnteredAt(), v.getLeftAt())));
        LocalDateTime now = rules.now();
        Map<Long, AttendanceSummary> summaries = new HashMap<>();
        visits.forEach((session, list) -> summaries.put(session, AttendanceSummary.of(list, now)));
        return summaries;
    }

    private List<RoomVisit> openVisits(long sessionId, long accountId) {
        return em.createNamedQuery(RoomVisit.OPEN, RoomVisit.class)
                .setParameter("session", sessionId)
                .setParameter("account", accountId)
                .getResultList();
    }
}
