package org.hallway.networking.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.hallway.account.control.Person;
import org.hallway.networking.control.Notice.Ending;
import org.hallway.networking.control.Outcome.Standing;
import org.hallway.networking.entity.ConnectionState;
import org.hallway.networking.entity.EndReason;
import org.hallway.networking.entity.MediaRoute;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * The matching state of one networking session: who is present, the ready pool with ready-since
 * times, the running meetings and who meets whom. Memory only: no socket and no database in sight.
 * Calls say who did what and when; results are {@link Outcome}s of notices, deadlines and the
 * {@link MeetingRecord}s the database must follow. Its {@link SessionLane} is the only writer; the
 * monitor only makes the rare reads from other threads (pages, tests) safe and is never held long.
 * Meeting ids come from blocks allocated ahead, so matching never waits for the database. The
 * partner lookup for relays reads a concurrent map without the monitor.
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
    private final Map<Long, Candidate> pool = new LinkedHashMap<>();
    private final Map<Long, LiveMeeting> meetings = new HashMap<>();
    private final Map<Long, LiveMeeting> meetingOf = new HashMap<>();
    private final Map<Long, Long> partners = new ConcurrentHashMap<>();
    // When each attendee's last meeting ended: read without the monitor by the relay path.
    private final Map<Long, Long> endedAt = new ConcurrentHashMap<>();
    // Running totals for the organisers' live dashboard (since this node loaded the session).
    private long meetingsStarted;
    private long mediaFailures;
    private long partnersLost;
    private long sidesMatched;
    private long waitedMillis;
    private long lastQueueAt = Long.MIN_VALUE / 2;
    private boolean queueArmed;
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
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting != null) {
            meeting.back(account);
            out.standing(Standing.MEETING);
            out.notice(matched(meeting, account, true));
            long partner = meeting.partnerOf(account);
            resumeConnection(meeting, account, out);
            if (meeting.offerOpen()) {
                out.notice(new Notice.ExtensionOffered(sessionId, account, meeting.id(), meeting.endsAt()));
                Long by = meeting.acceptedBy();
                if (by != null) {
                    out.notice(new Notice.ExtensionAccepted(sessionId, account, meeting.id(), by == account));
                }
            }
            if (present.contains(partner)) {
                out.notice(new Notice.PartnerBack(sessionId, partner, meeting.id()));
            }
        } else if (pool.containsKey(account)) {
            out.standing(Standing.READY);
        }
        return out;
    }

    /** The socket of {@code account} closed: out of the pool; a meeting waits for them for the grace period. */
    public synchronized Outcome closed(long account, long now) {
        var out = new Outcome();
        present.remove(account);
        if (pool.remove(account) != null) {
            queueChanged(now, out);
        }
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting != null && meeting.lost(account, now)) {
            out.notice(new Notice.PartnerLost(
                    sessionId,
                    meeting.partnerOf(account),
                    meeting.id(),
                    meeting.terms().graceMillis() / 1000));
            out.deadline(
                    new Deadline(sessionId, meeting.id(), Deadline.Kind.GRACE, account, meeting.graceEndsAt(account)));
        }
        return out;
    }

    /** "I'm ready": into the pool (twice changes nothing), then matching runs. */
    public synchronized Outcome ready(long account, long now) {
        endedAt.remove(account);
        if (meetingOf.containsKey(account)) {
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
        if (pool.containsKey(account)) {
            out.standing(Standing.READY);
            out.notice(queueNotice(account, now));
            return out;
        }
        pool.put(account, new Candidate(account, ticketType, now));
        match(now, out);
        boolean told = queueChanged(now, out);
        if (pool.containsKey(account)) {
            out.standing(Standing.READY);
            if (!told) {
                out.notice(queueNotice(account, now));
            }
        } else {
            out.standing(Standing.MEETING);
        }
        return out;
    }

    public synchronized Outcome unready(long account, long now) {
        var out = new Outcome();
        if (pool.remove(account) != null) {
            queueChanged(now, out);
        }
        out.standing(meetingOf.containsKey(account) ? Standing.MEETING : Standing.IDLE);
        return out;
    }

    public synchronized Outcome extend(long account, long now) {
        if (moot(account, now)) {
            return new Outcome();
        }
        LiveMeeting meeting = running(account);
        var out = new Outcome();
        long partner = meeting.partnerOf(account);
        if (meeting.extend(account, now)) {
            out.record(meeting.record());
            for (long who : List.of(account, partner)) {
                out.notice(new Notice.Extended(sessionId, who, meeting.id(), meeting.endsAt(), meeting.extensions()));
            }
            armMeeting(meeting, out, false);
        } else {
            out.notice(new Notice.ExtensionAccepted(sessionId, account, meeting.id(), true));
            out.notice(new Notice.ExtensionAccepted(sessionId, partner, meeting.id(), false));
        }
        return out;
    }

    public synchronized Outcome decline(long account, long now) {
        if (moot(account, now)) {
            return new Outcome();
        }
        LiveMeeting meeting = running(account);
        meeting.decline(account);
        var out = new Outcome();
        for (long who : List.of(account, meeting.partnerOf(account))) {
            out.notice(new Notice.ExtensionWithdrawn(sessionId, who, meeting.id(), true));
        }
        return out;
    }

    public synchronized Outcome leave(long account, long now) {
        if (moot(account, now)) {
            return new Outcome();
        }
        LiveMeeting meeting = running(account);
        meeting.leave(account, now);
        var out = new Outcome();
        finish(meeting, now, out);
        return out;
    }

    /**
     * The partner's media reached {@code account}, over {@code route} as the browser reports it
     * (null: not reported); the first report per side is recorded for the analytics. Without a
     * running meeting it is moot, not an error: it may cross the meeting's end on the wire.
     */
    public synchronized Outcome mediaFlowing(long account, MediaRoute route, long now) {
        var out = new Outcome();
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting != null && meeting.mediaFlowing(account)) {
            out.record(new MeetingRecord.MediaFlowed(meeting.id(), account, now, route));
        }
        return out;
    }

    /** {@code account} blocked {@code other}: a running meeting between them ends. */
    public synchronized Outcome blocked(long account, long other, long now) {
        var out = new Outcome();
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting != null && meeting.partnerOf(account) == other) {
            meeting.block(account, now);
            finish(meeting, now, out);
        }
        return out;
    }

    /** A deadline came; moot ones change nothing. */
    public synchronized Outcome deadline(Deadline deadline, long now) {
        var out = new Outcome();
        LiveMeeting meeting = meetings.get(deadline.meetingId());
        switch (deadline.kind()) {
            case QUEUE -> {
                queueArmed = false;
                broadcastQueue(now, out);
            }
            case REMATCH -> {
                rematchArmed = false;
                history.forget(now - policy.memoryMillis());
                if (match(now, out)) {
                    queueChanged(now, out);
                }
            }
            case OFFER -> {
                if (meeting != null && meeting.openOffer(now)) {
                    for (long who : List.of(meeting.first(), meeting.second())) {
                        out.notice(new Notice.ExtensionOffered(sessionId, who, meeting.id(), meeting.endsAt()));
                    }
                }
            }
            case END -> {
                boolean offerOpen = meeting != null && meeting.offerOpen();
                if (meeting != null && meeting.expire(now)) {
                    if (offerOpen) {
                        for (long who : List.of(meeting.first(), meeting.second())) {
                            out.notice(new Notice.ExtensionWithdrawn(sessionId, who, meeting.id(), false));
                        }
                    }
                    finish(meeting, now, out);
                }
            }
            case MEDIA -> {
                if (meeting != null && meeting.mediaCheck(now)) {
                    finish(meeting, now, out);
                }
            }
            case GRACE -> {
                if (meeting != null && meeting.graceExpired(deadline.accountId(), now)) {
                    finish(meeting, now, out);
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
        register(meeting);
        meeting.assumeMediaFlowing();
        for (long who : List.of(meeting.first(), meeting.second())) {
            meeting.lost(who, now);
            out.deadline(new Deadline(sessionId, meeting.id(), Deadline.Kind.GRACE, who, meeting.graceEndsAt(who)));
        }
        armMeeting(meeting, out, false);
        return out;
    }

    /**
     * The database says how the connection between a meeting's partners stands (after a request
     * was committed, or on recovery): remembered so a resumed page shows it again.
     */
    public synchronized void connectionChanged(long meetingId, long requester, boolean connected) {
        LiveMeeting meeting = meetings.get(meetingId);
        if (meeting != null) {
            meeting.connection(requester, connected);
        }
    }

    /** The running meeting of {@code account}, or a refusal. */
    public synchronized MeetingView runningMeeting(long account) {
        LiveMeeting meeting = running(account);
        return new MeetingView(meeting.id(), meeting.partnerOf(account));
    }

    /**
     * The floor as the organisers' live dashboard shows it: who is ready now and for how long the
     * longest has waited, the running meetings, and running totals (meetings started, media
     * failures, partners lost, ready → matched waits) from which the dashboard derives rates.
     */
    public synchronized Snapshot snapshot(long now) {
        long longest = 0;
        for (Candidate candidate : pool.values()) {
            longest = Math.max(longest, now - candidate.readySinceMillis());
        }
        return new Snapshot(
                now,
                pool.size(),
                meetings.size(),
                longest,
                meetingsStarted,
                mediaFailures,
                partnersLost,
                sidesMatched,
                waitedMillis);
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
        Long partner = partners.get(account);
        return partner == null ? OptionalLong.empty() : OptionalLong.of(partner);
    }

    /**
     * True when {@code account} has no meeting because one ended moments ago: what they send for it
     * crossed the end on the wire and is moot, not an error. Lock-free, for the relay path.
     */
    public boolean justEnded(long account, long now) {
        Long at = endedAt.get(account);
        return at != null && now - at < CROSSING_MILLIS && !partners.containsKey(account);
    }

    /** The id of the running meeting of {@code account}, if any. */
    public synchronized OptionalLong meetingIdOf(long account) {
        LiveMeeting meeting = meetingOf.get(account);
        return meeting == null ? OptionalLong.empty() : OptionalLong.of(meeting.id());
    }

    public synchronized Standing standing(long account) {
        return meetingOf.containsKey(account)
                ? Standing.MEETING
                : pool.containsKey(account) ? Standing.READY : Standing.IDLE;
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

    /** A message for a meeting that ended moments ago: it crossed the end on the wire (see {@link #justEnded}). */
    private boolean moot(long account, long now) {
        return !meetingOf.containsKey(account) && justEnded(account, now);
    }

    private LiveMeeting running(long account) {
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting == null) {
            throw new Refused(Refusal.NOT_IN_MEETING);
        }
        return meeting;
    }

    /** Pairs the pool; true when meetings started. */
    private boolean match(long now, Outcome out) {
        if (!live || pool.size() < 2) {
            return false;
        }
        List<Pair> pairs = matchmaker.match(new ArrayList<>(pool.values()), policy, history, now, random);
        boolean started = false;
        for (Pair pair : pairs) {
            long first = pair.first().attendeeId();
            long second = pair.second().attendeeId();
            if (first == second || !pool.containsKey(first) || !pool.containsKey(second)) {
                continue; // never trust a pair that does not come from the pool
            }
            pool.remove(first);
            pool.remove(second);
            long endsAt = now + terms.meetingMillis();
            long id = meetingIds.getAsLong();
            out.record(new MeetingRecord.Opened(
                    id,
                    sessionId,
                    eventId,
                    first,
                    second,
                    now,
                    endsAt,
                    Math.max(0, now - pair.first().readySinceMillis()),
                    Math.max(0, now - pair.second().readySinceMillis())));
            var meeting = new LiveMeeting(id, first, second, now, endsAt, 0, terms);
            register(meeting);
            meetingsStarted++;
            sidesMatched += 2;
            waitedMillis += Math.max(0, now - pair.first().readySinceMillis())
                    + Math.max(0, now - pair.second().readySinceMillis());
            out.notice(matched(meeting, first, false));
            out.notice(matched(meeting, second, false));
            armMeeting(meeting, out, true);
            started = true;
        }
        if (pool.size() >= 2 && !rematchArmed) {
            rematchArmed = true;
            out.deadline(new Deadline(sessionId, 0, Deadline.Kind.REMATCH, 0, now + REMATCH_MILLIS));
        }
        return started;
    }

    private void register(LiveMeeting meeting) {
        meetings.put(meeting.id(), meeting);
        meetingOf.put(meeting.first(), meeting);
        meetingOf.put(meeting.second(), meeting);
        partners.put(meeting.first(), meeting.second());
        partners.put(meeting.second(), meeting.first());
    }

    private void armMeeting(LiveMeeting meeting, Outcome out, boolean withMediaCheck) {
        if (meeting.extensions() < meeting.terms().maxExtensions()) {
            out.deadline(new Deadline(sessionId, meeting.id(), Deadline.Kind.OFFER, 0, meeting.offerAt()));
        }
        out.deadline(new Deadline(sessionId, meeting.id(), Deadline.Kind.END, 0, meeting.endsAt()));
        if (withMediaCheck) {
            out.deadline(new Deadline(sessionId, meeting.id(), Deadline.Kind.MEDIA, 0, meeting.mediaCheckAt()));
        }
    }

    /** The meeting has ended: record it, free both partners, tell them, and match again. */
    private void finish(LiveMeeting meeting, long now, Outcome out) {
        out.record(meeting.record());
        meetings.remove(meeting.id());
        for (long who : List.of(meeting.first(), meeting.second())) {
            meetingOf.remove(who, meeting);
            partners.remove(who);
            endedAt.put(who, now);
        }
        if (!meeting.isFailed()) {
            history.record(meeting.first(), meeting.second(), meeting.endedAt());
        } else {
            mediaFailures++;
        }
        if (meeting.endReason() == EndReason.PARTNER_LOST) {
            partnersLost++;
        }
        for (long who : List.of(meeting.first(), meeting.second())) {
            Ending ending = ending(meeting, who);
            if (ending != null) {
                out.notice(new Notice.MeetingEnded(sessionId, who, meeting.id(), ending));
            }
        }
        if (match(now, out)) {
            queueChanged(now, out);
        }
    }

    /** The ending as {@code who} sees it; null when they are the one who was lost (nobody to tell). */
    private static Ending ending(LiveMeeting meeting, long who) {
        EndReason reason = meeting.endReason();
        boolean byThem = meeting.endedBy() != null && meeting.endedBy() == who;
        return switch (reason) {
            case TIME -> Ending.TIME;
            case LEFT -> byThem ? Ending.LEFT : Ending.PARTNER_LEFT;
            case PARTNER_LOST -> byThem ? null : Ending.PARTNER_LOST;
            case MEDIA_FAILED -> Ending.MEDIA_FAILED;
            case BLOCKED -> Ending.BLOCKED;
        };
    }

    private void resumeConnection(LiveMeeting meeting, long account, Outcome out) {
        long partner = meeting.partnerOf(account);
        if (meeting.connected()) {
            out.notice(
                    new Notice.ConnectionChanged(sessionId, account, meeting.id(), partner, ConnectionState.CONNECTED));
        } else if (meeting.connectionRequester() != null) {
            ConnectionState side =
                    meeting.connectionRequester() == account ? ConnectionState.REQUESTED : ConnectionState.INCOMING;
            out.notice(new Notice.ConnectionChanged(sessionId, account, meeting.id(), partner, side));
        }
    }

    private Notice.Matched matched(LiveMeeting meeting, long account, boolean resumed) {
        long partner = meeting.partnerOf(account);
        Person person = people.getOrDefault(partner, new Person(partner, "Attendee", null, null));
        return new Notice.Matched(
                sessionId,
                account,
                meeting.id(),
                person,
                meeting.first() == account,
                meeting.startedAt(),
                meeting.endsAt(),
                meeting.leaveAllowedAt(),
                meeting.extensions(),
                resumed);
    }

    /** The pool changed: tell it at most once a second. True when told now. */
    private boolean queueChanged(long now, Outcome out) {
        if (now - lastQueueAt >= queueMillis()) {
            broadcastQueue(now, out);
            return true;
        }
        if (!queueArmed) {
            queueArmed = true;
            out.deadline(new Deadline(sessionId, 0, Deadline.Kind.QUEUE, 0, lastQueueAt + queueMillis()));
        }
        return false;
    }

    /**
     * Every waiter hears of each change, so a pool of P costs P messages per broadcast: a large
     * pool (a session's opening burst) is told less often, before it turns into a flood.
     */
    private long queueMillis() {
        return pool.size() > LARGE_POOL ? LARGE_QUEUE_MILLIS : QUEUE_MILLIS;
    }

    private void broadcastQueue(long now, Outcome out) {
        lastQueueAt = now;
        for (long account : pool.keySet()) {
            out.notice(queueNotice(account, now));
        }
    }

    private Notice.Queue queueNotice(long account, long now) {
        return new Notice.Queue(sessionId, account, pool.size(), estimatedWaitSeconds(now));
    }

    /** Rough: nothing when someone else waits, else until the next running meeting ends. */
    private long estimatedWaitSeconds(long now) {
        if (pool.size() >= 2) {
            return 0;
        }
        long next = Long.MAX_VALUE;
        for (LiveMeeting meeting : meetings.values()) {
            next = Math.min(next, meeting.endsAt());
        }
        return next == Long.MAX_VALUE ? 0 : Math.max(0, (next - now + 999) / 1000);
    }
}
