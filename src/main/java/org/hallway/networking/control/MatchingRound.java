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

    /** Random draws before falling back to a scan; refusals are rare, so a few draws nearly always suffice. */
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

    private final int[] weights;
    private long repairBudget;

    MatchingRound(Candidate[] byWait, MatchingPolicy policy, MeetingHistory history, long nowMillis,
            RandomGenerator random) {
        this.policy = policy;
        this.history = history;
        this.nowMillis = nowMillis;
        this.random = random;
        this.n = byWait.length;
        this.attendee = new long[n];
        for (int i = 0; i < n; i++) {
            attendee[i] = byWait[i].attendeeId();
        }
        this.classOf = new int[n];
        TicketTypeClasses classes = TicketTypeClasses.of(byWait, policy, classOf);
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
        fillQuotaPools();
        for (int i = 0; i < n; i++) {
            if (positionInPool[i] >= 0) {
                takeFromPool(i);
                int j = drawQuotaPartner(i);
                if (j >= 0) {
                    takeFromPool(j);
                    link(i, j);
                }
            }
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

    /** Remaining pair endpoints per class: {@code slots[a][b]} more members of a should pair with b. */
    private int[][] slots;

    private void fillQuotaPools() {
        int[] sizes = new int[classCount];
        for (int c = 0; c < classCount; c++) {
            sizes[c] = classStart[c + 1] - classStart[c];
        }
        int[][] quota = PairQuotas.solve(sizes, allowed);
        slots = new int[classCount][classCount];
        Arrays.fill(positionInPool, -1);
        for (int a = 0; a < classCount; a++) {
            int covered = 0;
            for (int b = 0; b < classCount; b++) {
                slots[a][b] = a == b ? 2 * quota[a][a] : quota[a][b];
                covered += slots[a][b];
            }
            // The longest-waiting members of each class are the ones the quota serves.
            poolSize[a] = 0;
            for (int m = classStart[a]; m < classStart[a] + covered; m++) {
                addToPool(members[m]);
            }
        }
    }

    private int drawQuotaPartner(int i) {
        int a = classOf[i];
        int total = 0;
        for (int b = 0; b < classCount; b++) {
            int w = poolSize[b] > 0 ? slots[a][b] : 0;
            weights[b] = w;
            total += w;
        }
        return total == 0 ? -1 : draw(i, total);
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

    private void link(int i, int j) {
        partner[i] = j;
        partner[j] = i;
        paired[classOf[i]][classOf[j]]++;
        if (classOf[i] != classOf[j]) {
            paired[classOf[j]][classOf[i]]++;
        }
        if (slots != null) {
            slots[classOf[i]][classOf[j]]--;
            slots[classOf[j]][classOf[i]]--;
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
        for (int m = 0; m < n; m++) {
            if (partner[members[m]] < 0) {
                addToPool(members[m]);
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
