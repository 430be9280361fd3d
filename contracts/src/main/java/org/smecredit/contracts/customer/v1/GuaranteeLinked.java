package org.smecredit.contracts.customer.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer (the guarantor) guarantees another customer's debt (the borrower). Carries the guarantee circle both now
 * belong to, so exposure and contagion can be judged on the group without calling back. Key: customerId.
 */
public record GuaranteeLinked(
        UUID linkId,
        UUID guarantorCustomerId,
        /** The borrower: the customer whose debt is guaranteed. */
        UUID customerId,
        /** Guaranteed amount in CNY, scale 2. */
        BigDecimal amount,
        LocalDate validFrom,
        LocalDate validTo,
        /** Every customer linked to the borrower through chains of guarantees, the borrower included. */
        List<UUID> circleMemberIds,
        /** True when the circle contains a closed loop of guarantees (a strongly connected component of 2+ firms). */
        boolean circleHasCycle) {
}
