package org.smecredit.customer.guarantee;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A customer's guarantee circle: every customer linked to it through chains of guarantees in force, the links, and
 * the closed loops among them (strongly connected components of 2+ firms). {@code totalGuaranteed} sums the links, CNY.
 */
public record GuaranteeCircleView(UUID customerId, int size, List<Member> members, List<GuaranteeLinkView> links,
                                  boolean hasCycle, List<List<UUID>> cycles, BigDecimal totalGuaranteed) {
    public record Member(UUID id, String uscc, String legalName, boolean inCycle) {
    }
}
