package org.smecredit.contracts.customer.v1;

import java.time.LocalDate;
import java.util.UUID;

/** An SME became a customer of the bank. Key: customerId. */
public record CustomerRegistered(
        UUID customerId,
        /** Unified Social Credit Code (GB 32100-2015), 18 characters, check character verified. */
        String uscc,
        String legalName,
        /** GB/T 4754 industry code, section letter plus optional division digits, e.g. "C13". */
        String industryCode,
        /** GB/T 2260 administrative-division code, six digits. */
        String regionCode,
        Integer employees,
        LocalDate establishedOn,
        String relationshipManager) {
}
