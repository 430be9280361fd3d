package org.smecredit.origination.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A credit approver's decision on a referred application; the comment (the rationale) is required. */
public record DecisionRequest(@NotBlank @Size(max = 2000) String comment) {
}
