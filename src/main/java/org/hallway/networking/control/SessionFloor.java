package org.hallway.networking.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.hallway.account.control.Person;
import org.hallway.networking.control.Outcome.Standing;
import org.hallway.networking.entity.MediaRoute;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * The matching state of one networking session: who is present, the ready pool with ready-since
 * times ({@link ReadyPool}), the running meetings and who meets whom ({@link FloorMeetings}), and
 * matching the pool. Memory only: no socket and no database in sight. Calls say who did what and
 * when; results are {@link Outcome}s of notices, deadlines and the {@link MeetingRecord}s the
 * database must follow. Its {@link SessionLane} is the only writer; the monitor only makes the rare
 * reads from other threads (pages, tests) safe and is never held long. Meeting ids come from blocks
 * allocated ahead, so matching never waits for the database. The partner lookup for relays reads a
 * concurrent map without the monitor.
 */
public final class SessionFloor {

    static final long QUEUE_MILLIS = 1000;
    /** A pool larger than this hears of its size at most every {@link #LARGE_QUEUE_MILLIS}. */
    static final int LARGE_POOL = 100;

    static final long LARGE_QUEUE_MILLIS = 5000;
    static final long REMATCH_MILLIS = 5000;
    /** How long after a meeting's end its partners' messages may still be on the wire. */
    static final long CROSSING_MILLIS = 10_000;

    private final long sessionId;
    private final long eventId;
    private final LongSupplier meetingIds;
    private final Matchmaker matchmaker = new Matchmaker();
    private final RandomGenerator random;
    private final MeetingHistory history;
    // Immutable values swapped without the lock (rules and blocks may change from any session's thread).
    private volatile MatchingPolicy policy;
    private volatile Terms terms;
    private boolean live;

    private final Set<Long> present = new HashSet<>();
    private final Map<Long, Person> people = new HashMap<>();
    private final Map<Long, Long> ticketTypes = new HashMap<>();
    private final FloorMeetings meetings;
    private final ReadyPool pool;
    private boolean rematchArmed;

    public SessionFloor(
            long sessionId,
            long eventId,
            boolean live,
            Terms terms,
            MatchingPolicy policy,
            MeetingHistory history,
            LongSupplier meetingIds,
            RandomGenerator random) {
        this.sessionId = sessionId;
        this.eventId = eventId;
        this.live = live;
        this.terms = terms;
        this.policy = policy;
        this.history = history;
        this.meetingIds = meetingIds;
        this.random = random;
        this.meetings = new FloorMeetings(sessionId, eventId, history, people);
        this.pool = new ReadyPool(sessionId, meetings);
    }

    /**
     * A socket of {@code account} opened: a meeting they were in resumes with everything the page
     * shows of it: the match, a connection request waiting for an answer, an open extension offer
     * (and who accepted it already).
     */
    public synchronized Outcome opened(long account, Person person, long ticketTypeId, long now) {
        var out = new Outcome();
        present.add(account);
        people.put(account, person);
        ticketTypes.put(account, ticketTypeId);
        if (!meetings.resume(account, present, out) && pool.contains(account)) {
            out.standing(Standing.READY);
        }
        return out;
    }

    /** The socket of {@code account} closed: out of the pool; a meeting waits for them for the grace period. */
    public synchronized Outcome closed(long account, long now) {
        var out = new Outcome();
        present.remove(account);
        if (pool.remove(account)) {
            pool.changed(now, out);
        }
        meetings.lost(account, now, out);
        return out;
    }

    /** "I'm ready": into the pool (twice changes nothing), then matching runs. */
    public synchronized Outcome ready(long account, long now) {
        meetings.forgetEnded(account);
        if (meetings.inMeeting(account)) {
            throw new Refused(Refusal.IN_MEETING);
        }
        if (!live) {
            throw new Refused(Refusal.SESSION_NOT_LIVE);
        }
        Long ticketType = ticketTypes.get(account);
        if (ticketType == null || !present.contains(account)) {
            throw new Refused(Refusal.INVALID, "Open the networking session first.");
        }
        var out = new Outcome();
        if (pool.contains(account)) {
            out.standing(Standing.READY);
            out.notice(pool.notice(account, now));
            return out;
        }
        pool.add(new Candidate(account, ticketType, now));
        match(now, out);
        boolean told = pool.changed(now, out);
        if (pool.contains(account)) {
            out.standing(Standing.READY);
            if (!told) {
                out.notice(pool.notice(account, now));
            }
        } else {
            out.standing(Standing.MEETING);
        }
        return out;
    }

    public synchronized Outcome unready(long account, long now) {
        var out = new Outcome();
        if (pool.remove(account)) {
            pool.changed(now, out);
        }
        out.standing(meetings.inMeeting(account) ? Standing.MEETING : Standing.IDLE);
        return out;
    }

    public synchronized Outcome extend(long account, long now) {
        var out = new Outcome();
        meetings.extend(account, now, out);
        return out;
    }

    public synchronized Outcome decline(long account, long now) {
        var out = new Outcome();
        meetings.decline(account, now, out);
        return out;
    }

    public synchronized Outcome leave(long account, long now) {
        var out = new Outcome();
        if (meetings.leave(account, now, out)) {
            matchAgain(now, out);
        }
        return out;
    }

    /**
     * The partner's media reached {@code account}, over {@code route} as the browser reports it
     * (null: not reported); the first report per side is recorded for the analytics. Without a
     * running meeting it is moot, not an error: it may cross the meeting's end on the wire.
     */
    public synchronized Outcome mediaFlowing(long account, MediaRoute route, long now) {
        var out = new Outcome();
        meetings.mediaFlowing(account, route, now, out);
        return out;
    }

    /** {@code account} blocked {@code other}: a running meeting between them ends. */
    public synchronized Outcome blocked(long account, long other, long now) {
        var out = new Outcome();
        if (meetings.blocked(account, other, now, out)) {
            matchAgain(now, out);
        }
        return out;
    }

    /** A deadline came; moot ones change nothing. */
    public synchronized Outcome deadline(Deadline deadline, long now) {
        var out = new Outcome();
        switch (deadline.kind()) {
            case QUEUE -> pool.queueDue(now, out);
            case REMATCH -> {
                rematchArmed = false;
                history.forget(now - policy.memoryMillis());
                if (match(now, out)) {
                    pool.changed(now, out);
                }
            }
            case OFFER, END, MEDIA, GRACE -> {
                if (meetings.deadline(deadline, now, out)) {
                    matchAgain(now, out);
                }
            }
        }
        return out;
    }

    /** The session is no longer live: no new matches, the pool empties, running meetings go on. */
    public synchronized Outcome sessionEnded() {
        var out = new Outcome();
        live = false;
        pool.clear();
        for (long account : present) {
            out.notice(new Notice.SessionEnded(sessionId, account));
        }
        return out;
    }

    public synchronized void sessionLive() {
        live = true;
    }

    /** New rules: they apply to the next matches and meetings. */
    public void change(Terms terms, MatchingPolicy policy) {
        this.terms = terms;
        this.policy = policy;
    }

    public void change(MatchingPolicy policy) {
        this.policy = policy;
    }

    /** A meeting found open in the database after a restart: both partners get the grace period to return. */
    public synchronized Outcome recover(LiveMeeting meeting, Person first, Person second, long now) {
        var out = new Outcome();
        people.putIfAbsent(meeting.first(), first);
        people.putIfAbsent(meeting.second(), second);
        meetings.recover(meeting, now, out);
        return out;
    }

    /**
     * The database says how the connection between a meeting's partners stands (after a request
     * was committed, or on recovery): remembered so a resumed page shows it again.
     */
    public synchronized void connectionChanged(long meetingId, long requester, boolean connected) {
        meetings.connectionChanged(meetingId, requester, connected);
    }

    /** The running meeting of {@code account}, or a refusal. */
    public synchronized MeetingView runningMeeting(long account) {
        LiveMeeting meeting = meetings.running(account);
        return new MeetingView(meeting.id(), meeting.partnerOf(account));
    }

    /**
     * The floor as the organisers' live dashboard shows it: who is ready now and for how long the
     * longest has waited, the running meetings, and running totals (meetings started, media
     * failures, partners lost, ready → matched waits) from which the dashboard derives rates.
     */
    public synchronized Snapshot snapshot(long now) {
        return meetings.snapshot(now, pool.size(), pool.longestWaitMillis(now));
    }

    /** See {@link #snapshot}; values only. */
    public record Snapshot(
            long atMillis,
            int ready,
            int meetingsRunning,
            long longestWaitMillis,
            long meetingsStarted,
            long mediaFailures,
            long partnersLost,
            long sidesMatched,
            long waitedMillis) {}

    /** A running meeting as other threads may see it: values only. */
    public record MeetingView(long meetingId, long partnerId) {}

    /** The current partner of {@code account}; lock-free, for the relay path. */
    public OptionalLong partnerOf(long account) {
        return meetings.partnerOf(account);
    }

    /**
     * True when {@code account} has no meeting because one ended moments ago: what they send for it
     * crossed the end on the wire and is moot, not an error. Lock-free, for the relay path.
     */
    public boolean justEnded(long account, long now) {
        return meetings.justEnded(account, now);
    }

    /** The id of the running meeting of {@code account}, if any. */
    public synchronized OptionalLong meetingIdOf(long account) {
        return meetings.meetingIdOf(account);
    }

    public synchronized Standing standing(long account) {
        return meetings.inMeeting(account) ? Standing.MEETING : pool.contains(account) ? Standing.READY : Standing.IDLE;
    }

    public synchronized boolean isLive() {
        return live;
    }

    public Terms terms() {
        return terms;
    }

    public long sessionId() {
        return sessionId;
    }

    public long eventId() {
        return eventId;
    }

    /** A meeting ended: its two are free, so the pool is matched again. */
    private void matchAgain(long now, Outcome out) {
        if (match(now, out)) {
            pool.changed(now, out);
        }
    }

    /** Pairs the pool; true when meetings started. */
    private boolean match(long now, Outcome out) {
        if (!live || pool.size() < 2) {
            return false;
        }
        List<Pair> pairs = matchmaker.match(pool.candidates(), policy, history, now, random);
        boolean started = false;
        for (Pair pair : pairs) {
            long first = pair.first().attendeeId();
            long second = pair.second().attendeeId();
            if (first == second || !pool.contains(first) || !pool.contains(second)) {
                continue; // never trust a pair that does not come from the pool
            }
            pool.remove(first);
            pool.remove(second);
            meetings.open(meetingIds.getAsLong(), pair, now, terms, out);
            started = true;
        }
        if (pool.size() >= 2 && !rematchArmed) {
            rematchArmed = true;
            out.deadline(new Deadline(sessionId, 0, Deadline.Kind.REMATCH, 0, now + REMATCH_MILLIS));
        }
        return started;
    }
}
