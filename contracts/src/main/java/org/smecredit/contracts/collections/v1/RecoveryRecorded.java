package org.smecredit.contracts.collections.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Money was recovered on a case. Key: loanId. */
public record RecoveryRecorded(
        UUID recoveryId,
        UUID caseId,
        UUID loanId,
        BigDecimal amount,
        String currency,
        /** COREBANKING or MANUAL. */
        String source,
        LocalDate valueDate,
        BigDecimal recoveredToDate,
        /**
         * Optional (may be null): realized LGD of the case after this recovery, 1 − recoveredToDate / exposure at
         * default, not below 0, 4 decimals. On a written-off case it falls as late recoveries come in.
         */
        BigDecimal realizedLgd) {
}
