package org.smecredit.rating.governance;

import java.time.Instant;
import java.time.LocalDate;

/** A model version as the governance API shows it; {@code rating} is true for the version that rates now. */
public record ModelVersionView(String version, String sha256, ModelStatus status, boolean rating, String proposedBy,
                               Instant proposedAt, String proposalComment, String approvedBy, Instant approvedAt,
                               LocalDate activatedOn) {
    static ModelVersionView of(RatingModelVersion v, String ratingVersion) {
        return new ModelVersionView(v.version, v.sha256, v.status, v.version.equals(ratingVersion), v.proposedBy,
                v.proposedAt, v.proposalComment, v.approvedBy, v.approvedAt, v.activatedOn);
    }
}
