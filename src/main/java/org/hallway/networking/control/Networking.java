package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.hallway.account.control.Person;
import org.hallway.account.entity.Account;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.agenda.entity.SessionState;
import org.hallway.agenda.entity.SessionType;
import org.hallway.networking.control.Notice.Side;
import org.hallway.networking.control.Outcome.Standing;
import org.hallway.networking.entity.Block;
import org.hallway.networking.entity.Connection;
import org.hallway.networking.entity.Meeting;
import org.hallway.networking.entity.NetworkingRules;
import org.hallway.networking.entity.Report;
import org.hallway.ticket.control.Admissions;

/**
 * What an attendee can do in a networking session, and who may: a ticket for the event (admins
 * too), a NETWORKING session that is LIVE on one of the event's days. Runs in the caller's
 * transaction (the boundary starts it); the matching state lives in the {@link NetworkingFloor};
 * notices and deadlines leave as CDI events. Refusals are thrown as {@link Refused}.
 */
@ApplicationScoped
public class Networking {

    private static final System.Logger LOG = System.getLogger(Networking.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NetworkingFloor floors;

    @Inject
    MeetingLedger ledger;

    @Inject
    NetworkingSettings settings;

    @Inject
    RulesBook rulesBook;

    @Inject
    NetworkingSessions sessions;

    @Inject
    Admissions admissions;

    @Inject
    Event<Notices> notices;

    @Inject
    Event<Deadline> deadlines;

    /**
     * Runs {@code work} holding the session floor's lock, so that everything the floor does for one
     * session (including the commit of the caller's transaction inside {@code work}, and so the
     * delivery of its notices) happens in one order.
     */
    public <T> T serially(long sessionId, java.util.function.Supplier<T> work) {
        return floor(sessionId).exclusive(work);
    }

    /** The handshake's check. */
    public Admission admit(long sessionId, String email) {
        var account = email == null ? Optional.<Account>empty() : em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email)).getResultStream().findFirst();
        AgendaSession session = sessions.shown(sessionId, account.orElse(null)).orElse(null);
        if (session == null) {
            return Admission.refused(Admission.Verdict.NO_SUCH_SESSION);
        }
        if (account.isEmpty()) {
            return Admission.refused(Admission.Verdict.NO_TICKET);
        }
        return admissions.ticketOf(account.get(), session.getEvent())
                .map(t -> new Admission(Admission.Verdict.ADMITTED, account.get().getId(),
                        session.getEvent().getId(), t.getTicketType().getId()))
                .orElseGet(() -> Admission.refused(Admission.Verdict.NO_TICKET));
    }

    /** A socket opened for an admitted attendee: what they are told first; a meeting they were in resumes. */
    public Welcome open(long sessionId, Admission admission) {
        AgendaSession session = sessions.find(sessionId).orElseThrow(() -> new Refused(Refusal.SESSION_NOT_LIVE));
        Account account = em.find(Account.class, admission.accountId());
        Person you = person(account);
        SessionFloor floor = floor(sessionId);
        Outcome outcome = floor.opened(account.getId(), you, admission.ticketTypeId(), now());
        List<Notice> forYou = new ArrayList<>();
        List<Notice> others = new ArrayList<>();
        for (Notice notice : outcome.notices()) {
            (notice.accountId() == account.getId() ? forYou : others).add(notice);
        }
        if (!others.isEmpty()) {
            notices.fire(new Notices(others));
        }
        outcome.deadlines().forEach(deadlines::fire);
        Terms terms = floor.terms();
        return new Welcome(you, sessionId, session.getName(), isOpen(session), (int) (terms.meetingMillis() / 1000),
                (int) (terms.windowMillis() / 1000), (int) (terms.leaveAfterMillis() / 1000), terms.maxExtensions(),
                outcome.standing(), forYou);
    }

    public Standing ready(long sessionId, long accountId) {
        AgendaSession session = sessions.find(sessionId).orElse(null);
        if (session == null || !isOpen(session)) {
            throw new Refused(Refusal.SESSION_NOT_LIVE);
        }
        return publish(floor(sessionId).ready(accountId, now())).standing();
    }

    public void unready(long sessionId, long accountId) {
        existing(sessionId).ifPresent(f -> publish(f.unready(accountId, now())));
    }

    /** The partner a relay from {@code accountId} goes to; never touches the database. */
    public long relayTarget(long sessionId, long accountId, Long to) {
        OptionalLong partner = floors.existing(sessionId).map(f -> f.partnerOf(accountId)).orElse(OptionalLong.empty());
        if (partner.isEmpty()) {
            throw new Refused(Refusal.NOT_IN_MEETING);
        }
        if (to != null && to != partner.getAsLong()) {
            throw new Refused(Refusal.NOT_YOUR_PARTNER);
        }
        return partner.getAsLong();
    }

    public void mediaFlowing(long sessionId, long accountId) {
        publish(required(sessionId).mediaFlowing(accountId));
    }

    public void extend(long sessionId, long accountId) {
        publish(required(sessionId).extend(accountId, now()));
    }

    public void declineExtension(long sessionId, long accountId) {
        publish(required(sessionId).decline(accountId, now()));
    }

    public void leave(long sessionId, long accountId) {
        publish(required(sessionId).leave(accountId, now()));
    }

    /**
     * Requests a connection with the partner of the running meeting or of {@code meetingId}; when the
     * partner asked already, this accepts. Serialised with the floor so two crossing requests connect.
     */
    public void connect(long sessionId, long accountId, Long meetingId) {
        SessionFloor floor = floor(sessionId);
        Meeting meeting = meetingFor(floor, accountId, meetingId);
        long partner = meeting.partnerOf(accountId);
        List<Notice> told = floor.exclusive(() -> {
            Instant now = clock.instant();
            long low = Math.min(accountId, partner);
            long high = Math.max(accountId, partner);
            Connection connection = em.createNamedQuery(Connection.OF_PAIR, Connection.class)
                    .setParameter("event", meeting.getEventId()).setParameter("low", low).setParameter("high", high)
                    .getResultStream().findFirst().orElse(null);
            if (connection == null) {
                connection = new Connection(meeting.getEventId(), accountId, partner, meeting.getId(), now);
                em.persist(connection);
            } else {
                connection.acceptBy(accountId, now);
            }
            meeting.connection(connection.state());
            em.flush();
            long id = meeting.getId();
            if (connection.isConnected()) {
                return List.of(new Notice.ConnectionChanged(sessionId, accountId, id, partner, Side.CONNECTED),
                        new Notice.ConnectionChanged(sessionId, partner, id, accountId, Side.CONNECTED));
            }
            long requester = connection.getRequesterId();
            long addressee = connection.getAddresseeId();
            return List.of(new Notice.ConnectionChanged(sessionId, requester, id, addressee, Side.REQUESTED),
                    new Notice.ConnectionChanged(sessionId, addressee, id, requester, Side.INCOMING));
        });
        notices.fire(new Notices(told));
    }

    /** Never match these two again in this event; ends a running meeting between them. */
    public void block(long sessionId, long accountId, Long meetingId) {
        SessionFloor floor = floor(sessionId);
        Meeting meeting = meetingFor(floor, accountId, meetingId);
        block(floor, meeting, accountId);
    }

    /** Stores a report for the organisers and blocks the partner. */
    public void report(long sessionId, long accountId, Long meetingId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > Report.MAX_REASON) {
            throw new Refused(Refusal.INVALID, "A report needs a reason of at most " + Report.MAX_REASON
                    + " characters.");
        }
        SessionFloor floor = floor(sessionId);
        Meeting meeting = meetingFor(floor, accountId, meetingId);
        em.persist(new Report(meeting.getEventId(), sessionId, meeting.getId(), accountId,
                meeting.partnerOf(accountId), text, clock.instant()));
        block(floor, meeting, accountId);
    }

    public void socketClosed(long sessionId, long accountId) {
        existing(sessionId).ifPresent(f -> publish(f.closed(accountId, now())));
    }

    public void deadline(Deadline deadline) {
        existing(deadline.sessionId()).ifPresent(f -> publish(f.deadline(deadline, now())));
    }

    /** Observes the agenda: once the change is committed, the floor follows it. */
    void onSessionStateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionStateChanged change) {
        sessionChanged(change);
    }

    /** A session stopped (or started) being LIVE: no new matches; running meetings go on to their end. */
    public void sessionChanged(SessionStateChanged change) {
        existing(change.sessionId()).ifPresent(f -> {
            if (change.state() == SessionState.LIVE) {
                f.sessionLive();
            } else {
                f.exclusive(() -> publish(f.sessionEnded()));
            }
        });
    }

    /** Once new rules are committed, they apply to the session's next matches and meetings. */
    void onRulesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) NetworkingRulesChanged change) {
        long sessionId = change.sessionId();
        existing(sessionId).ifPresent(f -> {
            NetworkingRules rules = rulesBook.rulesOf(sessionId);
            f.change(settings.terms(rules), rulesBook.policy(rules, blocks(f.eventId()), f.eventId()));
        });
    }

    /**
     * After a restart: meetings that expired while the server was down are closed; the others are
     * loaded back with their deadlines re-armed, waiting for both partners to reconnect.
     */
    public int recover() {
        Instant now = clock.instant();
        int recovered = 0;
        for (Meeting meeting : em.createNamedQuery(Meeting.OPEN, Meeting.class).getResultList()) {
            if (!meeting.getEndsAt().isAfter(now)) {
                meeting.end(meeting.getEndsAt(), org.hallway.networking.entity.EndReason.TIME, null, false);
                continue;
            }
            SessionFloor floor = floor(meeting.getSessionId());
            var live = new LiveMeeting(meeting.getId(), meeting.getFirstAccountId(), meeting.getSecondAccountId(),
                    meeting.getStartedAt().toEpochMilli(), meeting.getEndsAt().toEpochMilli(),
                    meeting.getExtensions(), floor.terms());
            publish(floor.recover(live, person(em.find(Account.class, meeting.getFirstAccountId())),
                    person(em.find(Account.class, meeting.getSecondAccountId())), now.toEpochMilli()));
            recovered++;
        }
        em.flush();
        return recovered;
    }

    /** The floor's view of where an attendee stands (for tests and pages). */
    public Standing standing(long sessionId, long accountId) {
        return existing(sessionId).map(f -> f.standing(accountId)).orElse(Standing.IDLE);
    }

    public Person person(Account account) {
        return Person.of(account);
    }

    private void block(SessionFloor floor, Meeting meeting, long accountId) {
        long other = meeting.partnerOf(accountId);
        boolean fresh = em.createNamedQuery(Block.OF_PAIR, Block.class).setParameter("event", meeting.getEventId())
                .setParameter("blocker", accountId).setParameter("blocked", other).getResultList().isEmpty();
        if (fresh) {
            em.persist(new Block(meeting.getEventId(), accountId, other, clock.instant()));
            em.flush();
            List<Block> blocks = blocks(meeting.getEventId());
            for (SessionFloor each : floors.ofEvent(meeting.getEventId())) {
                NetworkingRules rules = rulesBook.rulesOf(each.sessionId());
                each.change(rulesBook.policy(rules, blocks, each.eventId()));
            }
        }
        publish(floor.blocked(accountId, other, now()));
    }

    /** The running meeting, or the given meeting of this session that {@code accountId} was in. */
    private Meeting meetingFor(SessionFloor floor, long accountId, Long meetingId) {
        long id;
        if (meetingId == null) {
            id = floor.meetingIdOf(accountId).orElseThrow(() -> new Refused(Refusal.NOT_IN_MEETING));
        } else {
            id = meetingId;
        }
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null || meeting.getSessionId() != floor.sessionId() || !meeting.involves(accountId)) {
            throw new Refused(Refusal.UNKNOWN_MEETING);
        }
        return meeting;
    }

    private Outcome publish(Outcome outcome) {
        if (!outcome.notices().isEmpty()) {
            notices.fire(new Notices(outcome.notices()));
        }
        outcome.deadlines().forEach(deadlines::fire);
        return outcome;
    }

    private SessionFloor floor(long sessionId) {
        return floors.of(sessionId, this::load);
    }

    private SessionFloor required(long sessionId) {
        return existing(sessionId).orElseThrow(() -> new Refused(Refusal.NOT_IN_MEETING));
    }

    private java.util.Optional<SessionFloor> existing(long sessionId) {
        return floors.existing(sessionId);
    }

    private SessionFloor load(long sessionId) {
        AgendaSession session = sessions.find(sessionId)
                .orElseThrow(() -> new Refused(Refusal.SESSION_NOT_LIVE));
        long eventId = session.getEvent().getId();
        NetworkingRules rules = rulesBook.rulesOf(sessionId);
        MeetingHistory history = new MeetingHistory();
        Instant since = clock.instant().minusSeconds(rules.getRematchCooldownSeconds());
        for (Meeting m : em.createNamedQuery(Meeting.ENDED_IN_SESSION_SINCE, Meeting.class)
                .setParameter("session", sessionId).setParameter("since", Meeting.utc(since)).getResultList()) {
            history.record(m.getFirstAccountId(), m.getSecondAccountId(), m.getEndedAt().toEpochMilli());
        }
        LOG.log(Level.DEBUG, "Networking floor of session {0} loaded", sessionId);
        return new SessionFloor(sessionId, eventId, isOpen(session), settings.terms(rules),
                rulesBook.policy(rules, blocks(eventId), eventId), history, ledger, new SplittableRandom());
    }

    private List<Block> blocks(long eventId) {
        return em.createNamedQuery(Block.OF_EVENT, Block.class).setParameter("event", eventId).getResultList();
    }

    /** LIVE, and today (in the event's zone) is one of the event's days. */
    private boolean isOpen(AgendaSession session) {
        var event = session.getEvent();
        return session.getType() == SessionType.NETWORKING && session.isLive()
                && event.runsOn(LocalDate.now(clock.withZone(event.zone())));
    }

    private long now() {
        return clock.millis();
    }
}
