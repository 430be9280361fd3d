package org.smecredit.contracts.monitoring.v1;

import java.time.LocalDate;
import java.util.UUID;

/** An early-warning signal was raised on a loan. Key: loanId. */
public record EarlyWarningRaised(
        UUID signalId,
        UUID loanId,
        UUID customerId,
        /**
         * e.g. MISSED_INSTALLMENT, DPD_30, DPD_60, DPD_90, RATING_DOWNGRADE, COVENANT_BREACH, REVENUE_FALL,
         * GUARANTOR_DEFAULT, CIRCLE_MEMBER_DEFAULT, INDUSTRY_ALERT; consumers treat unknown values as a generic signal.
         */
        String signalType,
        /** LOW, MEDIUM, HIGH, CRITICAL. */
        String severity,
        String evidence,
        LocalDate raisedOn) {
}
