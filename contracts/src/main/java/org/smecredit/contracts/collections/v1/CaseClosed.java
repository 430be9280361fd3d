package org.smecredit.contracts.collections.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A collection case was closed, with its realized recovery. Key: loanId. */
public record CaseClosed(
        UUID caseId,
        UUID loanId,
        UUID customerId,
        /** REPAID_IN_FULL, SETTLED, WRITTEN_OFF. */
        String outcome,
        BigDecimal exposureAtDefault,
        BigDecimal totalRecovered,
        /** 1 − totalRecovered / exposureAtDefault, not below 0. */
        BigDecimal realizedLgd,
        LocalDate closedOn,
        /**
         * Optional (may be null): the disposal strategy in effect when the case closed (RESTRUCTURING,
         * SOFT_COLLECTION, GUARANTOR_CLAIM, COLLATERAL_ENFORCEMENT, DEBT_SALE, WRITE_OFF); null when none was chosen.
         */
        String strategy,
        /**
         * Optional (may be null, added in v1): the economic realized LGD, 1 − PV(recoveries − collection costs) / exposure
         * at default, each cash flow discounted to the default date at the loan's effective annual rate
         * ((1 + r)^(−days/365)), clamped to [0, 1], 4 decimals.
         */
        BigDecimal discountedLgd,
        /** Optional (may be null, added in v1): collection costs paid on the case (legal and auction fees), scale 2. */
        BigDecimal collectionCosts) {
    /** The v1 shape before the discounted LGD was added: kept so existing producers and tests still compile. */
    public CaseClosed(UUID caseId, UUID loanId, UUID customerId, String outcome, BigDecimal exposureAtDefault,
                      BigDecimal totalRecovered, BigDecimal realizedLgd, LocalDate closedOn, String strategy) {
        this(caseId, loanId, customerId, outcome, exposureAtDefault, totalRecovered, realizedLgd, closedOn, strategy,
                null, null);
    }
}
