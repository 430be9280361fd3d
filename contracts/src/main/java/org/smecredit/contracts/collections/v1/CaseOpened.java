package org.smecredit.contracts.collections.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A collection case was opened for a loan. Key: loanId. */
public record CaseOpened(
        UUID caseId,
        UUID loanId,
        UUID customerId,
        /** Exposure at default: outstanding principal plus overdue interest, CNY scale 2. */
        BigDecimal exposure,
        String currency,
        LocalDate openedOn,
        String assignedTo) {
}
