package org.smecredit.collections.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Money a collector recovered outside core banking, in the case currency, with the reference of the payment or
 * proceeds (guarantor transfer, auction proceeds, …). The value date may not lie after the
 * business date (422).
 */
public record RecordRecoveryRequest(
        @NotNull @Positive @Digits(integer = 15, fraction = 2, message = "must be an amount with at most 2 decimals")
        BigDecimal amount,
        @NotNull LocalDate valueDate,
        @NotBlank @Size(max = 200) String reference) {
}
