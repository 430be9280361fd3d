package org.smecredit.rating.override;

import java.time.Instant;
import java.util.UUID;

/** An override as the API shows it. */
public record OverrideView(UUID id, UUID customerId, UUID ratingId, int notches, OverrideReason reason, String comment,
                           OverrideStatus status, String proposedBy, Instant proposedAt, String decidedBy,
                           Instant decidedAt, String decisionComment, UUID resultingRatingId) {

    static OverrideView of(RatingOverride o) {
        return new OverrideView(o.id, o.customerId, o.ratingId, o.notches, o.reason, o.comment, o.status, o.proposedBy,
                o.proposedAt, o.decidedBy, o.decidedAt, o.decisionComment, o.resultingRatingId);
    }

    /** Per analyst: overrides proposed and decided; the approved share of the decided ones. */
    public record AnalystRate(String analyst, long proposed, long approved, long rejected, long pending, long upgrades,
                              long downgrades, double approvalRate) {
    }
}
