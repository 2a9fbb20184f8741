package org.hallway.networking.control;

import java.util.HashMap;
import java.util.Map;
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
 * <li>Beyond: local improvement of the random pairs by exchanges of partners between two pairs
 *     ({a, x}, {b, y} → {a, b}, {x, y} when both new pairs are allowed and the weight grows),
 *     trying for each person their mutual picks and people sharing their interests. Not proven
 *     optimal: {@code PreferredMatchingOptimalityTest} measures the gap to the exact optimum.</li>
 * </ul>
 */
final class PreferredRound {

    /** Largest set of matched people solved exactly; the exact solver is O(n³) on a dense graph. */
    static final int EXACT_LIMIT = 600;

    /** Partners tried per person and pass in the local improvement. */
    private static final int TRIES = 6;

    private static final int PASSES = 3;

    private final long[] attendee;
    private final long[] ticketType;
    private final MatchingPolicy policy;
    private final MeetingHistory history;
    private final long nowMillis;
    private final Preferences preferences;
    private final RandomGenerator random;
    private final int exactLimit;
    private final long[] interests;

    PreferredRound(
            long[] attendee,
            long[] ticketType,
            MatchingPolicy policy,
            MeetingHistory history,
            long nowMillis,
            Preferences preferences,
            RandomGenerator random,
            int exactLimit) {
        this.attendee = attendee;
        this.ticketType = ticketType;
        this.policy = policy;
        this.history = history;
        this.nowMillis = nowMillis;
        this.preferences = preferences;
        this.random = random;
        this.exactLimit = exactLimit;
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
            improveLocally(partner);
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

    private void improveLocally(int[] partner) {
        int n = attendee.length;
        Map<Long, Integer> indexOf = new HashMap<>();
        Map<Long, IntBag> sameInterests = new HashMap<>();
        IntBag[] byInterest = new IntBag[64];
        for (int i = 0; i < n; i++) {
            if (partner[i] < 0) {
                continue;
            }
            if (preferences.mutualPicksOf(attendee[i]).length > 0) {
                indexOf.put(attendee[i], i);
            }
            long bits = interests[i];
            if (bits != 0) {
                sameInterests.computeIfAbsent(bits, b -> new IntBag()).add(i);
                for (long rest = bits; rest != 0; rest &= rest - 1) {
                    int bit = Long.numberOfTrailingZeros(rest);
                    if (byInterest[bit] == null) {
                        byInterest[bit] = new IntBag();
                    }
                    byInterest[bit].add(i);
                }
            }
        }
        for (int pass = 0; pass < PASSES; pass++) {
            boolean improved = false;
            for (int i = 0; i < n; i++) {
                if (partner[i] < 0) {
                    continue;
                }
                for (long picked : preferences.mutualPicksOf(attendee[i])) {
                    Integer j = indexOf.get(picked);
                    if (j != null) {
                        improved |= exchange(partner, i, j);
                    }
                }
                long bits = interests[i];
                if (bits == 0) {
                    continue;
                }
                IntBag same = sameInterests.get(bits);
                for (int t = 0; t < 2 && same.size > 1; t++) {
                    improved |= exchange(partner, i, same.values[random.nextInt(same.size)]);
                }
                int interestCount = Long.bitCount(bits);
                for (int t = 0; t < TRIES; t++) {
                    int nth = random.nextInt(interestCount);
                    long rest = bits;
                    for (int skip = 0; skip < nth; skip++) {
                        rest &= rest - 1;
                    }
                    IntBag bag = byInterest[Long.numberOfTrailingZeros(rest)];
                    improved |= exchange(partner, i, bag.values[random.nextInt(bag.size)]);
                }
            }
            if (!improved) {
                break;
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
        int before = weight(i, x) + weight(j, y);
        int meet = weight(i, j) + weight(x, y) - before;
        int cross = weight(i, y) + weight(j, x) - before;
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

    private static void link(int[] partner, int a, int b) {
        partner[a] = b;
        partner[b] = a;
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
    }
}
