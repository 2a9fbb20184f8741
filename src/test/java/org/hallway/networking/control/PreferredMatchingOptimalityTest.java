package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hallway.networking.control.RandomInstances.Instance;
import org.hallway.networking.control.WeightedMatchingTest.Edges;
import org.hallway.networking.entity.MatchingMode;
import org.junit.jupiter.api.Test;

/**
 * A preferred round matches exactly the people a random round matches (nobody waits longer because
 * of a preference), and among the matchings of those people its pairs have the maximum preference
 * weight: checked against JGraphT's Kolmogorov solver (Blossom V) on random rounds with the
 * restrictive ticket-type matrix, cooldowns, blocks, interests, picks and memory of earlier events.
 */
class PreferredMatchingOptimalityTest {

    private static final MatchingMode[] MODES = {MatchingMode.PICKS_FIRST, MatchingMode.INTERESTS_FIRST};

    @Test
    void aPreferredRoundMatchesTheSamePeopleAsARandomRoundWithTheMaximumPreferenceWeight() {
        SplittableRandom random = new SplittableRandom(2_025_12_07L);
        Matchmaker matchmaker = new Matchmaker();
        for (int k = 0; k < 40; k++) {
            int n = 10 + random.nextInt(k < 30 ? 120 : 700);
            Instance round = RandomInstances.generate(n, 0.1 + 0.3 * random.nextDouble(), 0.4, random);
            MatchingMode mode = MODES[k % 2];
            Preferences preferences = RandomInstances.preferences(round, mode, 40, 3, 5, Math.min(20, n / 8), random);
            long seed = random.nextLong();

            List<Pair> atRandom = matchmaker.match(
                    round.ready(), round.policy(), round.history(), round.now(), new SplittableRandom(seed));
            List<Pair> preferred = matchmaker.match(
                    round.ready(),
                    round.policy(),
                    round.history(),
                    round.now(),
                    preferences,
                    new SplittableRandom(seed),
                    Integer.MAX_VALUE);

            assertValid(round, preferred);
            assertEquals(people(atRandom), people(preferred), "round " + k + ": other people matched");
            long optimum =
                    WeightedMatchingTest.kolmogorovWeight(graphOn(round, people(atRandom), preferences), bonus(n))
                            - bonus(n) * atRandom.size();
            assertEquals(optimum, weightOf(preferred, preferences), "round " + k + " (n=" + n + ", " + mode + ")");
            assertTrue(weightOf(preferred, preferences) >= weightOf(atRandom, preferences));
        }
    }

    @Test
    void beyondTheExactLimitTheLocalImprovementStaysCloseToTheOptimum() {
        SplittableRandom random = new SplittableRandom(2_025_12_08L);
        Matchmaker matchmaker = new Matchmaker();
        long total = 0;
        long optimumTotal = 0;
        long randomTotal = 0;
        for (int k = 0; k < 6; k++) {
            int n = 1000 + 400 * k;
            Instance round = RandomInstances.generate(n, 0.25, 0.45, random);
            MatchingMode mode = MODES[k % 2];
            Preferences preferences = RandomInstances.preferences(round, mode, 40, 3, 5, 20, random);
            long seed = random.nextLong();
            List<Pair> local = matchmaker.match(
                    round.ready(),
                    round.policy(),
                    round.history(),
                    round.now(),
                    preferences,
                    new SplittableRandom(seed),
                    0);
            List<Pair> exact = matchmaker.match(
                    round.ready(),
                    round.policy(),
                    round.history(),
                    round.now(),
                    preferences,
                    new SplittableRandom(seed),
                    Integer.MAX_VALUE);
            List<Pair> atRandom = matchmaker.match(
                    round.ready(), round.policy(), round.history(), round.now(), new SplittableRandom(seed));
            assertValid(round, local);
            assertEquals(people(exact), people(local));
            long got = weightOf(local, preferences);
            long best = weightOf(exact, preferences);
            assertTrue(got <= best, "local above the exact optimum: the exact solver is wrong");
            System.out.printf(
                    "n=%d %s: random %d, local %d, exact %d (%.3f %% below)%n",
                    n, mode, weightOf(atRandom, preferences), got, best, 100.0 * (best - got) / best);
            total += got;
            optimumTotal += best;
            randomTotal += weightOf(atRandom, preferences);
        }
        System.out.printf(
                "Preferred rounds beyond the exact limit: random %d, local %d, exact %d: %.3f %% below the optimum%n",
                randomTotal, total, optimumTotal, 100.0 * (optimumTotal - total) / optimumTotal);
        assertTrue(total > randomTotal);
    }

    private static long bonus(int n) {
        return 1L + 200L * n; // above any matching's total preference weight: pairs count first
    }

    static Set<Long> people(List<Pair> pairs) {
        Set<Long> people = new HashSet<>();
        for (Pair p : pairs) {
            people.add(p.first().attendeeId());
            people.add(p.second().attendeeId());
        }
        return people;
    }

    static long weightOf(List<Pair> pairs, Preferences preferences) {
        long total = 0;
        for (Pair p : pairs) {
            total += preferences.weight(p.first().attendeeId(), p.second().attendeeId());
        }
        return total;
    }

    /** The compatibility graph on the given people, weighted by preference, written from the rules. */
    private static Edges graphOn(Instance round, Set<Long> matched, Preferences preferences) {
        List<Candidate> people = new ArrayList<>();
        for (Candidate c : round.ready()) {
            if (matched.contains(c.attendeeId())) {
                people.add(c);
            }
        }
        List<int[]> edges = new ArrayList<>();
        Map<Integer, Long> weights = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                Candidate a = people.get(i);
                Candidate b = people.get(j);
                if (round.policy().allowsTicketTypes(a.ticketTypeId(), b.ticketTypeId())
                        && round.policy()
                                .allowsAttendees(a.attendeeId(), b.attendeeId(), round.history(), round.now())) {
                    weights.put(edges.size(), (long) preferences.weight(a.attendeeId(), b.attendeeId()));
                    edges.add(new int[] {i, j});
                }
            }
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        long[] weight = new long[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = edges.get(e)[0];
            to[e] = edges.get(e)[1];
            weight[e] = weights.get(e);
        }
        return new Edges(people.size(), from, to, weight);
    }

    private static void assertValid(Instance round, List<Pair> pairs) {
        Set<Long> used = new HashSet<>();
        for (Pair p : pairs) {
            assertTrue(round.policy()
                    .allowsTicketTypes(p.first().ticketTypeId(), p.second().ticketTypeId()));
            assertTrue(round.policy()
                    .allowsAttendees(p.first().attendeeId(), p.second().attendeeId(), round.history(), round.now()));
            assertTrue(used.add(p.first().attendeeId()) && used.add(p.second().attendeeId()), "twice: " + p);
        }
    }
}
