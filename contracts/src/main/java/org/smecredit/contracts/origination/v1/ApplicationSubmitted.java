package org.smecredit.contracts.origination.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A loan application was submitted. Key: customerId. */
public record ApplicationSubmitted(
        UUID applicationId,
        UUID customerId,
        String productCode,
        BigDecimal amount,
        String currency,
        int termMonths,
        String purpose,
        String submittedBy,
        Instant submittedAt) {
}
