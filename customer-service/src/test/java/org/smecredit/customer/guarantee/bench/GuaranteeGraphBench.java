package org.smecredit.customer.guarantee.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.smecredit.customer.guarantee.GuaranteeGraph;

/**
 * Times the guarantee-circle computation on a 10,000-firm graph (not part of verify). Graph: 10,000 firms, each
 * guaranteeing 1-3 random others (about 20,000 links, one giant component full of loops), plus 50 rings of 20.
 * Run: {@code ./mvnw -pl customer-service test-compile && java -cp "customer-service/target/classes:customer-service/target/test-classes" org.smecredit.customer.guarantee.bench.GuaranteeGraphBench}
 */
public final class GuaranteeGraphBench {
    public static void main(String[] args) {
        int firms = 10_000;
        Random random = new Random(42);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            ids.add(UUID.randomUUID());
        }
        List<GuaranteeGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            int k = 1 + random.nextInt(3);
            for (int j = 0; j < k; j++) {
                int other = random.nextInt(firms);
                if (other != i) {
                    edges.add(new GuaranteeGraph.Edge(ids.get(i), ids.get(other)));
                }
            }
        }
        for (int r = 0; r < 50; r++) {
            for (int i = 0; i < 20; i++) {
                edges.add(new GuaranteeGraph.Edge(ids.get(r * 200 + i), ids.get(r * 200 + (i + 1) % 20)));
            }
        }
        for (int warm = 0; warm < 20; warm++) {
            GuaranteeGraph.circleOf(ids.get(warm), edges);
        }
        int runs = 50;
        long start = System.nanoTime();
        GuaranteeGraph.Circle circle = null;
        for (int i = 0; i < runs; i++) {
            circle = GuaranteeGraph.circleOf(ids.get(random.nextInt(firms)), edges);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("guarantee circle, %d firms, %d links: %d members, %d loops (largest %d firms): %.2f ms per query%n",
                firms, edges.size(), circle.members().size(), circle.cycles().size(),
                circle.cycles().stream().mapToInt(java.util.Set::size).max().orElse(0), ms);
    }
}
