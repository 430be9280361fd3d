package org.smecredit.collections.actions;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contact with the borrower or a related person: when, how, with whom, what was said. */
public record LogContactRequest(
        @NotNull ContactChannel channel,
        @NotNull LocalDate contactedOn,
        @NotBlank @Size(max = 200) String counterpart,
        @NotBlank @Size(max = 1000) String summary) {
}
