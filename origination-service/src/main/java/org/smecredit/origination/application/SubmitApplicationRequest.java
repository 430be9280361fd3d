package org.smecredit.origination.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.smecredit.origination.product.ProductCode;
import org.smecredit.origination.schedule.RepaymentType;

/**
 * A loan application. {@code amount} is CNY with at most 2 decimals; the product's amount and term bounds, its
 * repayment types and eligible credit support are checked by the service (422 naming the field).
 * {@code repaymentType} defaults to the product's first; {@code creditSupport} empty or absent means unsecured.
 */
public record SubmitApplicationRequest(
        @NotNull UUID customerId,
        @NotNull ProductCode productCode,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @Positive Integer termMonths,
        @NotBlank @Size(max = 500) String purpose,
        RepaymentType repaymentType,
        @Size(max = 20) List<@NotNull @Valid CreditSupportRequest> creditSupport) {

    /** The request before repayment type and credit support existed (unsecured, product default repayment). */
    public SubmitApplicationRequest(UUID customerId, ProductCode productCode, BigDecimal amount, Integer termMonths,
                                    String purpose) {
        this(customerId, productCode, amount, termMonths, purpose, null, null);
    }

    /** The credit support offered; empty when unsecured. */
    public List<CreditSupportRequest> support() {
        return creditSupport == null ? List.of() : creditSupport;
    }

    /**
     * SHA-256 of the request in a canonical form (amount at scale 2, purpose stripped), so that a retry of the same
     * request with the same {@code Idempotency-Key} is recognised whatever its JSON formatting.
     */
    public String canonicalHash() {
        String canonical = customerId + "|" + productCode + "|" + amount.setScale(2).toPlainString() + "|"
                + termMonths + "|" + purpose.strip()
                + (repaymentType == null ? "" : "|" + repaymentType)
                + (support().isEmpty() ? "" : "|" + support().stream().map(CreditSupportRequest::canonical)
                        .collect(Collectors.joining(";")));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
