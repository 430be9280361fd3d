package org.smecredit.customer.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partial profile update (PATCH): absent or null fields stay as they are; the USCC never changes. A non-null
 * {@code shareholders} list replaces the whole list.
 */
@Schema(example = """
        {"employees": 120, "registeredAddress": "9 Xingsha Rd, Changsha", "relationshipManager": "rm.zhou"}""")
public record UpdateProfileRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String legalName,
        @Pattern(regexp = "^[A-T](\\d{2,4})?$", message = "must be a GB/T 4754 code such as C13") String industryCode,
        @Pattern(regexp = "^\\d{6}$", message = "must be a 6-digit GB/T 2260 region code") String regionCode,
        @PositiveOrZero Integer employees,
        @PastOrPresent LocalDate establishedOn,
        @Size(min = 1, max = 100) String relationshipManager,
        @Size(max = 300) String registeredAddress,
        LegalForm legalForm,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal registeredCapital,
        @Size(max = 100) String legalRepresentative,
        @Size(max = 100) List<@NotNull @Valid Shareholder> shareholders) {
}
