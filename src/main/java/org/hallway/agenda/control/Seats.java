package org.hallway.agenda.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionSeat;
import org.hallway.agenda.entity.SessionType;
import org.hallway.platform.Rejected;
import org.hallway.ticket.control.Admissions;

/**
 * Taking a seat in a live session. The session's row is locked before seats are counted, so two
 * concurrent joins cannot together exceed its capacity. Runs inside the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Seats {

    public static final String NO_TICKET = "You need a ticket for this event.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Admissions admissions;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<SeatsChanged> changed;

    /**
     * Seats the caller in a live session within its capacity; refuses with a {@link Rejected}.
     *
     * @return true when seated now, false when the caller was in the session already
     */
    public boolean join(long sessionId, Account caller) {
        AgendaSession session = em.find(AgendaSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        Account account = em.find(Account.class, caller.getId());
        if (session == null || account == null) {
            throw Rejected.general("There is no such session.");
        }
        if (session.getType() == SessionType.NETWORKING) {
            throw Rejected.general("Networking sessions are joined from their own page.");
        }
        if (!admissions.holdsTicket(account, session.getEvent())) {
            throw Rejected.general(NO_TICKET);
        }
        if (!session.isLive()) {
            throw Rejected.general("This session is not live: you can join once it starts.");
        }
        boolean seated = !em.createNamedQuery(SessionSeat.OF, SessionSeat.class)
                .setParameter("session", session)
                .setParameter("account", account)
                .getResultList()
                .isEmpty();
        if (seated) {
            return false;
        }
        if (session.getCapacity() != null && taken(session) >= session.getCapacity()) {
            throw Rejected.general("This session is full.");
        }
        em.persist(new SessionSeat(session, account, LocalDateTime.now(clock)));
        announce(session);
        return true;
    }

    /** Gives the account's seat in the session back (it left the room, or was removed); false when it had none. */
    public boolean release(long sessionId, long accountId) {
        boolean released = em.createQuery("delete from SessionSeat s where s.session.id = :session"
                                + " and s.account.id = :account")
                        .setParameter("session", sessionId)
                        .setParameter("account", accountId)
                        .executeUpdate()
                > 0;
        AgendaSession session = released ? em.find(AgendaSession.class, sessionId) : null;
        if (session != null) {
            announce(session);
        }
        return released;
    }

    /** Tells the agenda (after commit) whether a session with a capacity is full now. */
    private void announce(AgendaSession session) {
        if (session.getCapacity() != null) {
            em.flush();
            changed.fire(new SeatsChanged(
                    session.getId(), session.getEvent().getId(), taken(session) >= session.getCapacity()));
        }
    }

    public long taken(AgendaSession session) {
        return em.createNamedQuery(SessionSeat.COUNT, Long.class)
                .setParameter("session", session)
                .getSingleResult();
    }
}
