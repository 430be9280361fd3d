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
        /** COREBANKING, MANUAL, COLLATERAL_AUCTION or GUARANTOR. */
        String source,
        LocalDate valueDate,
        BigDecimal recoveredToDate,
        /**
         * Optional (may be null): realized LGD of the case after this recovery, 1 − recoveredToDate / exposure at
         * default, not below 0, 4 decimals. On a written-off case it falls as late recoveries come in.
         */
        BigDecimal realizedLgd,
        /**
         * Optional (may be null, added in v1): the economic realized LGD after this recovery, 1 − PV(recoveries −
         * collection costs) / exposure at default at the loan's effective annual rate, clamped to [0, 1], 4 decimals.
         */
        BigDecimal discountedLgd) {
    /** The v1 shape before the discounted LGD was added: kept so existing producers and tests still compile. */
    public RecoveryRecorded(UUID recoveryId, UUID caseId, UUID loanId, BigDecimal amount, String currency, String source,
                            LocalDate valueDate, BigDecimal recoveredToDate, BigDecimal realizedLgd) {
        this(recoveryId, caseId, loanId, amount, currency, source, valueDate, recoveredToDate, realizedLgd, null);
    }
}
