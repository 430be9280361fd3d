package org.smecredit.customer.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A full profile replacement (PUT): optional fields left out are cleared; the USCC never changes; a null
 * relationshipManager keeps the one assigned.
 */
@Schema(example = """
        {"legalName": "Changsha Precision Castings Co., Ltd.", "industryCode": "C33", "regionCode": "430100",
         "employees": 90, "establishedOn": "2012-05-04", "registeredAddress": "18 Lugu Ave, Changsha",
         "legalForm": "LIMITED_LIABILITY_COMPANY", "registeredCapital": 5000000.00, "legalRepresentative": "Wang Jun",
         "shareholders": [{"name": "Wang Jun", "kind": "INDIVIDUAL", "stake": 1}]}""")
public record ReplaceProfileRequest(
        @NotBlank @Size(max = 200) String legalName,
        @NotNull @Pattern(regexp = "^[A-T](\\d{2,4})?$", message = "must be a GB/T 4754 code such as C13") String industryCode,
        @NotNull @Pattern(regexp = "^\\d{6}$", message = "must be a 6-digit GB/T 2260 region code") String regionCode,
        @PositiveOrZero Integer employees,
        @PastOrPresent LocalDate establishedOn,
        @Size(min = 1, max = 100) String relationshipManager,
        @Size(max = 300) String registeredAddress,
        LegalForm legalForm,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal registeredCapital,
        @Size(max = 100) String legalRepresentative,
        @Size(max = 100) List<@NotNull @Valid Shareholder> shareholders) {

    UpdateProfileRequest asUpdate() {
        return new UpdateProfileRequest(legalName, industryCode, regionCode, employees, establishedOn, relationshipManager,
                registeredAddress, legalForm, registeredCapital, legalRepresentative, shareholders);
    }
}
