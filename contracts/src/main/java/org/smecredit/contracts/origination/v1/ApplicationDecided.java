package org.smecredit.contracts.origination.v1;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A credit decision on an application, with its reasons. Key: customerId. */
public record ApplicationDecided(
        UUID applicationId,
        UUID customerId,
        Decision decision,
        String grade,
        BigDecimal pd,
        /** Offered annual interest rate as a decimal; null unless approved. */
        BigDecimal annualRate,
        List<String> reasons,
        String decidedBy) {

    public enum Decision { APPROVED, REJECTED, REFERRED }
}
