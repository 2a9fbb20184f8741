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
            int n = 10 + random.nextInt(k < 30 ? 100 : 400);
            Instance round = RandomInstances.generate(n, 0.1 + 0.3 * random.nextDouble(), 0.4, random);
            MatchingMode mode = MODES[k % 2];
            Preferences preferences = RandomInstances.preferences(round, mode, 40, 3, 5, Math.min(20, n / 8), random);
            long seed = random.nextLong();

            List<Pair> atRandom = matchmaker.match(
                    round.ready(), round.policy(), round.history(), round.now(), new SplittableRandom(seed));
            long optimum =
                    WeightedMatchingTest.kolmogorovWeight(graphOn(round, people(atRandom), preferences), bonus(n))
                            - bonus(n) * atRandom.size();
            // Both exact paths: the blossom on all compatible pairs, and on candidates plus the pairs its duals ask
            // for.
            for (int exactLimit : new int[] {Integer.MAX_VALUE, 0}) {
                List<Pair> preferred = matchmaker.match(
                        round.ready(),
                        round.policy(),
                        round.history(),
                        round.now(),
                        preferences,
                        new SplittableRandom(seed),
                        exactLimit,
                        Integer.MAX_VALUE);
                assertValid(round, preferred);
                assertEquals(people(atRandom), people(preferred), "round " + k + ": other people matched");
                assertEquals(
                        optimum,
                        weightOf(preferred, preferences),
                        "round " + k + " (n=" + n + ", " + mode + ", exact limit " + exactLimit + ")");
                assertTrue(weightOf(preferred, preferences) >= weightOf(atRandom, preferences));
            }
        }
    }

    @Test
    void beyondTheExactLimitsTheCertifiedSparseSolveIsExactAndTheLocalPassImprovesOnRandom() {
        SplittableRandom random = new SplittableRandom(2_025_12_08L);
        Matchmaker matchmaker = new Matchmaker();
        long[] totals = new long[4]; // random, local pass, sparse exact, exact
        for (int k = 0; k < 6; k++) {
            int n = 450 + 50 * k;
            Instance round = RandomInstances.generate(n, 0.25, 0.45, random);
            MatchingMode mode = MODES[k % 2];
            Preferences preferences = RandomInstances.preferences(round, mode, 40, 3, 5, 20, random);
            long seed = random.nextLong();
            List<Pair> atRandom = matchmaker.match(
                    round.ready(), round.policy(), round.history(), round.now(), new SplittableRandom(seed));
            int[][] limits = {{0, 0}, {0, Integer.MAX_VALUE}, {Integer.MAX_VALUE, Integer.MAX_VALUE}};
            long[] weights = new long[4];
            weights[0] = weightOf(atRandom, preferences);
            for (int path = 0; path < limits.length; path++) {
                List<Pair> pairs = matchmaker.match(
                        round.ready(),
                        round.policy(),
                        round.history(),
                        round.now(),
                        preferences,
                        new SplittableRandom(seed),
                        limits[path][0],
                        limits[path][1]);
                assertValid(round, pairs);
                assertEquals(people(atRandom), people(pairs), "other people matched");
                weights[path + 1] = weightOf(pairs, preferences);
            }
            assertTrue(weights[1] <= weights[3] && weights[2] <= weights[3], "above the exact optimum");
            System.out.printf(
                    "n=%d %s: random %d, local pass %d, sparse exact %d, exact %d%n",
                    n, mode, weights[0], weights[1], weights[2], weights[3]);
            for (int t = 0; t < 4; t++) {
                totals[t] += weights[t];
            }
        }
        System.out.printf(
                "Preferred rounds of 450..700: below the exact optimum: local pass %.2f %%, sparse exact %.2f %%"
                        + " (random %d, local %d, sparse exact %d, exact %d)%n",
                100.0 * (totals[3] - totals[1]) / totals[3],
                100.0 * (totals[3] - totals[2]) / totals[3],
                totals[0],
                totals[1],
                totals[2],
                totals[3]);
        assertEquals(totals[3], totals[2], "the certified sparse solve missed the optimum");
        assertTrue(totals[1] > totals[0]);
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
