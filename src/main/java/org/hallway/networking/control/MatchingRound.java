package org.hallway.networking.control;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One run of the matcher over candidates sorted longest-waiting first. Candidates are referred to
 * by their index in that order, so a smaller index always means "waited longer"; all state is in
 * a few primitive arrays allocated once per round.
 * <p>
 * Three phases:
 * <ol>
 * <li>quotas: {@link PairQuotas} says how many pairs each two ticket-type classes form; in each
 *     class the longest-waiting members that fit the quota are "covered" and, in wait order, draw a
 *     random covered partner from a class with quota left (retrying when blocks or the cooldown refuse);</li>
 * <li>leftovers: anyone still unmatched, in wait order, draws a random compatible unmatched partner;</li>
 * <li>repair: an unmatched candidate takes over a matched partner whose old partner can pair with
 *     another unmatched candidate (augmenting path of length three).</li>
 * </ol>
 */
final class MatchingRound {

    /** Random draws before falling back to a scan: blocks and cooldowns refuse few pairs, so the first draw nearly always fits. */
    private static final int RANDOM_DRAWS = 8;

    private static final int REPAIR_DRAWS = 48;

    private final MatchingPolicy policy;
    private final MeetingHistory history;
    private final long nowMillis;
    private final RandomGenerator random;

    private final int n;
    private final long[] attendee;
    private final int[] classOf;
    private final int classCount;
    private final boolean[][] allowed;
    /** Members of each class in wait order: {@code members[classStart[c] .. classStart[c + 1])}. */
    private final int[] members;

    private final int[] classStart;

    private final int[] partner;
    /** Pairs formed so far between each two classes; lets the repair phase skip hopeless candidates. */
    private final int[][] paired;

    /** Per-class pools of candidates still available, as segments of one array with O(1) removal. */
    private final int[] pool;

    private final int[] poolSize;
    private final int[] positionInPool;

    /** Phase 1 only: remaining pair endpoints, {@code slots[a][b]} more members of a should pair with b. */
    private int[][] slots;

    private final int[] weights;
    private long repairBudget;

    /**
     * @param attendee   attendee ids, longest waiting first (distinct)
     * @param ticketType their ticket types, same order
     */
    MatchingRound(
            long[] attendee,
            long[] ticketType,
            MatchingPolicy policy,
            MeetingHistory history,
            long nowMillis,
            RandomGenerator random) {
        this.policy = policy;
        this.history = history;
        this.nowMillis = nowMillis;
        this.random = random;
        this.n = attendee.length;
        this.attendee = attendee;
        this.classOf = new int[n];
        TicketTypeClasses classes = TicketTypeClasses.of(ticketType, policy, classOf);
        this.classCount = classes.count;
        this.allowed = classes.allowed;
        this.classStart = new int[classCount + 1];
        for (int i = 0; i < n; i++) {
            classStart[classOf[i] + 1]++;
        }
        for (int c = 0; c < classCount; c++) {
            classStart[c + 1] += classStart[c];
        }
        this.members = new int[n];
        int[] fill = classStart.clone();
        for (int i = 0; i < n; i++) {
            members[fill[classOf[i]]++] = i;
        }
        this.partner = new int[n];
        Arrays.fill(partner, -1);
        this.paired = new int[classCount][classCount];
        this.pool = new int[n];
        this.poolSize = new int[classCount];
        this.positionInPool = new int[n];
        this.weights = new int[classCount];
        // Bounds the repair phase on large inputs; small inputs get an exhaustive repair.
        this.repairBudget = 20L * n + 500_000L;
    }

    /** @return {@code partner[i]} for each candidate index, -1 if unmatched */
    int[] run() {
        int unmatched = matchWithinQuotas();
        if (unmatched < 2) {
            return partner; // nothing left to pair: the usual case when the quotas could be met
        }
        fillPoolsWithUnmatched();
        for (int i = 0; i < n; i++) {
            if (positionInPool[i] >= 0) {
                takeFromPool(i);
                int j = drawAnyPartner(i);
                if (j >= 0) {
                    takeFromPool(j);
                    link(i, j);
                }
            }
        }
        fillPoolsWithUnmatched();
        for (int i = 0; i < n && repairBudget > 0; i++) {
            if (positionInPool[i] >= 0) {
                repair(i);
            }
        }
        return partner;
    }

    // ---- phase 1: class quotas ----------------------------------------------------------------

    /**
     * Each class's covered members (the longest-waiting ones the quota serves) sit in a randomly
     * shuffled queue; a partner is the first still-available member of a queue. That is a uniform
     * random choice among the available members, but reads the queue sequentially, which at 100k
     * candidates is several times faster than drawing random positions from a pool.
     */
    /** @return how many candidates are still unmatched */
    private int matchWithinQuotas() {
        int[] sizes = new int[classCount];
        for (int c = 0; c < classCount; c++) {
            sizes[c] = classStart[c + 1] - classStart[c];
        }
        int[][] quota = PairQuotas.solve(sizes, allowed);
        PairQuotas.favourLongestWaiting(quota, allowed, members, classStart);
        slots = new int[classCount][classCount];
        int[] queue = pool; // pools are unused until phase 2
        long[] queueAttendee = new long[n];
        int[] head = new int[classCount];
        int[] end = new int[classCount];
        int[] remaining = new int[classCount];
        boolean[] available = new boolean[n];
        for (int a = 0; a < classCount; a++) {
            int covered = 0;
            for (int b = 0; b < classCount; b++) {
                slots[a][b] = a == b ? 2 * quota[a][a] : quota[a][b];
                covered += slots[a][b];
            }
            head[a] = classStart[a];
            end[a] = classStart[a] + covered;
            remaining[a] = covered;
            System.arraycopy(members, classStart[a], queue, classStart[a], covered);
            for (int p = end[a] - 1; p > head[a]; p--) { // Fisher-Yates
                int q = head[a] + random.nextInt(p - head[a] + 1);
                int swap = queue[p];
                queue[p] = queue[q];
                queue[q] = swap;
            }
            for (int p = head[a]; p < end[a]; p++) {
                available[queue[p]] = true;
                queueAttendee[p] = attendee[queue[p]];
            }
        }
        QuotaQueues queues = new QuotaQueues(queue, queueAttendee, head, end, remaining, available);
        int matched = 0;
        for (int i = 0; i < n; i++) {
            if (available[i]) {
                int a = classOf[i];
                queues.take(i, a);
                int j = queues.partnerFor(i, a);
                if (j >= 0) {
                    queues.take(j, queues.partnerClass);
                    link(i, a, j, queues.partnerClass);
                    matched += 2;
                }
            }
        }
        return n - matched;
    }

    /** The shuffled per-class queues of phase 1, with lazy removal of taken members. */
    private final class QuotaQueues {
        private final int[] queue;
        private final long[] queueAttendee;
        private final int[] head;
        private final int[] end;
        private final int[] remaining;
        private final boolean[] available;
        /** Class of the partner last returned by {@link #partnerFor}; saves a random read of classOf. */
        int partnerClass;

        QuotaQueues(int[] queue, long[] queueAttendee, int[] head, int[] end, int[] remaining, boolean[] available) {
            this.queue = queue;
            this.queueAttendee = queueAttendee;
            this.head = head;
            this.end = end;
            this.remaining = remaining;
            this.available = available;
        }

        void take(int i, int c) {
            available[i] = false;
            remaining[c]--;
        }

        int partnerFor(int i, int a) {
            long id = attendee[i];
            int total = 0;
            for (int b = 0; b < classCount; b++) {
                int w = remaining[b] > 0 ? slots[a][b] : 0;
                weights[b] = w;
                total += w;
            }
            if (total == 0) {
                return -1;
            }
            for (int attempt = 0; attempt < RANDOM_DRAWS / 2; attempt++) {
                int b = pickClass(random.nextInt(total));
                int j = firstAcceptable(b, id, 2);
                if (j >= 0) {
                    partnerClass = b;
                    return j;
                }
            }
            for (int b = 0; b < classCount; b++) {
                if (weights[b] > 0) {
                    int j = firstAcceptable(b, id, Integer.MAX_VALUE);
                    if (j >= 0) {
                        partnerClass = b;
                        return j;
                    }
                }
            }
            return -1;
        }

        /** The first available member of class b's queue that may meet {@code id}, trying at most {@code tries}. */
        private int firstAcceptable(int b, long id, int tries) {
            while (head[b] < end[b] && !available[queue[head[b]]]) {
                head[b]++; // taken members at the head are gone for good
            }
            if (end[b] - head[b] > 2 * remaining[b] + 32) {
                compact(b); // keeps the walk past taken members amortised O(1)
            }
            for (int p = head[b]; p < end[b] && tries > 0; p++) {
                if (available[queue[p]]) {
                    tries--;
                    if (allowsAttendees(id, queueAttendee[p])) {
                        return queue[p];
                    }
                }
            }
            return -1;
        }

        /** Drops taken members from class b's queue, keeping the random order of the rest. */
        private void compact(int b) {
            int to = head[b];
            for (int p = head[b]; p < end[b]; p++) {
                if (available[queue[p]]) {
                    queue[to] = queue[p];
                    queueAttendee[to] = queueAttendee[p];
                    to++;
                }
            }
            end[b] = to;
        }
    }

    // ---- phase 2: leftovers --------------------------------------------------------------------

    private int drawAnyPartner(int i) {
        int a = classOf[i];
        int total = 0;
        for (int b = 0; b < classCount; b++) {
            int w = allowed[a][b] ? poolSize[b] : 0;
            weights[b] = w;
            total += w;
        }
        return total == 0 ? -1 : draw(i, total);
    }

    /**
     * A random pool member from the classes with positive {@link #weights} that {@code i} may meet:
     * first a few weighted random draws, then a scan (which stops at the first acceptable
     * member, so it costs at most the number of refusals).
     */
    private int draw(int i, int totalWeight) {
        for (int attempt = 0; attempt < RANDOM_DRAWS; attempt++) {
            int b = pickClass(random.nextInt(totalWeight));
            int j = pool[classStart[b] + random.nextInt(poolSize[b])];
            if (allowsAttendees(i, j)) {
                return j;
            }
        }
        for (int b = 0; b < classCount; b++) {
            int size = poolSize[b];
            if (weights[b] == 0 || size == 0) {
                continue;
            }
            int offset = random.nextInt(size);
            for (int step = 0; step < size; step++) {
                int j = pool[classStart[b] + (offset + step) % size];
                if (allowsAttendees(i, j)) {
                    return j;
                }
            }
        }
        return -1;
    }

    private int pickClass(int ticket) {
        int b = 0;
        while (ticket >= weights[b]) {
            ticket -= weights[b];
            b++;
        }
        return b;
    }

    // ---- phase 3: repair by augmenting paths of length three -------------------------------------

    /**
     * Tries to give unmatched {@code u} the partner {@code v} of a pair (v, x) and x an unmatched
     * partner {@code w}: one more pair. Random draws first, then (budget permitting) a full scan.
     */
    private void repair(int u) {
        takeFromPool(u);
        if (!repairIsPossibleForClass(classOf[u]) || !(repairByDraws(u) || repairByScan(u))) {
            addToPool(u); // still available as the far end of someone else's repair
        }
    }

    private boolean repairIsPossibleForClass(int a) {
        for (int b = 0; b < classCount; b++) {
            if (!allowed[a][b]) {
                continue;
            }
            for (int c = 0; c < classCount; c++) {
                if (paired[b][c] == 0) {
                    continue;
                }
                for (int d = 0; d < classCount; d++) {
                    if (allowed[c][d] && poolSize[d] > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean repairByDraws(int u) {
        int a = classOf[u];
        int total = 0;
        for (int b = 0; b < classCount; b++) {
            int w = allowed[a][b] ? classStart[b + 1] - classStart[b] : 0;
            weights[b] = w;
            total += w;
        }
        if (total == 0) {
            return false;
        }
        for (int attempt = 0; attempt < REPAIR_DRAWS; attempt++) {
            int b = pickClass(random.nextInt(total));
            int v = members[classStart[b] + random.nextInt(classStart[b + 1] - classStart[b])];
            repairBudget--;
            if (partner[v] >= 0 && allowsAttendees(u, v) && rewire(u, v, false)) {
                return true;
            }
        }
        return false;
    }

    private boolean repairByScan(int u) {
        int a = classOf[u];
        for (int b = 0; b < classCount && repairBudget > 0; b++) {
            if (!allowed[a][b]) {
                continue;
            }
            for (int m = classStart[b]; m < classStart[b + 1] && repairBudget > 0; m++) {
                int v = members[m];
                repairBudget--;
                if (partner[v] >= 0 && allowsAttendees(u, v) && rewire(u, v, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Finds an unmatched partner for v's current partner x; if found, re-pairs (u, v) and (x, w). */
    private boolean rewire(int u, int v, boolean scan) {
        int x = partner[v];
        int c = classOf[x];
        for (int d = 0; d < classCount; d++) {
            int size = poolSize[d];
            if (!allowed[c][d] || size == 0) {
                continue;
            }
            int steps = scan ? size : Math.min(size, 2);
            int offset = random.nextInt(size);
            for (int step = 0; step < steps; step++) {
                int w = pool[classStart[d] + (offset + step) % size];
                repairBudget--;
                if (allowsAttendees(x, w)) {
                    takeFromPool(w);
                    unlink(v, x);
                    link(u, v);
                    link(x, w);
                    return true;
                }
            }
        }
        return false;
    }

    // ---- bookkeeping ----------------------------------------------------------------------------

    private boolean allowsAttendees(int i, int j) {
        return policy.allowsAttendees(attendee[i], attendee[j], history, nowMillis);
    }

    private boolean allowsAttendees(long attendeeA, long attendeeB) {
        return policy.allowsAttendees(attendeeA, attendeeB, history, nowMillis);
    }

    private void link(int i, int j) {
        link(i, classOf[i], j, classOf[j]);
    }

    private void link(int i, int a, int j, int b) {
        partner[i] = j;
        partner[j] = i;
        paired[a][b]++;
        if (a != b) {
            paired[b][a]++;
        }
        if (slots != null) {
            slots[a][b]--;
            slots[b][a]--;
        }
    }

    private void unlink(int i, int j) {
        partner[i] = -1;
        partner[j] = -1;
        paired[classOf[i]][classOf[j]]--;
        if (classOf[i] != classOf[j]) {
            paired[classOf[j]][classOf[i]]--;
        }
    }

    private void fillPoolsWithUnmatched() {
        slots = null; // quotas only steer phase 1
        Arrays.fill(poolSize, 0);
        for (int i = 0; i < n; i++) {
            positionInPool[i] = -1;
        }
        for (int i = 0; i < n; i++) { // wait order, sequential reads; each class's pool ends up in wait order
            if (partner[i] < 0) {
                addToPool(i);
            }
        }
    }

    private void addToPool(int i) {
        int c = classOf[i];
        int at = classStart[c] + poolSize[c]++;
        pool[at] = i;
        positionInPool[i] = at;
    }

    private void takeFromPool(int i) {
        int c = classOf[i];
        int at = positionInPool[i];
        int lastAt = classStart[c] + --poolSize[c];
        int last = pool[lastAt];
        pool[at] = last;
        positionInPool[last] = at;
        positionInPool[i] = -1;
    }
}
