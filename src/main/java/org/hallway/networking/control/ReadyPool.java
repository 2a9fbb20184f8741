package org.hallway.networking.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ready pool of one networking session: who said "I'm ready" and since when, and how often
 * the waiters hear of its size. Part of {@link SessionFloor}: used only under the floor's monitor.
 */
final class ReadyPool {

    private final long sessionId;
    private final FloorMeetings meetings;
    private final Map<Long, Candidate> pool = new LinkedHashMap<>();
    private long lastQueueAt = Long.MIN_VALUE / 2;
    private boolean queueArmed;

    ReadyPool(long sessionId, FloorMeetings meetings) {
        this.sessionId = sessionId;
        this.meetings = meetings;
    }

    boolean contains(long account) {
        return pool.containsKey(account);
    }

    void add(Candidate candidate) {
        pool.put(candidate.attendeeId(), candidate);
    }

    /** True when {@code account} was in the pool. */
    boolean remove(long account) {
        return pool.remove(account) != null;
    }

    void clear() {
        pool.clear();
    }

    int size() {
        return pool.size();
    }

    List<Candidate> candidates() {
        return new ArrayList<>(pool.values());
    }

    long longestWaitMillis(long now) {
        long longest = 0;
        for (Candidate candidate : pool.values()) {
            longest = Math.max(longest, now - candidate.readySinceMillis());
        }
        return longest;
    }

    /** The pool changed: tell it at most once a second. True when told now. */
    boolean changed(long now, Outcome out) {
        if (now - lastQueueAt >= queueMillis()) {
            broadcast(now, out);
            return true;
        }
        if (!queueArmed) {
            queueArmed = true;
            out.deadline(new Deadline(sessionId, 0, Deadline.Kind.QUEUE, 0, lastQueueAt + queueMillis()));
        }
        return false;
    }

    /** The queue deadline came: every waiter hears of the pool now. */
    void queueDue(long now, Outcome out) {
        queueArmed = false;
        broadcast(now, out);
    }

    /**
     * Every waiter hears of each change, so a pool of P costs P messages per broadcast: a large
     * pool (a session's opening burst) is told less often, before it turns into a flood.
     */
    private long queueMillis() {
        return pool.size() > SessionFloor.LARGE_POOL ? SessionFloor.LARGE_QUEUE_MILLIS : SessionFloor.QUEUE_MILLIS;
    }

    private void broadcast(long now, Outcome out) {
        lastQueueAt = now;
        for (long account : pool.keySet()) {
            out.notice(notice(account, now));
        }
    }

    Notice.Queue notice(long account, long now) {
        return new Notice.Queue(sessionId, account, pool.size(), estimatedWaitSeconds(now));
    }

    /** Rough: nothing when someone else waits, else until the next running meeting ends. */
    private long estimatedWaitSeconds(long now) {
        if (pool.size() >= 2) {
            return 0;
        }
        long next = meetings.nextEndAt();
        return next == Long.MAX_VALUE ? 0 : Math.max(0, (next - now + 999) / 1000);
    }
}
