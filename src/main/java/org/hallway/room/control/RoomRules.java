package org.hallway.room.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.Seats;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionType;
import org.hallway.platform.Rejected;
import org.hallway.room.entity.RoomRemoval;
import org.hallway.ticket.control.Admissions;

/**
 * The rules every use case of a session's room shares: who may be in it (a ticket, not removed;
 * networking sessions have no room), who moderates it and who is backstage, and how a committed
 * change is announced ({@link RoomChanged}). Runs in the caller's transaction and refuses with
 * {@link Rejected}; everything is checked here, never only on the page.
 */
@ApplicationScoped
public class RoomRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    Admissions admissions;

    @Inject
    Clock clock;

    @Inject
    Event<RoomChanged> changed;

    public static final String NO_SUCH_ROOM = "There is no such session.";
    public static final String REMOVED = "A moderator removed you from this session: you cannot join it again.";
    public static final String MODERATORS_ONLY = "Only the session's moderators and organisers can do that.";

    /** The session, when the account may moderate its room; else refused. */
    public AgendaSession moderated(long sessionId, long accountId) {
        Account account = account(accountId);
        AgendaSession session = admitted(sessionId, account, false);
        requireModerator(session, account);
        return session;
    }

    public AgendaSession admitted(long sessionId, Account account, boolean lock) {
        AgendaSession session = lock
                ? em.find(AgendaSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(AgendaSession.class, sessionId);
        if (session == null || session.getType() == SessionType.NETWORKING) {
            throw Rejected.general(NO_SUCH_ROOM);
        }
        switch (admissions.mayEnter(account, session.getEvent())) {
            case NO_SUCH_EVENT -> throw Rejected.general(NO_SUCH_ROOM);
            case NO_TICKET -> throw Rejected.general(Seats.NO_TICKET);
            case ADMITTED -> {}
        }
        if (removed(sessionId, account.getId())) {
            throw Rejected.general(REMOVED);
        }
        return session;
    }

    public boolean removed(long sessionId, long accountId) {
        return em.createNamedQuery(RoomRemoval.COUNT, Long.class)
                        .setParameter("session", sessionId)
                        .setParameter("account", accountId)
                        .getSingleResult()
                > 0;
    }

    public static boolean moderates(AgendaSession session, Account account) {
        return account.isOrganiser() || session.getModerators().contains(account);
    }

    public static boolean backstage(AgendaSession session, Account account) {
        return moderates(session, account) || session.getSpeakers().contains(account);
    }

    /** Moderators and speakers take no seat: capacity is for the audience. */
    public static boolean staff(AgendaSession session, Account account) {
        return backstage(session, account);
    }

    public static void requireModerator(AgendaSession session, Account account) {
        if (!moderates(session, account)) {
            throw Rejected.general(MODERATORS_ONLY);
        }
    }

    public Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw Rejected.general(NO_SUCH_ROOM);
        }
        return account;
    }

    public void announce(AgendaSession session, RoomChanged.What what, long accountId) {
        em.flush();
        changed.fire(new RoomChanged(session.getId(), session.getEvent().getId(), what, accountId));
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
