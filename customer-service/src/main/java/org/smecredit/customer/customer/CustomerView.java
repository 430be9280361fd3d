package org.smecredit.customer.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A customer as the API answers it. */
public record CustomerView(UUID id, String uscc, String legalName, String industryCode, String regionCode,
                           Integer employees, LocalDate establishedOn, String relationshipManager,
                           Instant registeredAt, String registeredBy) {

    static CustomerView of(Customer c) {
        return new CustomerView(c.id, c.uscc, c.legalName, c.industryCode, c.regionCode, c.employees,
                c.establishedOn, c.relationshipManager, c.registeredAt, c.registeredBy);
    }
}
