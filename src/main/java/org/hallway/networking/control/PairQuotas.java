package org.hallway.networking.control;

import java.util.Arrays;

/**
 * Solves the small class-level problem: how many pairs to form between each two ticket-type
 * classes (and within a class) so that the number of pairs is maximal, ignoring the
 * attendee-level constraints (cooldown, blocks), which remove only a few edges per attendee.
 * <p>
 * This is a maximum b-matching on a graph of a handful of nodes with self-loops. Its fractional
 * optimum is a max flow on the bipartite double cover (class → class copy), which is half-integral;
 * rounding it down and then repairing with short augmenting walks on the class graph gives the
 * integral optimum (checked against an exact maximum matching in the tests). Everything here is
 * O(poly(classes)), independent of the number of candidates.
 */
final class PairQuotas {

    private PairQuotas() {}

    /**
     * @param sizes   number of candidates per class
     * @param allowed symmetric class compatibility
     * @return symmetric {@code pairs[a][b]}: pairs to form between classes a and b ({@code pairs[a][a]}: within a)
     */
    static int[][] solve(int[] sizes, boolean[][] allowed) {
        int k = sizes.length;
        long[][] flow = maxFlowOnDoubleCover(sizes, allowed);
        int[][] pairs = new int[k][k];
        int[] spare = sizes.clone();
        for (int a = 0; a < k; a++) {
            pairs[a][a] = (int) (flow[a][a] / 2);
            spare[a] -= 2 * pairs[a][a];
            for (int b = a + 1; b < k; b++) {
                int p = (int) ((flow[a][b] + flow[b][a]) / 2);
                pairs[a][b] = p;
                pairs[b][a] = p;
                spare[a] -= p;
                spare[b] -= p;
            }
        }
        // Rounding the half-integral solution down loses at most a few pairs per odd cycle;
        // fill and augment until no short improvement is left.
        boolean improved = true;
        while (improved) {
            improved = fillDirectly(pairs, spare, allowed) | augmentThroughOnePair(pairs, spare, allowed);
        }
        // Rare: the remaining improvement needs a longer alternating walk (odd cycles of classes).
        int[] budget = {LONG_WALK_BUDGET};
        while (new LongWalk(pairs, spare, allowed, budget).augment()) {
            fillDirectly(pairs, spare, allowed);
        }
        return pairs;
    }

    /** Node expansions allowed for the long-walk search; only reached with many classes and odd cycles. */
    private static final int LONG_WALK_BUDGET = 200_000;

    /**
     * Among maximum solutions, prefers the one that serves longer-waiting candidates: while some
     * class X has an uncovered member who waited longer than the youngest covered member of
     * class Y, and a pair (Y, Z) could be a pair (X, Z) instead, move one pair over. The number of
     * pairs is unchanged; each move strictly improves who is served, so the loop ends.
     *
     * @param members    candidate indexes per class in wait order (smaller index = waited longer)
     * @param classStart class c's members are {@code members[classStart[c] .. classStart[c + 1])}
     */
    static void favourLongestWaiting(int[][] pairs, boolean[][] allowed, int[] members, int[] classStart) {
        int k = pairs.length;
        int[] covered = new int[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                covered[a] += a == b ? 2 * pairs[a][a] : pairs[a][b];
            }
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int x = 0; x < k && !moved; x++) {
                if (classStart[x] + covered[x] == classStart[x + 1]) {
                    continue;
                }
                int oldestUncovered = members[classStart[x] + covered[x]];
                for (int y = 0; y < k && !moved; y++) {
                    if (y == x || covered[y] == 0 || members[classStart[y] + covered[y] - 1] < oldestUncovered) {
                        continue;
                    }
                    for (int z = 0; z < k && !moved; z++) {
                        if (pairs[y][z] > 0 && allowed[x][z]) {
                            removePairs(pairs, y, z, 1);
                            pairs[x][z]++;
                            if (x != z) {
                                pairs[z][x]++;
                            }
                            covered[x]++;
                            covered[y]--;
                            moved = true;
                        }
                    }
                }
            }
        }
    }

    /** Pairs spare members of compatible classes directly. */
    private static boolean fillDirectly(int[][] pairs, int[] spare, boolean[][] allowed) {
        int k = spare.length;
        boolean changed = false;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                if (!allowed[a][b]) {
                    continue;
                }
                int add = a == b ? spare[a] / 2 : Math.min(spare[a], spare[b]);
                if (add > 0) {
                    addPairs(pairs, spare, a, b, add);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /**
     * Augmenting walk of length three: spare a — c, existing pair (c, d) broken, d — spare b.
     * Moves in bulk, so the loop runs a bounded number of times whatever the class sizes.
     */
    private static boolean augmentThroughOnePair(int[][] pairs, int[] spare, boolean[][] allowed) {
        int k = spare.length;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                int free = a == b ? spare[a] / 2 : Math.min(spare[a], spare[b]);
                if (free == 0) {
                    continue;
                }
                for (int c = 0; c < k; c++) {
                    for (int d = 0; d < k; d++) {
                        if (pairs[c][d] > 0 && allowed[a][c] && allowed[d][b]) {
                            int moved = Math.min(free, pairs[c][d]);
                            removePairs(pairs, c, d, moved);
                            pairs[a][c] += moved;
                            if (a != c) {
                                pairs[c][a] += moved;
                            }
                            pairs[d][b] += moved;
                            if (d != b) {
                                pairs[b][d] += moved;
                            }
                            spare[a] -= moved;
                            spare[b] -= moved;
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static void addPairs(int[][] pairs, int[] spare, int a, int b, int count) {
        pairs[a][b] += count;
        if (a != b) {
            pairs[b][a] += count;
        }
        spare[a] -= count;
        spare[b] -= count;
    }

    private static void removePairs(int[][] pairs, int a, int b, int count) {
        pairs[a][b] -= count;
        if (a != b) {
            pairs[b][a] -= count;
        }
    }

    /**
     * Edmonds–Karp on source → left copy (capacity = size) → right copy (unbounded, where allowed)
     * → sink (capacity = size). The number of augmentations depends only on the class graph.
     *
     * @return {@code flow[a][b]} on the edge left a → right b
     */
    private static long[][] maxFlowOnDoubleCover(int[] sizes, boolean[][] allowed) {
        int k = sizes.length;
        int nodes = 2 * k + 2;
        int source = 2 * k;
        int sink = 2 * k + 1;
        long unbounded = Long.MAX_VALUE / 4;
        long[][] residual = new long[nodes][nodes];
        for (int a = 0; a < k; a++) {
            residual[source][a] = sizes[a];
            residual[k + a][sink] = sizes[a];
            for (int b = 0; b < k; b++) {
                if (allowed[a][b]) {
                    residual[a][k + b] = unbounded;
                }
            }
        }
        int[] parent = new int[nodes];
        int[] queue = new int[nodes];
        while (true) {
            Arrays.fill(parent, -1);
            parent[source] = source;
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            while (head < tail && parent[sink] < 0) {
                int u = queue[head++];
                for (int v = 0; v < nodes; v++) {
                    if (parent[v] < 0 && residual[u][v] > 0) {
                        parent[v] = u;
                        queue[tail++] = v;
                    }
                }
            }
            if (parent[sink] < 0) {
                break;
            }
            long bottleneck = Long.MAX_VALUE;
            for (int v = sink; v != source; v = parent[v]) {
                bottleneck = Math.min(bottleneck, residual[parent[v]][v]);
            }
            for (int v = sink; v != source; v = parent[v]) {
                residual[parent[v]][v] -= bottleneck;
                residual[v][parent[v]] += bottleneck;
            }
        }
        long[][] flow = new long[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (allowed[a][b]) {
                    flow[a][b] = unbounded - residual[a][k + b];
                }
            }
        }
        return flow;
    }

    /**
     * Depth-first search for an alternating walk spare → (free, matched)* → free → spare on the
     * class graph. Classes may repeat: each class stands for many candidates, so a walk that uses
     * each existing pair at most as often as it exists is a real augmenting path of candidates.
     */
    private static final class LongWalk {
        private final int[][] pairs;
        private final int[] spare;
        private final boolean[][] allowed;
        private final int[] budget;
        private final int k;
        private final int maxPairsUsed;
        private final int[][] used;
        private final int[] path;

        LongWalk(int[][] pairs, int[] spare, boolean[][] allowed, int[] budget) {
            this.pairs = pairs;
            this.spare = spare;
            this.allowed = allowed;
            this.budget = budget;
            this.k = spare.length;
            this.maxPairsUsed = 2 * k + 1;
            this.used = new int[k][k];
            this.path = new int[2 * maxPairsUsed + 2];
        }

        boolean augment() {
            for (int start = 0; start < k; start++) {
                if (spare[start] > 0) {
                    path[0] = start;
                    if (extend(start, 0, 1)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** At class {@code at} after {@code pairsUsed} broken pairs; {@code length} classes on the path. */
        private boolean extend(int at, int pairsUsed, int length) {
            if (--budget[0] < 0) {
                return false;
            }
            int start = path[0];
            for (int next = 0; next < k; next++) {
                if (!allowed[at][next]) {
                    continue;
                }
                path[length] = next;
                int available = spare[next] - (next == start ? 1 : 0);
                if (available > 0) {
                    apply(length + 1);
                    return true;
                }
                if (pairsUsed == maxPairsUsed) {
                    continue;
                }
                for (int across = 0; across < k; across++) {
                    if (pairs[next][across] - used[next][across] > 0) {
                        use(next, across, 1);
                        path[length + 1] = across;
                        boolean found = extend(across, pairsUsed + 1, length + 2);
                        use(next, across, -1);
                        if (found) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private void use(int a, int b, int delta) {
            used[a][b] += delta;
            if (a != b) {
                used[b][a] += delta;
            }
        }

        /** path[0..length): free edges at even steps become pairs, pairs at odd steps are broken. */
        private void apply(int length) {
            for (int step = 0; step + 1 < length; step++) {
                int a = path[step];
                int b = path[step + 1];
                int delta = step % 2 == 0 ? 1 : -1;
                pairs[a][b] += delta;
                if (a != b) {
                    pairs[b][a] += delta;
                }
            }
            spare[path[0]]--;
            spare[path[length - 1]]--;
        }
    }
}
