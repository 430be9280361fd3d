package org.smecredit.collections.cases;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Opens a case on demand for a loan monitoring classified substandard or worse, before (or without) a default. */
public record OpenCaseRequest(@NotNull UUID loanId, @NotBlank @Size(max = 1000) String reason) {
}
