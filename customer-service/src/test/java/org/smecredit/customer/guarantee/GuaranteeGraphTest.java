package org.smecredit.customer.guarantee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class GuaranteeGraphTest {
    static List<UUID> firms(int n) {
        List<UUID> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(UUID.randomUUID());
        }
        return out;
    }

    static GuaranteeGraph.Edge guarantees(UUID guarantor, UUID borrower) {
        return new GuaranteeGraph.Edge(guarantor, borrower);
    }

    @Test
    void findsTheRingAndTheChainHangingOffItButNotTheUnrelatedPair() {
        List<UUID> ring = firms(20);
        List<UUID> chain = firms(35);
        List<UUID> other = firms(2);
        List<GuaranteeGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < ring.size(); i++) {
            edges.add(guarantees(ring.get(i), ring.get((i + 1) % ring.size())));
        }
        edges.add(guarantees(ring.get(7), chain.get(0))); // the ring guarantees the head of the chain
        for (int i = 0; i + 1 < chain.size(); i++) {
            edges.add(guarantees(chain.get(i), chain.get(i + 1)));
        }
        edges.add(guarantees(other.get(0), other.get(1)));

        var circle = GuaranteeGraph.circleOf(chain.get(34), edges);

        Set<UUID> expected = new HashSet<>(ring);
        expected.addAll(chain);
        assertEquals(expected, circle.members());
        assertEquals(chain.get(34), circle.members().iterator().next());
        assertEquals(List.of(new HashSet<>(ring)), circle.cycles().stream().map(HashSet::new).toList());
    }

    @Test
    void aChainAloneHasNoCycleAndMutualGuaranteesAreOne() {
        List<UUID> chain = firms(60);
        List<GuaranteeGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            edges.add(guarantees(chain.get(i), chain.get(i + 1)));
        }
        var circle = GuaranteeGraph.circleOf(chain.get(30), edges);
        assertEquals(60, circle.members().size());
        assertFalse(circle.hasCycle());

        edges.add(guarantees(chain.get(41), chain.get(40))); // 40 and 41 guarantee each other
        var mutual = GuaranteeGraph.circleOf(chain.get(0), edges);
        assertEquals(List.of(Set.of(chain.get(40), chain.get(41))), mutual.cycles());
    }

    @Test
    void aFirmWithoutGuaranteesIsACircleOfOne() {
        UUID lone = UUID.randomUUID();
        var circle = GuaranteeGraph.circleOf(lone, List.of());
        assertEquals(Set.of(lone), circle.members());
        assertTrue(circle.cycles().isEmpty());
    }

    @Test
    void handlesAChainOfTenThousandWithoutExhaustingTheStack() {
        List<UUID> chain = firms(10_000);
        List<GuaranteeGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            edges.add(guarantees(chain.get(i), chain.get((i + 1) % chain.size())));
        }
        var circle = GuaranteeGraph.circleOf(chain.get(0), edges);
        assertEquals(1, circle.cycles().size());
        assertEquals(10_000, circle.cycles().get(0).size());
    }
}
