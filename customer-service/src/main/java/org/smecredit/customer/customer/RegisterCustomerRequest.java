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
 * Registration of an SME. The USCC check character and the industry code (against GB/T 4754-2017 data) are verified
 * by the service (422 naming the field). Identity fields added in issue 3 are optional so existing callers keep
 * working.
 */
@Schema(example = """
        {"uscc": "91110000600037341L", "legalName": "Changsha Precision Castings Co., Ltd.", "industryCode": "C33",
         "regionCode": "430100", "employees": 85, "establishedOn": "2012-05-04",
         "registeredAddress": "18 Lugu Ave, Yuelu District, Changsha", "legalForm": "LIMITED_LIABILITY_COMPANY",
         "registeredCapital": 5000000.00, "legalRepresentative": "Wang Jun",
         "shareholders": [{"name": "Wang Jun", "kind": "INDIVIDUAL", "stake": 0.6},
                          {"name": "Hunan Casting Group", "kind": "ENTERPRISE", "uscc": "91110000600037341L", "stake": 0.4}]}""")
public record RegisterCustomerRequest(
        @NotNull @Size(min = 18, max = 18) String uscc,
        @NotBlank @Size(max = 200) String legalName,
        /** GB/T 4754: section letter A–T plus optional 2-4 digit division/group/class code. */
        @NotNull @Pattern(regexp = "^[A-T](\\d{2,4})?$", message = "must be a GB/T 4754 code such as C13") String industryCode,
        @NotNull @Pattern(regexp = "^\\d{6}$", message = "must be a 6-digit GB/T 2260 region code") String regionCode,
        @PositiveOrZero Integer employees,
        @PastOrPresent LocalDate establishedOn,
        @Size(max = 100) String relationshipManager,
        @Size(max = 300) String registeredAddress,
        LegalForm legalForm,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal registeredCapital,
        @Size(max = 100) String legalRepresentative,
        @Size(max = 100) List<@NotNull @Valid Shareholder> shareholders) {
}
