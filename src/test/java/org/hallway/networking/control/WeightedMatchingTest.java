package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

/** The blossom solver against JGraphT's Blossom V (Kolmogorov) on random general graphs. */
class WeightedMatchingTest {

    @Test
    void findsTheWeightOfAMaximumWeightMatchingOnRandomGeneralGraphs() {
        SplittableRandom random = new SplittableRandom(25);
        for (int round = 0; round < 300; round++) {
            Edges g = randomGraph(random, 2 + random.nextInt(60), random.nextDouble(), -10, 40);
            int[] mate = new WeightedMatching(g.n, g.from, g.to, g.weight, false).solve();
            assertValid(g, mate);
            assertEquals(kolmogorovWeight(g, 0), weightOf(g, mate, 0), "round " + round + ", n=" + g.n);
        }
    }

    @Test
    void amongTheMaximumMatchingsFindsTheHeaviest() {
        SplittableRandom random = new SplittableRandom(26);
        for (int round = 0; round < 300; round++) {
            Edges g = randomGraph(random, 2 + random.nextInt(60), random.nextDouble() * 0.3, -10, 40);
            int[] mate = new WeightedMatching(g.n, g.from, g.to, g.weight, true).solve();
            assertValid(g, mate);
            // Kolmogorov maximises weight only: a bonus above any total weight per edge makes size come first.
            long bonus = 1 + 50L * g.n * g.n;
            assertEquals(kolmogorovWeight(g, bonus), weightOf(g, mate, bonus), "round " + round + ", n=" + g.n);
        }
    }

    @Test
    void solvesGraphsWithManyEqualWeightsAndOddCycles() {
        // Small integer weights make ties and nested blossoms common: the hard cases for the dual bookkeeping.
        SplittableRandom random = new SplittableRandom(27);
        for (int round = 0; round < 300; round++) {
            Edges g = randomGraph(random, 3 + random.nextInt(40), 0.2 + random.nextDouble() * 0.8, 0, 3);
            for (boolean maximum : new boolean[] {false, true}) {
                int[] mate = new WeightedMatching(g.n, g.from, g.to, g.weight, maximum).solve();
                assertValid(g, mate);
                long bonus = maximum ? 1 + 4L * g.n * g.n : 0;
                assertEquals(kolmogorovWeight(g, bonus), weightOf(g, mate, bonus), "round " + round);
            }
        }
    }

    record Edges(int n, int[] from, int[] to, long[] weight) {}

    static Edges randomGraph(SplittableRandom random, int n, double density, int minWeight, int maxWeight) {
        int max = n * (n - 1) / 2;
        int[] from = new int[max];
        int[] to = new int[max];
        long[] weight = new long[max];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < density) {
                    from[m] = i;
                    to[m] = j;
                    weight[m] = minWeight + random.nextInt(maxWeight - minWeight + 1);
                    m++;
                }
            }
        }
        return new Edges(
                n,
                java.util.Arrays.copyOf(from, m),
                java.util.Arrays.copyOf(to, m),
                java.util.Arrays.copyOf(weight, m));
    }

    private static void assertValid(Edges g, int[] mate) {
        for (int v = 0; v < g.n; v++) {
            if (mate[v] >= 0) {
                assertEquals(v, mate[mate[v]], "mate not symmetric at " + v);
                assertTrue(edgeIndex(g, v, mate[v]) >= 0, "not an edge: " + v + "-" + mate[v]);
            }
        }
    }

    private static long weightOf(Edges g, int[] mate, long bonus) {
        long total = 0;
        for (int v = 0; v < g.n; v++) {
            if (mate[v] > v) {
                total += g.weight[edgeIndex(g, v, mate[v])] + bonus;
            }
        }
        return total;
    }

    private static int edgeIndex(Edges g, int a, int b) {
        for (int k = 0; k < g.from.length; k++) {
            if ((g.from[k] == a && g.to[k] == b) || (g.from[k] == b && g.to[k] == a)) {
                return k;
            }
        }
        return -1;
    }

    static long kolmogorovWeight(Edges g, long bonus) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(
                SupplierUtil.createIntegerSupplier(1_000_000), /* the solver adds vertices of its own */
                SupplierUtil.createDefaultWeightedEdgeSupplier());
        for (int v = 0; v < g.n; v++) {
            graph.addVertex(v);
        }
        for (int k = 0; k < g.from.length; k++) {
            DefaultWeightedEdge e = graph.addEdge(g.from[k], g.to[k]);
            graph.setEdgeWeight(e, g.weight[k] + bonus);
        }
        double total = new KolmogorovWeightedMatching<>(graph, ObjectiveSense.MAXIMIZE)
                .getMatching()
                .getWeight();
        return Math.round(total);
    }
}
