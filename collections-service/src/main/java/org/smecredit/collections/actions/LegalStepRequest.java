package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A legal step taken (not in the future: 422), before which court or by which law firm, with its costs so far. */
public record LegalStepRequest(
        @NotNull LegalStepType step,
        @NotNull LocalDate takenOn,
        @NotBlank @Size(max = 200) String court,
        @Size(max = 200) String reference,
        @PositiveOrZero @Digits(integer = 15, fraction = 2, message = "must be an amount with at most 2 decimals")
        BigDecimal costs,
        @Size(max = 1000) String note) {
}
