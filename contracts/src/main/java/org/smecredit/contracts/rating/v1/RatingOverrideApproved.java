package org.smecredit.contracts.rating.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A risk manager approved an analyst's override of a customer's rating (maker-checker: the approver is never the
 * proposer). The overridden rating itself is published as {@code rating.assigned.v1} with trigger OVERRIDE and
 * {@code ratingId}. Key: customerId.
 */
public record RatingOverrideApproved(
        UUID overrideId,
        UUID customerId,
        /** The rating the analyst proposed to override. */
        UUID baseRatingId,
        /** The new rating the approval issued. */
        UUID ratingId,
        /** Grade of the base rating. */
        String previousGrade,
        /** Grade after the override. */
        String grade,
        /** One-year PD of the new grade as a decimal. */
        BigDecimal pd,
        /** Notches moved, + = better, −3…+3, never 0. */
        int notches,
        /** Reason code of the override, e.g. MANAGEMENT_QUALITY. */
        String reason,
        String proposedBy,
        String approvedBy,
        /** Business date of the approval. */
        LocalDate approvedOn) {
}
