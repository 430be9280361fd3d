package org.smecredit.contracts.customer.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's profile changed (identity details, employees, relationship manager) or its size class was recomputed.
 * Carries the whole current profile, group membership included, so consumers need not call back. Key: customerId.
 */
public record ProfileUpdated(
        UUID customerId,
        String uscc,
        String legalName,
        /** GB/T 4754 industry code, e.g. "C13". */
        String industryCode,
        /** GB/T 2260 administrative-division code, six digits. */
        String regionCode,
        Integer employees,
        LocalDate establishedOn,
        String relationshipManager,
        String legalForm,
        /** Registered capital in CNY, scale 2, when known. */
        BigDecimal registeredCapital,
        /** MIIT 2011 size class: LARGE, MEDIUM, SMALL, MICRO; null when it cannot be computed yet. */
        String sizeClass,
        /** True when the firm is large, i.e. outside the SME segment. */
        boolean outOfSegment,
        /** Names of the profile fields changed by this update (e.g. "employees", "sizeClass"). */
        List<String> changedFields,
        /** Corporate group the customer declares it belongs to, when declared (optional, added in v1). */
        String groupName,
        /** USCC of the customer's declared direct parent company, when declared (optional, added in v1). */
        String parentUscc) {

    /** The v1 shape before group membership was added: kept so existing producers and tests still compile. */
    public ProfileUpdated(UUID customerId, String uscc, String legalName, String industryCode, String regionCode,
                          Integer employees, LocalDate establishedOn, String relationshipManager, String legalForm,
                          BigDecimal registeredCapital, String sizeClass, boolean outOfSegment, List<String> changedFields) {
        this(customerId, uscc, legalName, industryCode, regionCode, employees, establishedOn, relationshipManager, legalForm,
                registeredCapital, sizeClass, outOfSegment, changedFields, null, null);
    }
}
