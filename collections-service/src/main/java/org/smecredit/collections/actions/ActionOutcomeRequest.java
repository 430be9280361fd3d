package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The outcome of a pending action. SOLD (auction) and PAID (guarantor demand) need {@code realizedAmount} and its
 * {@code valueDate}: the money is booked as a recovery. {@code costs} (fees paid for the action) count against
 * recoveries in the discounted LGD.
 */
public record ActionOutcomeRequest(
        @NotNull ActionStatus outcome,
        @Positive @Digits(integer = 15, fraction = 2, message = "must be an amount with at most 2 decimals")
        BigDecimal realizedAmount,
        LocalDate valueDate,
        @PositiveOrZero @Digits(integer = 15, fraction = 2, message = "must be an amount with at most 2 decimals")
        BigDecimal costs,
        @Size(max = 1000) String note) {
}
