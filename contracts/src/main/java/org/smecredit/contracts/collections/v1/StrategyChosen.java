package org.smecredit.contracts.collections.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A disposal strategy was chosen for a collection case, with its expected NPV next to the recommended one's.
 * A choice expected to recover less than the recommendation carries a reason and a second approver. Key: loanId.
 */
public record StrategyChosen(
        UUID choiceId,
        UUID caseId,
        UUID loanId,
        UUID customerId,
        /** RESTRUCTURING, SOFT_COLLECTION, GUARANTOR_CLAIM, COLLATERAL_ENFORCEMENT, DEBT_SALE, WRITE_OFF. */
        String strategy,
        /** Expected net present value of the chosen strategy, scale 2. */
        BigDecimal expectedNpv,
        /** The strategy with the highest expected NPV when the choice was made. */
        String recommendedStrategy,
        BigDecimal recommendedNpv,
        /** Exposure still to recover the valuation was made on, scale 2. */
        BigDecimal exposure,
        String currency,
        /** Annual discount rate of the valuation (monthly compounding). */
        BigDecimal discountRate,
        /** Why a strategy other than the recommended one was chosen; null when the recommendation was followed. */
        String reason,
        String chosenBy,
        /** The second approver of a choice below the recommendation; null when none was needed. */
        String approvedBy,
        LocalDate chosenOn) {
}
