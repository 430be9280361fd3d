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
        String strategy) {
}
