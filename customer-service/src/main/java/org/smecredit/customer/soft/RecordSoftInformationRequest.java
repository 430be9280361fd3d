package org.smecredit.customer.soft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A soft-information item: what, when observed, from where, how it reads. {@code attributes} carry kind-specific facts;
 * for TAX_PAYMENT a {@code taxGrade} must be one of the STA tax-credit grades A, B, M, C, D.
 */
@Schema(example = """
        {"kind": "TAX_PAYMENT", "observedOn": "2026-04-30", "source": "State Taxation Administration e-tax bureau",
         "sourceReference": "STA-2025-430100-118", "assessment": "POSITIVE", "amount": 0.00,
         "attributes": {"taxGrade": "A", "year": "2025"}, "summary": "Tax credit grade A for 2025; no arrears."}""")
public record RecordSoftInformationRequest(
        @NotNull SoftInformationKind kind,
        @NotNull @PastOrPresent LocalDate observedOn,
        @NotBlank @Size(max = 200) String source,
        @Size(max = 200) String sourceReference,
        @NotNull Assessment assessment,
        @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @Size(max = 20) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 200) String> attributes,
        @NotBlank @Size(max = 2000) String summary) {
}
