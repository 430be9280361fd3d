package org.smecredit.contracts.corebanking.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Instruction to core banking to pay out a loan. Key: loanId. Core banking dedupes on instructionId. */
public record DisbursementRequested(
        UUID instructionId,
        UUID loanId,
        UUID customerId,
        BigDecimal amount,
        String currency,
        LocalDate valueDate) {
}
