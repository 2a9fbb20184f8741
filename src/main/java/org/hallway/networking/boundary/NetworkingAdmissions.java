package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hallway.account.control.Person;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.networking.control.Admission;
import org.hallway.networking.control.NetworkingSessions;

/**
 * Who may enter a networking session: a ticket for the event (admins too), a NETWORKING session.
 * Checked once, in the socket's handshake; the socket that opens right after takes the answer
 * from here instead of asking the database again.
 */
@ApplicationScoped
public class NetworkingAdmissions {

    /** How long a handshake's admission waits for its socket to open. */
    static final long HANDOFF_MILLIS = 30_000;

    private record Key(long sessionId, String email) {}

    private record Handoff(Admission admission, long at) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkingSessions sessions;

    @Inject
    org.hallway.ticket.control.Admissions tickets;

    @Inject
    Clock clock;

    private final ConcurrentMap<Key, Handoff> handoffs = new ConcurrentHashMap<>();

    /** The handshake's check; an admission is kept for the socket that opens next. */
    @Transactional
    public Admission admit(long sessionId, String email) {
        var account = email == null
                ? Optional.<Account>empty()
                : em.createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", Account.normalizeEmail(email))
                        .getResultStream()
                        .findFirst();
        // A draft or deleted event's sessions answer as unknown to all but organisers.
        AgendaSession session = sessions.shown(sessionId, account.orElse(null)).orElse(null);
        if (session == null) {
            return Admission.refused(Admission.Verdict.NO_SUCH_SESSION);
        }
        if (account.isEmpty()) {
            return Admission.refused(Admission.Verdict.NO_TICKET);
        }
        Admission admission = tickets.ticketOf(account.get(), session.getEvent())
                .map(t -> new Admission(
                        Admission.Verdict.ADMITTED,
                        account.get().getId(),
                        session.getEvent().getId(),
                        t.getTicketType().getId(),
                        Person.of(account.get())))
                .orElseGet(() -> Admission.refused(Admission.Verdict.NO_TICKET));
        if (admission.admitted()) {
            keep(sessionId, email, admission);
        }
        return admission;
    }

    /** Keeps an admission for the socket of this caller that opens next. */
    void keep(long sessionId, String email, Admission admission) {
        long now = clock.millis();
        if (handoffs.size() > 10_000) {
            handoffs.values().removeIf(h -> now - h.at() > HANDOFF_MILLIS);
        }
        handoffs.put(new Key(sessionId, email), new Handoff(admission, now));
    }

    /** The admission the handshake of this caller just granted, if it is fresh. */
    public Optional<Admission> handedOver(long sessionId, String email) {
        Handoff handoff = handoffs.remove(new Key(sessionId, email));
        return handoff == null || clock.millis() - handoff.at() > HANDOFF_MILLIS
                ? Optional.empty()
                : Optional.of(handoff.admission());
    }
}
