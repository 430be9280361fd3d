package org.smecredit.contracts.collections.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A defaulted loan was written off (proposal approved four-eyes). The bank keeps its claim: later recoveries are
 * still published as {@code collections.recovery-recorded.v1} on the same case. Key: loanId.
 */
public record LoanWrittenOff(
        UUID caseId,
        UUID loanId,
        UUID customerId,
        /** Amount written off: exposure at default less recovered to date, scale 2. */
        BigDecimal amountWrittenOff,
        BigDecimal exposureAtDefault,
        BigDecimal recoveredToDate,
        String currency,
        LocalDate writtenOffOn,
        String reason,
        String proposedBy,
        String approvedBy) {
}
