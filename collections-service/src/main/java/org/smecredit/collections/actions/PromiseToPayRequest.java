package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The borrower's promise, made today, to pay {@code amount} by {@code dueDate} (not before today: 422). */
public record PromiseToPayRequest(
        @NotNull @Positive @Digits(integer = 15, fraction = 2, message = "must be an amount with at most 2 decimals")
        BigDecimal amount,
        @NotNull LocalDate dueDate,
        @NotBlank @Size(max = 200) String promisedBy,
        @Size(max = 1000) String note) {
}
