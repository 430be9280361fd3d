package org.smecredit.collections.strategy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A second approver's decision on a strategy chosen below the recommendation. */
public record DecideChoiceRequest(@NotNull Boolean approve, @Size(max = 1000) String comment) {
}
