package org.smecredit.contracts.collections.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A defaulted loan was restructured (proposal approved four-eyes): the exposure still owed is repaid on a new level
 * monthly schedule. Monitoring tracks it through the observation period (at least two consecutive repayment periods
 * and not less than one year from {@code firstDueDate}). Key: loanId.
 */
public record LoanRestructured(
        UUID caseId,
        UUID loanId,
        UUID customerId,
        /** Exposure restructured: exposure at default less recovered to date, scale 2. */
        BigDecimal principal,
        String currency,
        /** New annual rate, decimal. */
        BigDecimal annualRate,
        int termMonths,
        /** Level monthly payment of the new schedule, scale 2 HALF_UP (the last one absorbs the rounding). */
        BigDecimal monthlyPayment,
        LocalDate firstDueDate,
        LocalDate restructuredOn,
        String proposedBy,
        String approvedBy) {
}
