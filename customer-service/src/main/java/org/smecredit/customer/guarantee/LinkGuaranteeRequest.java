package org.smecredit.customer.guarantee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The guarantor customer guarantees the borrower customer's debt. Amount in CNY, at most 2 decimals. */
@Schema(example = """
        {"guarantorId": "7a0d3c9e-1b2c-4d5e-8f90-a1b2c3d4e5f6", "borrowerId": "2535b9e6-ea8c-4844-b855-bb01608ca485",
         "amount": 3000000.00, "validFrom": "2026-01-01", "validTo": "2028-12-31"}""")
public record LinkGuaranteeRequest(
        @NotNull UUID guarantorId,
        @NotNull UUID borrowerId,
        @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {
}
