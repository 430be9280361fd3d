package org.smecredit.collections.proposals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A second person's decision on a pending proposal. */
public record DecideProposalRequest(@NotNull Boolean approve, @Size(max = 1000) String comment) {
}
