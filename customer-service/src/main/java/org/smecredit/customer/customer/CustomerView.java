package org.smecredit.customer.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smecredit.customer.size.SizeClass;

/**
 * A customer as the API answers it. {@code sizeClass} is the MIIT 2011 class computed from the latest statement
 * ({@code sizeClassBasis} is its period end); null until a statement is filed or when employees are unknown.
 * {@code groupName} and {@code parentUscc} are the declared group membership (see the group-membership resource).
 */
public record CustomerView(UUID id, String uscc, String legalName, String industryCode, String regionCode,
                           Integer employees, LocalDate establishedOn, String relationshipManager,
                           Instant registeredAt, String registeredBy,
                           String registeredAddress, LegalForm legalForm, BigDecimal registeredCapital,
                           String legalRepresentative, List<Shareholder> shareholders,
                           SizeClass sizeClass, LocalDate sizeClassBasis, boolean outOfSegment,
                           long version, Instant updatedAt, String updatedBy,
                           String groupName, String parentUscc) {

    public static CustomerView of(Customer c) {
        return new CustomerView(c.id, c.uscc, c.legalName, c.industryCode, c.regionCode, c.employees,
                c.establishedOn, c.relationshipManager, c.registeredAt, c.registeredBy,
                c.registeredAddress, c.legalForm, c.registeredCapital, c.legalRepresentative,
                ShareholdersJson.read(c.shareholders), c.sizeClass, c.sizeClassBasis, c.outOfSegment,
                c.version, c.updatedAt, c.updatedBy, c.groupName, c.parentUscc);
    }
}
