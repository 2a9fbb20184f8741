package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hallway.networking.control.RandomInstances.Instance;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.SparseEdmondsMaximumCardinalityMatching;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.junit.jupiter.api.Test;

/**
 * Compares the Matchmaker with an exact maximum cardinality matching (JGraphT, Edmonds) on the
 * same compatibility graph, over random rounds with a restrictive ticket-type matrix, a cooldown
 * history and blocks.
 */
class MatchmakerOptimalityTest {

    private static final int INSTANCES = 50;
    private static final int MIN_SIZE = 50;
    private static final int MAX_SIZE = 2000;

    @Test
    void matchesAtLeastNinetyNinePointNinePercentOfTheMaximumMatchingOnRandomRestrictiveRounds() {
        SplittableRandom random = new SplittableRandom(20_250_101L);
        Matchmaker matchmaker = new Matchmaker();
        long totalMatched = 0;
        long totalMaximum = 0;
        double worstRatio = 1.0;
        for (int k = 0; k < INSTANCES; k++) {
            // Sizes from 50 to 2000, denser at the small end (the exact matching of a 2000-node
            // graph with ~1M edges dominates the runtime); type mixes from balanced to "attendees are scarce".
            double position = k / (double) (INSTANCES - 1);
            int n = (int) Math.round(MIN_SIZE * Math.pow((double) MAX_SIZE / MIN_SIZE, position * position));
            double sponsorShare = 0.1 + 0.4 * random.nextDouble();
            double attendeeShare = 0.1 + 0.5 * random.nextDouble() * (1 - sponsorShare);
            Instance round = RandomInstances.generate(n, sponsorShare, attendeeShare, random);

            List<Pair> pairs =
                    matchmaker.match(round.ready(), round.policy(), round.history(), round.now(), random.split());
            assertValid(round, pairs);
            int maximum = maximumMatchingSize(round);
            assertTrue(pairs.size() <= maximum, "more pairs than the maximum: the graph or the check is wrong");
            double ratio = maximum == 0 ? 1.0 : pairs.size() / (double) maximum;
            assertTrue(ratio >= 0.99, "instance " + k + " (n=" + n + "): " + pairs.size() + " of " + maximum);
            worstRatio = Math.min(worstRatio, ratio);
            totalMatched += pairs.size();
            totalMaximum += maximum;
        }
        double overall = totalMatched / (double) totalMaximum;
        System.out.printf(
                "Matchmaker optimality: %d of %d maximum pairs over %d rounds (n=%d..%d): ratio %.5f,"
                        + " worst single round %.5f%n",
                totalMatched, totalMaximum, INSTANCES, MIN_SIZE, MAX_SIZE, overall, worstRatio);
        assertTrue(overall >= 0.999, "overall ratio " + overall);
    }

    private static void assertValid(Instance round, List<Pair> pairs) {
        Set<Long> used = new HashSet<>();
        for (Pair p : pairs) {
            assertTrue(
                    allows(round.policy(), p.first(), p.second(), round.history(), round.now()), "not allowed: " + p);
            assertTrue(used.add(p.first().attendeeId()), "twice: " + p.first());
            assertTrue(used.add(p.second().attendeeId()), "twice: " + p.second());
            assertTrue(round.ready().contains(p.first()) && round.ready().contains(p.second()), "not ready: " + p);
        }
        assertEquals(2 * pairs.size(), used.size());
    }

    private static int maximumMatchingSize(Instance round) {
        List<Candidate> ready = round.ready();
        Graph<Integer, DefaultEdge> graph = new LeanGraph();
        for (int i = 0; i < ready.size(); i++) {
            graph.addVertex(i);
        }
        for (int i = 0; i < ready.size(); i++) {
            for (int j = i + 1; j < ready.size(); j++) {
                if (allows(round.policy(), ready.get(i), ready.get(j), round.history(), round.now())) {
                    graph.addEdge(i, j);
                }
            }
        }
        return new SparseEdmondsMaximumCardinalityMatching<>(graph)
                .getMatching()
                .getEdges()
                .size();
    }

    /**
     * An undirected multigraph without JGraphT's default fast-lookup index: these graphs have up to
     * 1.5M edges, every edge is added exactly once, and the index would dominate the test's runtime.
     */
    private static final class LeanGraph extends AbstractBaseGraph<Integer, DefaultEdge> {
        LeanGraph() {
            super(null, DefaultEdge::new, DefaultGraphType.multigraph(), new DefaultGraphSpecificsStrategy<>());
        }
    }

    /** The oracle's matching predicate, written from the rules rather than from the matcher's buckets. */
    private static boolean allows(MatchingPolicy policy, Candidate a, Candidate b, MeetingHistory history, long now) {
        return a.attendeeId() != b.attendeeId()
                && policy.allowsTicketTypes(a.ticketTypeId(), b.ticketTypeId())
                && policy.allowsAttendees(a.attendeeId(), b.attendeeId(), history, now);
    }
}
