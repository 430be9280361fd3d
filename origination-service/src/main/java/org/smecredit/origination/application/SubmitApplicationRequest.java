package org.smecredit.origination.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.smecredit.origination.product.ProductCode;

/**
 * A loan application. {@code amount} is CNY with at most 2 decimals; the product's amount and term bounds are
 * checked by the service (422 naming the field).
 */
public record SubmitApplicationRequest(
        @NotNull UUID customerId,
        @NotNull ProductCode productCode,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @Positive Integer termMonths,
        @NotBlank @Size(max = 500) String purpose) {

    /**
     * SHA-256 of the request in a canonical form (amount at scale 2, purpose stripped), so that a retry of the same
     * request with the same {@code Idempotency-Key} is recognised whatever its JSON formatting.
     */
    public String canonicalHash() {
        String canonical = customerId + "|" + productCode + "|" + amount.setScale(2).toPlainString() + "|"
                + termMonths + "|" + purpose.strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
