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
import org.hallway.ticket.control.Admissions;

/**
 * Taking a seat in a live session. The session's row is locked before seats are counted, so two
 * concurrent joins cannot together exceed its capacity. Runs inside the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Seats {

    /** What became of a join. */
    public enum Outcome {
        JOINED("You're in: enjoy the session."),
        ALREADY_IN("You're already in this session."),
        FULL("This session is full."),
        NOT_LIVE("This session is not live: you can join once it starts."),
        NOT_JOINABLE("Networking sessions are joined from their own page."),
        NO_TICKET("You need a ticket for this event."),
        NOT_FOUND("There is no such session.");

        private final String message;

        Outcome(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        public boolean seated() {
            return this == JOINED || this == ALREADY_IN;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Admissions admissions;

    @Inject
    Clock clock;

    public Outcome join(long sessionId, Account caller) {
        AgendaSession session = em.find(AgendaSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        Account account = em.find(Account.class, caller.getId());
        if (session == null || account == null) {
            return Outcome.NOT_FOUND;
        }
        if (session.getType() == SessionType.NETWORKING) {
            return Outcome.NOT_JOINABLE;
        }
        if (!admissions.holdsTicket(account, session.getEvent())) {
            return Outcome.NO_TICKET;
        }
        if (!session.isLive()) {
            return Outcome.NOT_LIVE;
        }
        boolean seated = !em.createNamedQuery(SessionSeat.OF, SessionSeat.class)
                .setParameter("session", session).setParameter("account", account).getResultList().isEmpty();
        if (seated) {
            return Outcome.ALREADY_IN;
        }
        if (session.getCapacity() != null && taken(session) >= session.getCapacity()) {
            return Outcome.FULL;
        }
        em.persist(new SessionSeat(session, account, LocalDateTime.now(clock)));
        return Outcome.JOINED;
    }

    public long taken(AgendaSession session) {
        return em.createNamedQuery(SessionSeat.COUNT, Long.class).setParameter("session", session).getSingleResult();
    }
}
