package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A demand, issued today, that a guarantor pay {@code amount} under the guarantee by {@code dueDate}. */
public record GuarantorDemandRequest(
        @NotBlank @Size(max = 200) String guarantor,
        @NotNull @Positive @Digits(integer = 15, fraction = 2, message = "must be an amount with at most 2 decimals")
        BigDecimal amount,
        @NotNull LocalDate dueDate,
        @Size(max = 200) String reference,
        @Size(max = 1000) String note) {
}
