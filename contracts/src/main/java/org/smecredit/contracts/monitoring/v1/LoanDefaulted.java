package org.smecredit.contracts.monitoring.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.contracts.LoanCategory;

/** A loan went into default (more than 90 days past due, IFRS 9 §B5.5.37). Key: loanId. */
public record LoanDefaulted(
        UUID loanId,
        UUID customerId,
        LocalDate defaultDate,
        int daysPastDue,
        LoanCategory category,
        String currency,
        BigDecimal outstandingPrincipal,
        BigDecimal overdueInterest) {
}
