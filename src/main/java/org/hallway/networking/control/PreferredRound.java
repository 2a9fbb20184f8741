package org.hallway.networking.control;

import java.util.random.RandomGenerator;
import org.hallway.networking.entity.MatchingMode;

/**
 * Reorders a random round's pairs by preference without changing who is matched.
 * <p>
 * The random round ({@link MatchingRound}) decides who meets someone this round: a maximum
 * matching, longest-waiting first. Among the matchings that pair exactly these people (all of
 * maximum cardinality), this class picks one of maximum total {@link Preferences#weight}: a
 * preference orders who meets whom but never makes anyone wait a round longer.
 * <ul>
 * <li>Up to {@link #EXACT_LIMIT} matched people: exact, a maximum-weight perfect matching of the
 *     compatibility graph on them ({@link WeightedMatching}).</li>
 * <li>Up to {@link #CANDIDATE_LIMIT}: exact on a sparse graph of candidates, with the pairs its dual
 *     solution points at added until it certifies optimality on all compatible pairs (off by default).</li>
 * <li>Beyond: one pass of local improvement of the random pairs by exchanges of partners between
 *     two pairs ({a, x}, {b, y} → {a, b}, {x, y} or {a, y}, {b, x} when both new pairs are allowed
 *     and the weight grows), trying mutual picks, people with the same interests and people sharing
 *     two interests. Not optimal: {@code PreferredMatchingOptimalityTest} measures the gap.</li>
 * </ul>
 */
final class PreferredRound {

    /** Largest set of matched people solved exactly; the exact solver is O(n³) on a dense graph. */
    static final int EXACT_LIMIT = 400;

    /**
     * Largest set of matched people solved exactly on a sparse graph of candidates. Off (equal to
     * {@link #EXACT_LIMIT}): the result is proved optimal in tests, but its run time is not bounded
     * (mostly 0.1 s at 1,000 people on a loaded machine, once 6 s), too slow for a live round.
     */
    static final int CANDIDATE_LIMIT = EXACT_LIMIT;

    /**
     * Solves with added edges before the result is taken as it is; each round adds at most two edges
     * per person of those the duals point at (an uncapped round can add a dense graph's worth).
     */
    private static final int CERTIFICATE_ROUNDS = 6;

    /** Candidates per person and kind (each two shared interests; at random) for the sparse graph. */
    private static final int CANDIDATES = 3;

    private final long[] attendee;
    private final long[] ticketType;
    private final MatchingPolicy policy;
    private final MeetingHistory history;
    private final long nowMillis;
    private final Preferences preferences;
    private final RandomGenerator random;
    private final int exactLimit;
    private final int candidateLimit;
    private final long[] interests;
    /** Local improvement only: who has a mutual pick among the matched, and each one's pair weight. */
    /** Whether the sparse solve ended with a dual certificate of optimality on the whole graph (tests read it). */
    boolean lastRoundProvenOptimal;

    private int[] mutualStart;

    private int[] mutualOf;

    private int[] pairWeight;

    PreferredRound(
            long[] attendee,
            long[] ticketType,
            MatchingPolicy policy,
            MeetingHistory history,
            long nowMillis,
            Preferences preferences,
            RandomGenerator random,
            int exactLimit,
            int candidateLimit) {
        this.attendee = attendee;
        this.ticketType = ticketType;
        this.policy = policy;
        this.history = history;
        this.nowMillis = nowMillis;
        this.preferences = preferences;
        this.random = random;
        this.exactLimit = exactLimit;
        this.candidateLimit = candidateLimit;
        this.interests = new long[attendee.length];
    }

    /**
     * @param partner the random round's result ({@code partner[i]}, -1 if unmatched); rewritten in place
     * @return {@code partner}
     */
    int[] improve(int[] partner) {
        if (preferences.mode() == MatchingMode.RANDOM) {
            return partner;
        }
        int n = attendee.length;
        int matched = 0;
        for (int i = 0; i < n; i++) {
            interests[i] = preferences.interestsOf(attendee[i]);
            if (partner[i] >= 0) {
                matched++;
            }
        }
        if (matched <= exactLimit) {
            solveExactly(partner, matched);
        } else {
            improveLocally(partner, matched <= candidateLimit);
        }
        return partner;
    }

    private boolean allowed(int i, int j) {
        return policy.allowsTicketTypes(ticketType[i], ticketType[j])
                && policy.allowsAttendees(attendee[i], attendee[j], history, nowMillis);
    }

    private int weight(int i, int j) {
        return preferences.weight(attendee[i], interests[i], attendee[j], interests[j]);
    }

    // ---- exact --------------------------------------------------------------------------------

    private void solveExactly(int[] partner, int matched) {
        int[] people = new int[matched];
        int k = 0;
        for (int i = 0; i < partner.length; i++) {
            if (partner[i] >= 0) {
                people[k++] = i;
            }
        }
        int capacity = Math.max(1, matched * (matched - 1) / 2);
        int[] from = new int[capacity];
        int[] to = new int[capacity];
        long[] weight = new long[capacity];
        int m = 0;
        for (int x = 0; x < matched; x++) {
            for (int y = x + 1; y < matched; y++) {
                if (allowed(people[x], people[y])) {
                    from[m] = x;
                    to[m] = y;
                    weight[m] = weight(people[x], people[y]);
                    m++;
                }
            }
        }
        int[] mate = new WeightedMatching(
                        matched,
                        java.util.Arrays.copyOf(from, m),
                        java.util.Arrays.copyOf(to, m),
                        java.util.Arrays.copyOf(weight, m),
                        true)
                .solve();
        for (int x = 0; x < matched; x++) {
            if (mate[x] < 0) {
                return; // cannot happen (the random pairs are a perfect matching of these people): keep them
            }
        }
        for (int x = 0; x < matched; x++) {
            partner[people[x]] = people[mate[x]];
        }
    }

    // ---- local improvement ----------------------------------------------------------------------

    /**
     * One pass over three kinds of promising partners, each found without hashing: mutual picks;
     * the next person in an order sorted by interest set (identical sets sit side by side); the next
     * person among those who share a given two interests (a counting sort into one bucket per two
     * interests).
     */
    private void improveLocally(int[] partner, boolean onCandidates) {
        int n = attendee.length;
        LongPairTable indexOf = new LongPairTable(n);
        int matched = 0;
        for (int i = 0; i < n; i++) {
            if (partner[i] >= 0) {
                indexOf.putMax(attendee[i], attendee[i], i);
                matched++;
            }
        }
        // Each matched person's mutual picks among the matched, as rows of one array (a few each).
        int[] degree = new int[n + 1];
        preferences.forEachMutualPick((low, high, value) -> {
            long i = indexOf.get(low, low);
            long j = indexOf.get(high, high);
            if (i != LongPairTable.ABSENT && j != LongPairTable.ABSENT) {
                degree[(int) i + 1]++;
                degree[(int) j + 1]++;
            }
        });
        for (int i = 0; i < n; i++) {
            degree[i + 1] += degree[i];
        }
        mutualStart = degree;
        mutualOf = new int[degree[n]];
        int[] fill = java.util.Arrays.copyOf(degree, n);
        preferences.forEachMutualPick((low, high, value) -> {
            long i = indexOf.get(low, low);
            long j = indexOf.get(high, high);
            if (i != LongPairTable.ABSENT && j != LongPairTable.ABSENT) {
                mutualOf[fill[(int) i]++] = (int) j;
                mutualOf[fill[(int) j]++] = (int) i;
            }
        });
        pairWeight = new int[n];
        for (int i = 0; i < n; i++) {
            if (partner[i] > i) {
                pairWeight[i] = fullWeight(i, partner[i]);
                pairWeight[partner[i]] = pairWeight[i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int at = mutualStart[i]; at < mutualStart[i + 1]; at++) {
                if (mutualOf[at] > i) {
                    exchange(partner, i, mutualOf[at]);
                }
            }
        }
        if (onCandidates) {
            solveOnCandidates(partner, matched);
            return;
        }
        neighboursBySameInterests(partner, matched);
        neighboursByTwoSharedInterests(partner);
    }

    /**
     * Exact on a sparse graph: each person's random-round partner (so a perfect matching of these
     * people exists), mutual picks, {@value #CANDIDATES} people sharing each two of their interests
     * and {@value #CANDIDATES} people at random; then the maximum-weight perfect matching of that graph.
     */
    private void solveOnCandidates(int[] partner, int matched) {
        int n = attendee.length;
        int[] compact = new int[n];
        int[] people = new int[matched];
        int k = 0;
        for (int i = 0; i < n; i++) {
            compact[i] = -1;
            if (partner[i] >= 0) {
                compact[i] = k;
                people[k++] = i;
            }
        }
        int[] count = new int[64 * 64 + 1];
        for (int i : people) {
            if (Long.bitCount(interests[i]) <= 8) {
                forEachTwo(interests[i], key -> count[key + 1]++);
            }
        }
        for (int key = 0; key < 64 * 64; key++) {
            count[key + 1] += count[key];
        }
        int[] members = new int[count[64 * 64]];
        int[] fill = java.util.Arrays.copyOf(count, 64 * 64);
        for (int i : people) {
            if (Long.bitCount(interests[i]) <= 8) {
                forEachTwo(interests[i], key -> members[fill[key]++] = i);
            }
        }
        EdgeList edges = new EdgeList();
        for (int i : people) {
            if (partner[i] > i) {
                edges.add(compact[i], compact[partner[i]], fullWeight(i, partner[i]));
            }
            for (int at = mutualStart[i]; at < mutualStart[i + 1]; at++) {
                int j = mutualOf[at];
                if (j > i && allowed(i, j)) {
                    edges.add(compact[i], compact[j], fullWeight(i, j));
                }
            }
            int[] candidates = new int[CANDIDATES * (1 + 28)];
            int[] found = {0};
            if (Long.bitCount(interests[i]) <= 8) {
                forEachTwo(interests[i], key -> {
                    int size = count[key + 1] - count[key];
                    for (int t = 0; t < CANDIDATES && size > 1; t++) {
                        candidates[found[0]++] = members[count[key] + random.nextInt(size)];
                    }
                });
            }
            for (int t = 0; t < CANDIDATES; t++) {
                candidates[found[0]++] = people[random.nextInt(matched)];
            }
            for (int c = 0; c < found[0]; c++) {
                int j = candidates[c];
                if (j != i && j != partner[i] && allowed(i, j)) {
                    edges.add(compact[i], compact[j], fullWeight(i, j));
                }
            }
        }
        // Column generation: solve, then add every pair the dual solution says could improve it.
        int[] mate = null;
        for (int round = 0; round < CERTIFICATE_ROUNDS; round++) {
            WeightedMatching solver = new WeightedMatching(matched, edges.from(), edges.to(), edges.weight(), true);
            mate = solver.solve();
            int added = 0;
            for (int x = 0; x < matched; x++) {
                int i = people[x];
                for (int y = x + 1; y < matched; y++) {
                    int j = people[y];
                    if (added < 2 * matched
                            && mate[x] != y
                            && solver.reducedCost(x, y, upperWeight(i, j)) < 0
                            && allowed(i, j)) {
                        long w = fullWeight(i, j);
                        if (solver.reducedCost(x, y, w) < 0) {
                            edges.add(x, y, w);
                            added++;
                        }
                    }
                }
            }
            if (added == 0) {
                lastRoundProvenOptimal = true;
                break;
            }
        }
        for (int x = 0; x < matched; x++) {
            if (mate[x] < 0) {
                return; // cannot happen: the random pairs are among the edges; keep them
            }
        }
        for (int x = 0; x < matched; x++) {
            partner[people[x]] = people[mate[x]];
        }
    }

    /** Growable edge arrays for {@link WeightedMatching}. */
    private static final class EdgeList {
        private int[] from = new int[64];
        private int[] to = new int[64];
        private long[] weight = new long[64];
        private int size;

        void add(int a, int b, long w) {
            if (size == from.length) {
                from = java.util.Arrays.copyOf(from, size * 2);
                to = java.util.Arrays.copyOf(to, size * 2);
                weight = java.util.Arrays.copyOf(weight, size * 2);
            }
            from[size] = a;
            to[size] = b;
            weight[size] = w;
            size++;
        }

        int[] from() {
            return java.util.Arrays.copyOf(from, size);
        }

        int[] to() {
            return java.util.Arrays.copyOf(to, size);
        }

        long[] weight() {
            return java.util.Arrays.copyOf(weight, size);
        }
    }

    private void neighboursBySameInterests(int[] partner, int matched) {
        int n = attendee.length;
        int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
        long[] keys = new long[matched];
        int k = 0;
        boolean fits = true;
        for (int i = 0; i < n; i++) {
            if (partner[i] >= 0) {
                fits &= Long.numberOfLeadingZeros(interests[i]) > indexBits;
                keys[k++] = (interests[i] << indexBits) | i;
            }
        }
        if (!fits) {
            return; // interests beyond bit 63 - indexBits: this pass is skipped (rare: more than ~40 interests)
        }
        java.util.Arrays.sort(keys);
        long indexMask = (1L << indexBits) - 1;
        for (int at = 1; at < matched; at++) {
            if ((keys[at] >>> indexBits) != 0 && (keys[at] >>> indexBits) == (keys[at - 1] >>> indexBits)) {
                exchange(partner, (int) (keys[at - 1] & indexMask), (int) (keys[at] & indexMask));
            }
        }
    }

    private void neighboursByTwoSharedInterests(int[] partner) {
        int n = attendee.length;
        int[] count = new int[64 * 64 + 1];
        for (int i = 0; i < n; i++) {
            if (partner[i] >= 0 && Long.bitCount(interests[i]) <= 8) {
                forEachTwo(interests[i], key -> count[key + 1]++);
            }
        }
        for (int key = 0; key < 64 * 64; key++) {
            count[key + 1] += count[key];
        }
        int[] members = new int[count[64 * 64]];
        int[] fill = java.util.Arrays.copyOf(count, 64 * 64);
        for (int i = 0; i < n; i++) {
            if (partner[i] >= 0 && Long.bitCount(interests[i]) <= 8) {
                int person = i;
                forEachTwo(interests[i], key -> members[fill[key]++] = person);
            }
        }
        for (int key = 0; key < 64 * 64; key++) {
            for (int at = count[key] + 1; at < count[key + 1]; at++) {
                exchange(partner, members[at - 1], members[at]);
            }
        }
    }

    /** Calls back with a number for each two of the interests: 64 × lower bit + higher bit. */
    private static void forEachTwo(long bits, java.util.function.IntConsumer action) {
        for (long a = bits; a != 0; a &= a - 1) {
            int low = Long.numberOfTrailingZeros(a);
            for (long b = a & (a - 1); b != 0; b &= b - 1) {
                action.accept(64 * low + Long.numberOfTrailingZeros(b));
            }
        }
    }

    /**
     * Re-pairs the four people of i's and j's pairs {i, x}, {j, y} as {i, j}, {x, y} or as
     * {i, y}, {j, x}, whichever is allowed and heaviest, if it is heavier than today's.
     */
    private boolean exchange(int[] partner, int i, int j) {
        int x = partner[i];
        int y = partner[j];
        if (j == i || j == x || y < 0) {
            return false;
        }
        int before = pairWeight[i] + pairWeight[j];
        // Upper bounds first (no "met before" look-up): most tried exchanges stop here.
        boolean meetPossible = upperWeight(i, j) + upperWeight(x, y) > before;
        boolean crossPossible = upperWeight(i, y) + upperWeight(j, x) > before;
        if (!meetPossible && !crossPossible) {
            return false;
        }
        int meet = meetPossible ? fullWeight(i, j) + fullWeight(x, y) - before : 0;
        int cross = crossPossible ? fullWeight(i, y) + fullWeight(j, x) - before : 0;
        if (meet > 0 && meet >= cross && allowed(i, j) && allowed(x, y)) {
            link(partner, i, j);
            link(partner, x, y);
            return true;
        }
        if (cross > 0 && allowed(i, y) && allowed(j, x)) {
            link(partner, i, y);
            link(partner, j, x);
            return true;
        }
        if (meet > 0 && cross > meet && allowed(i, j) && allowed(x, y)) {
            link(partner, i, j);
            link(partner, x, y);
            return true;
        }
        return false;
    }

    private int upperWeight(int i, int j) {
        return preferences.weight(Long.bitCount(interests[i] & interests[j]), mutual(i, j), false);
    }

    private int fullWeight(int i, int j) {
        boolean mutual = mutual(i, j);
        return preferences.weight(
                Long.bitCount(interests[i] & interests[j]),
                mutual,
                !mutual && preferences.metBefore(attendee[i], attendee[j]));
    }

    private boolean mutual(int i, int j) {
        for (int at = mutualStart[i]; at < mutualStart[i + 1]; at++) {
            if (mutualOf[at] == j) {
                return true;
            }
        }
        return false;
    }

    private void link(int[] partner, int a, int b) {
        partner[a] = b;
        partner[b] = a;
        int w = fullWeight(a, b);
        pairWeight[a] = w;
        pairWeight[b] = w;
    }

    /** A growable list of candidate indices. */
    private static final class IntBag {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int last() {
            return values[size - 1];
        }
    }
}
