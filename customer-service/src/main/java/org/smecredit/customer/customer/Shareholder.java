package org.smecredit.customer.customer;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An owner and its stake, a decimal fraction (0.35 = 35 %). An enterprise shareholder gives its USCC (checked), which
 * links it to the related-party group when it is itself a customer.
 */
public record Shareholder(
        @NotBlank @Size(max = 200) String name,
        @NotNull Kind kind,
        @Size(min = 18, max = 18) String uscc,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal stake) {

    public enum Kind { ENTERPRISE, INDIVIDUAL, STATE }
}
