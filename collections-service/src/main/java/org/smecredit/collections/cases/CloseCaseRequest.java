package org.smecredit.collections.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A collector's decision to close an open case. REPAID_IN_FULL is never declared: recoveries reach it. */
public record CloseCaseRequest(
        @NotNull @Pattern(regexp = "SETTLED|WRITTEN_OFF", message = "must be SETTLED or WRITTEN_OFF") String outcome,
        @NotBlank @Size(max = 500) String reason) {

    CaseOutcome caseOutcome() {
        return CaseOutcome.valueOf(outcome);
    }
}
