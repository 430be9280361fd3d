package org.smecredit.collections.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.contracts.LoanCategory;

/**
 * A collection case as the API answers it. Amounts in {@code currency}, scale 2; {@code realizedLgd} is the
 * loss at the current recovered to date, scale 4.
 */
public record CaseView(UUID id, UUID loanId, UUID customerId, CaseStatus status, CaseOutcome outcome,
                       String currency, BigDecimal outstandingPrincipal, BigDecimal overdueInterest,
                       BigDecimal exposureAtDefault, BigDecimal totalRecovered, BigDecimal remainingExposure,
                       BigDecimal realizedLgd, int daysPastDue, LoanCategory categoryAtDefault,
                       BigDecimal disbursedPrincipal, LocalDate openedOn, Instant openedAt, String assignedTo,
                       LocalDate closedOn, Instant closedAt, String closedBy, String closureReason,
                       CaseOrigin origin, String openedBy, String openingReason) {

    public static CaseView of(CollectionCase c) {
        return new CaseView(c.id, c.loanId, c.customerId, c.status, c.outcome, c.currency, c.outstandingPrincipal,
                c.overdueInterest, c.exposureAtDefault, c.totalRecovered, c.remainingExposure(), c.realizedLgd(),
                c.daysPastDue, c.categoryAtDefault, c.disbursedPrincipal, c.openedOn, c.openedAt, c.assignedTo,
                c.closedOn, c.closedAt, c.closedBy, c.closureReason, c.origin, c.openedBy, c.openingReason);
    }
}
