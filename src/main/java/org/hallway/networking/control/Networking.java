package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hallway.agenda.control.SessionStateChanged;
import org.hallway.agenda.control.SessionsRemoved;
import org.hallway.agenda.entity.SessionState;
import org.hallway.networking.control.Outcome.Standing;
import org.hallway.networking.entity.MediaRoute;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * What an attendee does in a networking session, run by the session's single writer: each command
 * goes into the session's {@link SessionLane}, changes the floor's memory and returns at once;
 * notices go out as soon as what they announce is durable, deadlines are armed, and the database
 * follows through the {@link NetworkingJournal}. No caller ever waits for a lock held across I/O.
 * Refusals reach the caller's {@code refused} callback. Admission is {@link NetworkingAdmissions}'; connections
 * {@link Connections}'; blocks and reports {@link Moderation}'s; restarts {@link Recovery}'s.
 */
@ApplicationScoped
public class Networking {

    @Inject
    Clock clock;

    @Inject
    FloorRegistry floors;

    @Inject
    NetworkingJournal journal;

    @Inject
    Event<Notices> notices;

    @Inject
    Event<Deadline> deadlines;

    /**
     * A socket opened for an admitted attendee: {@code welcome} gets what they are told first
     * (with a resumed meeting's state); others hear of their return.
     */
    public void open(long sessionId, Admission admission, Consumer<Welcome> welcome) {
        NetworkingSession session = floors.of(sessionId);
        session.submit(() -> {
            SessionFloor floor = session.floor();
            long me = admission.accountId();
            Outcome outcome = floor.opened(me, admission.person(), admission.ticketTypeId(), now());
            List<Notice> forYou = new ArrayList<>();
            Outcome others = new Outcome();
            for (Notice notice : outcome.notices()) {
                if (notice.accountId() == me) {
                    forYou.add(notice);
                } else {
                    others.notice(notice);
                }
            }
            Terms terms = floor.terms();
            welcome.accept(new Welcome(
                    admission.person(),
                    sessionId,
                    session.facts().name(),
                    floor.isLive(),
                    (int) (terms.meetingMillis() / 1000),
                    (int) (terms.windowMillis() / 1000),
                    (int) (terms.leaveAfterMillis() / 1000),
                    terms.maxExtensions(),
                    outcome.standing(),
                    forYou));
            publish(session, others, null);
            outcome.deadlines().forEach(deadlines::fire);
        });
    }

    public void ready(long sessionId, long accountId, Consumer<Refused> refused) {
        command(sessionId, refused, (session) -> {
            if (!session.facts().runsToday(clock)) {
                throw new Refused(Refusal.SESSION_NOT_LIVE);
            }
            return session.floor().ready(accountId, now());
        });
    }

    public void unready(long sessionId, long accountId) {
        existing(sessionId, null, s -> s.floor().unready(accountId, now()));
    }

    public void mediaFlowing(long sessionId, long accountId, MediaRoute route, Consumer<Refused> refused) {
        command(sessionId, refused, s -> s.floor().mediaFlowing(accountId, route, now()));
    }

    public void extend(long sessionId, long accountId, Consumer<Refused> refused) {
        command(sessionId, refused, s -> s.floor().extend(accountId, now()));
    }

    public void declineExtension(long sessionId, long accountId, Consumer<Refused> refused) {
        command(sessionId, refused, s -> s.floor().decline(accountId, now()));
    }

    public void leave(long sessionId, long accountId, Consumer<Refused> refused) {
        command(sessionId, refused, s -> s.floor().leave(accountId, now()));
    }

    public void socketClosed(long sessionId, long accountId) {
        existing(sessionId, null, s -> s.floor().closed(accountId, now()));
    }

    public void deadline(Deadline deadline) {
        existing(deadline.sessionId(), null, s -> s.floor().deadline(deadline, now()));
    }

    /**
     * The partner a relay from {@code accountId} goes to: from memory, no queue, no database.
     * Empty when the relay is moot: it crossed the end of the sender's meeting on the wire.
     */
    public OptionalLong relayTarget(long sessionId, long accountId, Long to) {
        var session = floors.existing(sessionId);
        OptionalLong partner = session.map(s -> s.floor().partnerOf(accountId)).orElse(OptionalLong.empty());
        if (partner.isEmpty()) {
            if (session.isPresent() && session.get().floor().justEnded(accountId, now())) {
                return OptionalLong.empty();
            }
            throw new Refused(Refusal.NOT_IN_MEETING);
        }
        if (to != null && to != partner.getAsLong()) {
            throw new Refused(Refusal.NOT_YOUR_PARTNER);
        }
        return partner;
    }

    /**
     * A session stopped (or started) being LIVE, committed ({@link FloorChanges} brings it here from
     * any node): no new matches; running meetings go on to their end.
     */
    public void sessionChanged(SessionStateChanged change) {
        existing(change.sessionId(), null, s -> {
            if (change.state() == SessionState.LIVE) {
                s.floor().sessionLive();
                return new Outcome();
            }
            return s.floor().sessionEnded();
        });
    }

    /** Once a session's deletion is committed, its floor goes: nothing is written for it again. */
    void onSessionsRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsRemoved removed) {
        removed.sessionIds().forEach(floors::forget);
    }

    /** The floor's view of where an attendee stands (for tests and pages). */
    public Standing standing(long sessionId, long accountId) {
        return floors.existing(sessionId)
                .map(s -> s.floor().standing(accountId))
                .orElse(Standing.IDLE);
    }

    /**
     * Runs {@code change} on the session's single writer and publishes its outcome; a refusal goes
     * to {@code refused}. The session is loaded first if this node does not serve it yet.
     */
    public void command(long sessionId, Consumer<Refused> refused, Function<NetworkingSession, Outcome> change) {
        NetworkingSession session;
        try {
            session = floors.of(sessionId);
        } catch (Refused r) {
            refuse(refused, r);
            return;
        }
        submit(session, refused, change);
    }

    /** As {@link #command}, for a session this node serves already; else nothing happens. */
    private void existing(long sessionId, Consumer<Refused> refused, Function<NetworkingSession, Outcome> change) {
        floors.existing(sessionId).ifPresent(s -> submit(s, refused, change));
    }

    public void submit(
            NetworkingSession session, Consumer<Refused> refused, Function<NetworkingSession, Outcome> change) {
        session.submit(() -> {
            Outcome outcome;
            try {
                outcome = change.apply(session);
            } catch (Refused r) {
                refuse(refused, r);
                return;
            }
            publish(session, outcome, refused);
            outcome.deadlines().forEach(deadlines::fire);
        });
    }

    /** On the lane: the outcome's notices, now or after the commit of its records. */
    void publish(NetworkingSession session, Outcome outcome, Consumer<Refused> refused) {
        session.deliver(outcome, journal, refused, list -> notices.fire(new Notices(list)));
    }

    private static void refuse(Consumer<Refused> refused, Refused r) {
        if (refused != null) {
            refused.accept(r);
        }
    }

    private long now() {
        return clock.millis();
    }
}
