package org.smecredit.contracts.monitoring.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.contracts.LoanCategory;

/** A loan's five-category class or IFRS 9 stage changed in a daily run. Key: loanId. */
public record LoanClassified(
        UUID loanId,
        UUID customerId,
        LocalDate asOf,
        LoanCategory previousCategory,
        LoanCategory category,
        int daysPastDue,
        /** IFRS 9 stage 1, 2 or 3. */
        int stage,
        BigDecimal ecl,
        BigDecimal outstandingPrincipal) {
}
