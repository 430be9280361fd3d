package org.smecredit.contracts.monitoring.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.contracts.LoanCategory;

/**
 * A defaulted loan is performing again: every overdue amount was repaid (0 days past due) on a daily run after its
 * default. Once per default episode; a later default raises loan-defaulted again. Key: loanId.
 */
public record LoanRestored(
        UUID loanId,
        UUID customerId,
        /** Business date of the run that found the loan current again. */
        LocalDate restoredOn,
        /** Business date of the default this ends. */
        LocalDate defaultedOn,
        /** Five-category class after the cure. */
        LoanCategory category,
        /** IFRS 9 stage after the cure. */
        int stage,
        String currency,
        BigDecimal outstandingPrincipal) {
}
