package org.smecredit.contracts.corebanking.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Core banking booked money received on a loan. Key: loanId. {@code repaymentId} is core banking's booking id:
 * a repayment delivered twice has one effect.
 */
public record RepaymentReceived(
        UUID repaymentId,
        UUID loanId,
        BigDecimal amount,
        String currency,
        LocalDate valueDate,
        String reference) {
}
