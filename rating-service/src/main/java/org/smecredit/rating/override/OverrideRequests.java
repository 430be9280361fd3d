package org.smecredit.rating.override;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the override API. */
public final class OverrideRequests {
    private OverrideRequests() {
    }

    /**
     * @param ratingId the rating to override: must be the customer's current rating
     * @param notches  grades better (+1..+3) or worse (−1..−3)
     */
    public record Propose(@NotNull UUID customerId, @NotNull UUID ratingId,
                          @NotNull @Min(-RatingOverride.MAX_NOTCHES) @Max(RatingOverride.MAX_NOTCHES) Integer notches,
                          @NotNull OverrideReason reason, @NotBlank @Size(max = 2000) String comment) {
    }

    public record Decide(@Size(max = 2000) String comment) {
    }

    public record Reject(@NotBlank @Size(max = 2000) String comment) {
    }
}
