package org.hallway.networking.control;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Exact maximum-weight matching on a general graph, optionally among the matchings of maximum
 * cardinality: Edmonds' primal-dual blossom method as laid out by Galil ("Efficient algorithms for
 * finding maximum matching in graphs", 1986), O(n³) time, O(n + m) space.
 * <p>
 * Vertices are 0..n-1; edge k joins {@code from[k]} and {@code to[k]} with integer weight
 * {@code weight[k]} (any sign). Endpoint {@code 2k} is {@code from[k]}, {@code 2k + 1} is
 * {@code to[k]}; {@code p ^ 1} is the other end of the same edge. Weights are doubled inside so that
 * every dual variable stays an integer (the "delta = slack / 2" step).
 * <p>
 * Used by {@link PreferredRound} for the rounds it can solve exactly and proved against JGraphT's
 * Kolmogorov solver in {@code PreferredMatchingOptimalityTest}. Not thread-safe; one instance per solve.
 */
final class WeightedMatching {

    private static final int FREE = 0;
    private static final int OUTER = 1; // "S" in the literature
    private static final int INNER = 2; // "T"
    private static final int MARK = 4; // breadcrumb of scanBlossom

    private final int n;
    private final int m;
    private final int[] endpoint;
    private final long[] weight2;
    private final boolean maximumCardinality;
    /** For each vertex, the far endpoints of its edges. */
    private final int[][] neighbourEnds;

    /** For each vertex, the far endpoint of its matched edge, or -1. */
    private final int[] mate;

    private final int[] label; // per vertex and blossom (index n..2n-1)
    private final int[] labelEnd;
    private final int[] inBlossom;
    private final int[] blossomParent;
    private final int[][] blossomChildren;
    private final int[] blossomBase;
    /** blossomEnds[b][i] is the endpoint joining child i to child i + 1 (cyclically). */
    private final int[][] blossomEnds;

    private final int[] bestEdge;
    private final int[][] blossomBestEdges;
    private final int[] unusedBlossoms;
    private int unusedCount;
    private final long[] dual;
    private final boolean[] allowEdge;
    private final ArrayDeque<Integer> queue = new ArrayDeque<>();

    /**
     * @param vertices           number of vertices
     * @param from               first end of each edge
     * @param to                 second end of each edge (no loops)
     * @param weight             weight of each edge
     * @param maximumCardinality if true, the result is a maximum-weight matching among those of
     *                           maximum cardinality; if false, simply of maximum weight
     */
    WeightedMatching(int vertices, int[] from, int[] to, long[] weight, boolean maximumCardinality) {
        if (from.length != to.length || from.length != weight.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
        this.n = vertices;
        this.m = from.length;
        this.maximumCardinality = maximumCardinality;
        this.endpoint = new int[2 * m];
        this.weight2 = new long[m];
        int[] degree = new int[n];
        long maxWeight = 0;
        for (int k = 0; k < m; k++) {
            if (from[k] == to[k] || from[k] < 0 || to[k] < 0 || from[k] >= n || to[k] >= n) {
                throw new IllegalArgumentException("bad edge " + from[k] + "-" + to[k]);
            }
            endpoint[2 * k] = from[k];
            endpoint[2 * k + 1] = to[k];
            weight2[k] = 2 * weight[k];
            maxWeight = Math.max(maxWeight, weight2[k]);
            degree[from[k]]++;
            degree[to[k]]++;
        }
        this.neighbourEnds = new int[n][];
        for (int v = 0; v < n; v++) {
            neighbourEnds[v] = new int[degree[v]];
        }
        int[] fill = new int[n];
        for (int k = 0; k < m; k++) {
            neighbourEnds[from[k]][fill[from[k]]++] = 2 * k + 1;
            neighbourEnds[to[k]][fill[to[k]]++] = 2 * k;
        }
        this.mate = new int[n];
        Arrays.fill(mate, -1);
        this.label = new int[2 * n];
        this.labelEnd = new int[2 * n];
        Arrays.fill(labelEnd, -1);
        this.inBlossom = new int[n];
        for (int v = 0; v < n; v++) {
            inBlossom[v] = v;
        }
        this.blossomParent = new int[2 * n];
        Arrays.fill(blossomParent, -1);
        this.blossomChildren = new int[2 * n][];
        this.blossomBase = new int[2 * n];
        for (int v = 0; v < n; v++) {
            blossomBase[v] = v;
        }
        Arrays.fill(blossomBase, n, 2 * n, -1);
        this.blossomEnds = new int[2 * n][];
        this.bestEdge = new int[2 * n];
        Arrays.fill(bestEdge, -1);
        this.blossomBestEdges = new int[2 * n][];
        this.unusedBlossoms = new int[n];
        for (int b = 0; b < n; b++) {
            unusedBlossoms[b] = 2 * n - 1 - b;
        }
        this.unusedCount = n;
        this.dual = new long[2 * n];
        Arrays.fill(dual, 0, n, maxWeight);
        this.allowEdge = new boolean[m];
    }

    /** @return {@code mate[v]}: the vertex matched to v, or -1 */
    int[] solve() {
        for (int stage = 0; stage < n; stage++) {
            if (!augmentOnce()) {
                break;
            }
            // Blossoms whose dual reached zero at the end of a stage are no longer needed.
            for (int b = n; b < 2 * n; b++) {
                if (blossomParent[b] == -1 && blossomBase[b] >= 0 && label[b] == OUTER && dual[b] == 0) {
                    expandBlossom(b, true);
                }
            }
        }
        int[] partner = new int[n];
        for (int v = 0; v < n; v++) {
            partner[v] = mate[v] < 0 ? -1 : endpoint[mate[v]];
        }
        return partner;
    }

    /**
     * After {@link #solve}: twice the reduced cost of a pair (u, v) of weight w under the final dual
     * solution, counting the duals of the blossoms that hold both. When the matching is perfect and
     * this is at least 0 for every pair of a larger graph, the matching is also a maximum-weight
     * perfect matching of that graph (linear-programming duality): the certificate
     * {@link PreferredRound} uses to add only the edges that matter.
     */
    long reducedCost(int u, int v, long w) {
        long cost = dual[u] + dual[v] - 2 * w;
        if (blossomParent[u] == -1 || blossomParent[v] == -1) {
            return cost; // an unnested vertex shares no blossom with anyone
        }
        // Blossoms holding u, then those also holding v (nesting depth is small).
        for (int b = blossomParent[u]; b != -1; b = blossomParent[b]) {
            if (holds(b, v)) {
                cost += 2 * dual[b];
            }
        }
        return cost;
    }

    private boolean holds(int blossom, int v) {
        for (int b = blossomParent[v]; b != -1; b = blossomParent[b]) {
            if (b == blossom) {
                return true;
            }
        }
        return false;
    }

    private long slack(int k) {
        return dual[endpoint[2 * k]] + dual[endpoint[2 * k + 1]] - weight2[k];
    }

    /** One stage: grow alternating trees from every free vertex until an augmenting path is found. */
    private boolean augmentOnce() {
        Arrays.fill(label, FREE);
        Arrays.fill(bestEdge, -1);
        Arrays.fill(blossomBestEdges, n, 2 * n, null);
        Arrays.fill(allowEdge, false);
        queue.clear();
        for (int v = 0; v < n; v++) {
            if (mate[v] == -1 && label[inBlossom[v]] == FREE) {
                assignLabel(v, OUTER, -1);
            }
        }
        while (true) {
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int p : neighbourEnds[v]) {
                    int k = p / 2;
                    int w = endpoint[p];
                    if (inBlossom[v] == inBlossom[w]) {
                        continue;
                    }
                    long kSlack = 0;
                    if (!allowEdge[k]) {
                        kSlack = slack(k);
                        if (kSlack <= 0) {
                            allowEdge[k] = true;
                        }
                    }
                    if (allowEdge[k]) {
                        if (label[inBlossom[w]] == FREE) {
                            assignLabel(w, INNER, p ^ 1);
                        } else if (label[inBlossom[w]] == OUTER) {
                            int base = scanBlossom(v, w);
                            if (base >= 0) {
                                addBlossom(base, k);
                            } else {
                                augmentMatching(k);
                                return true;
                            }
                        } else if (label[w] == FREE) {
                            // w sits inside an inner blossom and is reached for the first time.
                            label[w] = INNER;
                            labelEnd[w] = p ^ 1;
                        }
                    } else if (label[inBlossom[w]] == OUTER) {
                        int b = inBlossom[v];
                        if (bestEdge[b] == -1 || kSlack < slack(bestEdge[b])) {
                            bestEdge[b] = k;
                        }
                    } else if (label[w] == FREE) {
                        if (bestEdge[w] == -1 || kSlack < slack(bestEdge[w])) {
                            bestEdge[w] = k;
                        }
                    }
                }
            }
            if (!adjustDuals()) {
                return false;
            }
        }
    }

    /** Changes the duals by the largest step that keeps them feasible; false when the optimum is reached. */
    private boolean adjustDuals() {
        int deltaType = -1;
        long delta = 0;
        int deltaEdge = -1;
        int deltaBlossom = -1;
        if (!maximumCardinality) {
            deltaType = 1;
            delta = minVertexDual();
        }
        for (int v = 0; v < n; v++) {
            if (label[inBlossom[v]] == FREE && bestEdge[v] != -1) {
                long d = slack(bestEdge[v]);
                if (deltaType == -1 || d < delta) {
                    delta = d;
                    deltaType = 2;
                    deltaEdge = bestEdge[v];
                }
            }
        }
        for (int b = 0; b < 2 * n; b++) {
            if (blossomParent[b] == -1 && label[b] == OUTER && bestEdge[b] != -1) {
                long d = slack(bestEdge[b]) / 2;
                if (deltaType == -1 || d < delta) {
                    delta = d;
                    deltaType = 3;
                    deltaEdge = bestEdge[b];
                }
            }
        }
        for (int b = n; b < 2 * n; b++) {
            if (blossomBase[b] >= 0
                    && blossomParent[b] == -1
                    && label[b] == INNER
                    && (deltaType == -1 || dual[b] < delta)) {
                delta = dual[b];
                deltaType = 4;
                deltaBlossom = b;
            }
        }
        if (deltaType == -1) {
            // No further progress possible with maximum cardinality: one last step to optimality.
            deltaType = 1;
            delta = Math.max(0, minVertexDual());
        }
        for (int v = 0; v < n; v++) {
            int l = label[inBlossom[v]];
            if (l == OUTER) {
                dual[v] -= delta;
            } else if (l == INNER) {
                dual[v] += delta;
            }
        }
        for (int b = n; b < 2 * n; b++) {
            if (blossomBase[b] >= 0 && blossomParent[b] == -1) {
                if (label[b] == OUTER) {
                    dual[b] += delta;
                } else if (label[b] == INNER) {
                    dual[b] -= delta;
                }
            }
        }
        switch (deltaType) {
            case 1:
                return false;
            case 2: {
                allowEdge[deltaEdge] = true;
                int i = endpoint[2 * deltaEdge];
                if (label[inBlossom[i]] == FREE) {
                    i = endpoint[2 * deltaEdge + 1];
                }
                queue.add(i);
                break;
            }
            case 3:
                allowEdge[deltaEdge] = true;
                queue.add(endpoint[2 * deltaEdge]);
                break;
            default:
                expandBlossom(deltaBlossom, false);
        }
        return true;
    }

    private long minVertexDual() {
        long min = Long.MAX_VALUE;
        for (int v = 0; v < n; v++) {
            min = Math.min(min, dual[v]);
        }
        return n == 0 ? 0 : min;
    }

    private void assignLabel(int w, int t, int p) {
        int b = inBlossom[w];
        label[w] = t;
        label[b] = t;
        labelEnd[w] = p;
        labelEnd[b] = p;
        bestEdge[w] = -1;
        bestEdge[b] = -1;
        if (t == OUTER) {
            forEachLeaf(b, v -> queue.add(v));
        } else {
            int base = blossomBase[b];
            assignLabel(endpoint[mate[base]], OUTER, mate[base] ^ 1);
        }
    }

    /** Traces back from v and w; returns the base of a new blossom, or -1 if the paths end at two roots (augmenting path). */
    private int scanBlossom(int v, int w) {
        int[] path = new int[8];
        int length = 0;
        int base = -1;
        while (v != -1 || w != -1) {
            int b = inBlossom[v];
            if ((label[b] & MARK) != 0) {
                base = blossomBase[b];
                break;
            }
            if (length == path.length) {
                path = Arrays.copyOf(path, length * 2);
            }
            path[length++] = b;
            label[b] = OUTER | MARK;
            if (labelEnd[b] == -1) {
                v = -1;
            } else {
                v = endpoint[labelEnd[b]];
                b = inBlossom[v];
                v = endpoint[labelEnd[b]];
            }
            if (w != -1) {
                int swap = v;
                v = w;
                w = swap;
            }
        }
        for (int i = 0; i < length; i++) {
            label[path[i]] = OUTER;
        }
        return base;
    }

    private void addBlossom(int base, int k) {
        int v = endpoint[2 * k];
        int w = endpoint[2 * k + 1];
        int bb = inBlossom[base];
        int bv = inBlossom[v];
        int bw = inBlossom[w];
        int b = unusedBlossoms[--unusedCount];
        blossomBase[b] = base;
        blossomParent[b] = -1;
        blossomParent[bb] = b;
        IntList children = new IntList();
        IntList ends = new IntList();
        while (bv != bb) {
            blossomParent[bv] = b;
            children.add(bv);
            ends.add(labelEnd[bv]);
            v = endpoint[labelEnd[bv]];
            bv = inBlossom[v];
        }
        children.add(bb);
        children.reverse();
        ends.reverse();
        ends.add(2 * k);
        while (bw != bb) {
            blossomParent[bw] = b;
            children.add(bw);
            ends.add(labelEnd[bw] ^ 1);
            w = endpoint[labelEnd[bw]];
            bw = inBlossom[w];
        }
        blossomChildren[b] = children.toArray();
        blossomEnds[b] = ends.toArray();
        label[b] = OUTER;
        labelEnd[b] = labelEnd[bb];
        dual[b] = 0;
        forEachLeaf(b, leaf -> {
            if (label[inBlossom[leaf]] == INNER) {
                queue.add(leaf); // inner vertices become outer inside the new blossom
            }
            inBlossom[leaf] = b;
        });
        // The new blossom's least-slack edge to every other outer blossom.
        int[] bestTo = new int[2 * n];
        Arrays.fill(bestTo, -1);
        for (int child : blossomChildren[b]) {
            if (blossomBestEdges[child] == null) {
                forEachLeaf(child, leaf -> {
                    for (int p : neighbourEnds[leaf]) {
                        considerBestEdge(b, p / 2, bestTo);
                    }
                });
            } else {
                for (int e : blossomBestEdges[child]) {
                    considerBestEdge(b, e, bestTo);
                }
            }
            blossomBestEdges[child] = null;
            bestEdge[child] = -1;
        }
        IntList best = new IntList();
        bestEdge[b] = -1;
        for (int e : bestTo) {
            if (e != -1) {
                best.add(e);
                if (bestEdge[b] == -1 || slack(e) < slack(bestEdge[b])) {
                    bestEdge[b] = e;
                }
            }
        }
        blossomBestEdges[b] = best.toArray();
    }

    private void considerBestEdge(int b, int k, int[] bestTo) {
        int i = endpoint[2 * k];
        int j = endpoint[2 * k + 1];
        if (inBlossom[j] == b) {
            j = i;
        }
        int bj = inBlossom[j];
        if (bj != b && label[bj] == OUTER && (bestTo[bj] == -1 || slack(k) < slack(bestTo[bj]))) {
            bestTo[bj] = k;
        }
    }

    private void expandBlossom(int b, boolean endOfStage) {
        int[] children = blossomChildren[b];
        for (int s : children) {
            blossomParent[s] = -1;
            if (s < n) {
                inBlossom[s] = s;
            } else if (endOfStage && dual[s] == 0) {
                expandBlossom(s, true);
            } else {
                forEachLeaf(s, leaf -> inBlossom[leaf] = s);
            }
        }
        if (!endOfStage && label[b] == INNER) {
            // Relabel the children on the even path from the entry child to the base; they stay in the tree.
            int[] ends = blossomEnds[b];
            int len = children.length;
            int entryChild = inBlossom[endpoint[labelEnd[b] ^ 1]];
            int j = indexOf(children, entryChild);
            int step;
            int trick;
            if ((j & 1) != 0) {
                j -= len;
                step = 1;
                trick = 0;
            } else {
                step = -1;
                trick = 1;
            }
            int p = labelEnd[b];
            while (j != 0) {
                label[endpoint[p ^ 1]] = FREE;
                label[endpoint[ends[wrap(j - trick, len)] ^ trick ^ 1]] = FREE;
                assignLabel(endpoint[p ^ 1], INNER, p);
                allowEdge[ends[wrap(j - trick, len)] / 2] = true;
                j += step;
                p = ends[wrap(j - trick, len)] ^ trick;
                allowEdge[p / 2] = true;
                j += step;
            }
            int bv = children[wrap(j, len)];
            label[endpoint[p ^ 1]] = INNER;
            label[bv] = INNER;
            labelEnd[endpoint[p ^ 1]] = p;
            labelEnd[bv] = p;
            bestEdge[bv] = -1;
            j += step;
            while (children[wrap(j, len)] != entryChild) {
                bv = children[wrap(j, len)];
                if (label[bv] == OUTER) {
                    j += step;
                    continue;
                }
                int reached = firstLabelledLeaf(bv);
                if (reached >= 0) {
                    label[reached] = FREE;
                    label[endpoint[mate[blossomBase[bv]]]] = FREE;
                    assignLabel(reached, INNER, labelEnd[reached]);
                }
                j += step;
            }
        }
        label[b] = -1;
        labelEnd[b] = -1;
        blossomChildren[b] = null;
        blossomEnds[b] = null;
        blossomBase[b] = -1;
        blossomBestEdges[b] = null;
        bestEdge[b] = -1;
        unusedBlossoms[unusedCount++] = b;
    }

    private int firstLabelledLeaf(int b) {
        int[] found = {-1};
        forEachLeaf(b, leaf -> {
            if (found[0] < 0 && label[leaf] != FREE) {
                found[0] = leaf;
            }
        });
        return found[0];
    }

    /** Swaps matched and unmatched edges on the even path inside b from v to its base; v becomes the base. */
    private void augmentBlossom(int b, int v) {
        int t = v;
        while (blossomParent[t] != b) {
            t = blossomParent[t];
        }
        if (t >= n) {
            augmentBlossom(t, v);
        }
        int[] children = blossomChildren[b];
        int[] ends = blossomEnds[b];
        int len = children.length;
        int i = indexOf(children, t);
        int j = i;
        int step;
        int trick;
        if ((i & 1) != 0) {
            j -= len;
            step = 1;
            trick = 0;
        } else {
            step = -1;
            trick = 1;
        }
        while (j != 0) {
            j += step;
            t = children[wrap(j, len)];
            int p = ends[wrap(j - trick, len)] ^ trick;
            if (t >= n) {
                augmentBlossom(t, endpoint[p]);
            }
            j += step;
            t = children[wrap(j, len)];
            if (t >= n) {
                augmentBlossom(t, endpoint[p ^ 1]);
            }
            mate[endpoint[p]] = p ^ 1;
            mate[endpoint[p ^ 1]] = p;
        }
        blossomChildren[b] = rotate(children, i);
        blossomEnds[b] = rotate(ends, i);
        blossomBase[b] = blossomBase[blossomChildren[b][0]];
    }

    private void augmentMatching(int k) {
        int[][] starts = {{endpoint[2 * k], 2 * k + 1}, {endpoint[2 * k + 1], 2 * k}};
        for (int[] start : starts) {
            int s = start[0];
            int p = start[1];
            while (true) {
                int bs = inBlossom[s];
                if (bs >= n) {
                    augmentBlossom(bs, s);
                }
                mate[s] = p;
                if (labelEnd[bs] == -1) {
                    break; // reached a root of the alternating forest
                }
                int t = endpoint[labelEnd[bs]];
                int bt = inBlossom[t];
                s = endpoint[labelEnd[bt]];
                int j = endpoint[labelEnd[bt] ^ 1];
                if (bt >= n) {
                    augmentBlossom(bt, j);
                }
                mate[j] = labelEnd[bt];
                p = labelEnd[bt] ^ 1;
            }
        }
    }

    private void forEachLeaf(int b, java.util.function.IntConsumer action) {
        if (b < n) {
            action.accept(b);
            return;
        }
        for (int child : blossomChildren[b]) {
            forEachLeaf(child, action);
        }
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("child not in its blossom");
    }

    private static int wrap(int index, int length) {
        return ((index % length) + length) % length;
    }

    private static int[] rotate(int[] values, int start) {
        int[] rotated = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            rotated[i] = values[(start + i) % values.length];
        }
        return rotated;
    }

    /** A growable int array, enough for building a blossom's children. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void reverse() {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                int swap = values[i];
                values[i] = values[j];
                values[j] = swap;
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
