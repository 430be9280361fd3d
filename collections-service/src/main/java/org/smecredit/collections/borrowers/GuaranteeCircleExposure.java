package org.smecredit.collections.borrowers;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The guarantee circle of a case's borrower and what collections holds against the other firms in it: their open
 * cases (defaulted loans, or loans opened on demand as substandard) and the exposure still owed on them. Only loans
 * known to collections count: performing loans of circle members live in origination and monitoring.
 */
public record GuaranteeCircleExposure(UUID caseId, UUID customerId, List<UUID> circleMemberIds, boolean circleHasCycle,
                                      List<LinkedCase> linkedOpenCases, int linkedDefaultedLoans,
                                      BigDecimal linkedExposure, String currency) {

    /** An open case of another firm in the circle. */
    public record LinkedCase(UUID caseId, UUID loanId, UUID customerId, BigDecimal remainingExposure) {
    }
}
