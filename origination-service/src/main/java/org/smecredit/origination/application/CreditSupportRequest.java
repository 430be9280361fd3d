package org.smecredit.origination.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smecredit.origination.support.CreditSupportType;

/**
 * One guarantee, mortgage or pledge offered with an application. {@code value}: appraised value of the collateral,
 * or the amount guaranteed, CNY; {@code haircut}: the bank's haircut from appraised to prudent value, a decimal in
 * [0, 1); {@code guarantorCustomerId}: the guarantor when it is a customer of the bank (guarantee-circle check).
 */
public record CreditSupportRequest(
        @NotNull CreditSupportType type,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal value,
        @NotNull LocalDate valuationDate,
        @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) @Digits(integer = 1, fraction = 4)
        BigDecimal haircut,
        UUID guarantorCustomerId,
        @Size(max = 500) String description) {

    String canonical() {
        return type + ":" + value.setScale(2).toPlainString() + ":" + valuationDate + ":"
                + haircut.stripTrailingZeros().toPlainString() + ":" + guarantorCustomerId + ":"
                + (description == null ? "" : description.strip());
    }
}
