package org.smecredit.monitoring.loan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smecredit.contracts.LoanCategory;

/** A risk manager's judgment of a loan's class, worse than its floors, with the reason. */
public record JudgmentRequest(@NotNull LoanCategory category, @NotBlank @Size(max = 2000) String reason) {
}
