package org.smecredit.collections.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the rest of the exposure should be written off. */
public record ProposeWriteOffRequest(@NotBlank @Size(max = 1000) String reason) {
}
