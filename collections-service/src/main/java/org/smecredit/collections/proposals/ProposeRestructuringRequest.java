package org.smecredit.collections.proposals;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New terms for the exposure still owed: a level monthly annuity at {@code annualRate} over {@code termMonths}. */
public record ProposeRestructuringRequest(
        @NotNull @DecimalMin("0") @DecimalMax("0.36") @Digits(integer = 1, fraction = 6) BigDecimal annualRate,
        @NotNull @Min(1) @Max(360) Integer termMonths,
        @NotBlank @Size(max = 1000) String reason) {
}
