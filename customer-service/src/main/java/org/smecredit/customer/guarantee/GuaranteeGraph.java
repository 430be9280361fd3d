package org.smecredit.customer.guarantee;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The guarantee graph: a directed edge guarantor → borrower for each guarantee. A firm's guarantee circle (担保圈) is
 * every firm linked to it through chains of guarantees in either direction (its weakly connected component); its
 * loops (连环担保) are the strongly connected components of two or more firms, found with Tarjan's algorithm
 * (iterative, so a 10,000-firm chain does not overflow the stack). Pure: no Quarkus. O(V + E).
 */
public final class GuaranteeGraph {
    public record Edge(UUID guarantor, UUID borrower) {
    }

    /** The circle of a firm: members (the firm first), and each closed loop of guarantees as a set of members. */
    public record Circle(Set<UUID> members, List<Set<UUID>> cycles) {
        public boolean hasCycle() {
            return !cycles.isEmpty();
        }
    }

    private GuaranteeGraph() {
    }

    public static Circle circleOf(UUID root, Collection<Edge> edges) {
        Map<UUID, Integer> index = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        index.put(root, 0);
        ids.add(root);
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        int e = 0;
        for (Edge edge : edges) {
            from[e] = index.computeIfAbsent(edge.guarantor(), k -> { ids.add(k); return ids.size() - 1; });
            to[e] = index.computeIfAbsent(edge.borrower(), k -> { ids.add(k); return ids.size() - 1; });
            e++;
        }
        int n = ids.size();
        int[][] out = adjacency(n, from, to);
        int[][] in = adjacency(n, to, from);

        // weakly connected component of the root
        boolean[] member = new boolean[n];
        int[] order = new int[n];
        int size = 0;
        member[0] = true;
        order[size++] = 0;
        for (int head = 0; head < size; head++) {
            int v = order[head];
            for (int[] adj : new int[][] {out[v], in[v]}) {
                for (int w : adj) {
                    if (!member[w]) {
                        member[w] = true;
                        order[size++] = w;
                    }
                }
            }
        }
        Set<UUID> members = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            members.add(ids.get(order[i]));
        }
        return new Circle(members, loops(out, member, order, size, ids));
    }

    /** Iterative Tarjan over the component; answers the SCCs with two or more members. */
    private static List<Set<UUID>> loops(int[][] out, boolean[] member, int[] nodes, int count, List<UUID> ids) {
        int n = out.length;
        int[] idx = new int[n];
        int[] low = new int[n];
        int[] edgePos = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(idx, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] call = new int[n];
        int cp = 0;
        int counter = 0;
        List<Set<UUID>> loops = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            int start = nodes[s];
            if (idx[start] >= 0) {
                continue;
            }
            call[cp++] = start;
            idx[start] = low[start] = counter++;
            stack[sp++] = start;
            onStack[start] = true;
            while (cp > 0) {
                int v = call[cp - 1];
                if (edgePos[v] < out[v].length) {
                    int w = out[v][edgePos[v]++];
                    if (!member[w]) {
                        continue;
                    }
                    if (idx[w] < 0) {
                        idx[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        call[cp++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], idx[w]);
                    }
                } else {
                    cp--;
                    if (cp > 0) {
                        int parent = call[cp - 1];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                    if (low[v] == idx[v]) {
                        Set<UUID> scc = new LinkedHashSet<>();
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            scc.add(ids.get(w));
                        } while (w != v);
                        if (scc.size() > 1) {
                            loops.add(scc);
                        }
                    }
                }
            }
        }
        return loops;
    }

    private static int[][] adjacency(int n, int[] from, int[] to) {
        int[] degree = new int[n];
        for (int f : from) {
            degree[f]++;
        }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            adj[i] = new int[degree[i]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < from.length; i++) {
            adj[from[i]][fill[from[i]]++] = to[i];
        }
        return adj;
    }
}
