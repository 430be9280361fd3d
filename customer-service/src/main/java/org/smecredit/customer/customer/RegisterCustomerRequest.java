package org.smecredit.customer.customer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Registration of an SME. The USCC check character is verified by the service (422 when wrong). */
public record RegisterCustomerRequest(
        @NotNull @Size(min = 18, max = 18) String uscc,
        @NotBlank @Size(max = 200) String legalName,
        /** GB/T 4754: section letter A–T plus optional 2-4 digit division/group/class code. */
        @NotNull @Pattern(regexp = "^[A-T](\\d{2,4})?$", message = "must be a GB/T 4754 code such as C13") String industryCode,
        @NotNull @Pattern(regexp = "^\\d{6}$", message = "must be a 6-digit GB/T 2260 region code") String regionCode,
        @PositiveOrZero Integer employees,
        @PastOrPresent LocalDate establishedOn,
        @Size(max = 100) String relationshipManager) {
}
