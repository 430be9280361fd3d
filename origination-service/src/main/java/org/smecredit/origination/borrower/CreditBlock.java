package org.smecredit.origination.borrower;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A customer is blocked for new credit: one of its loans was classified substandard or worse or defaulted. A
 * knock-out of the credit policy. It lasts while any loan of the customer is non-performing ({@link LoanCreditState})
 * and lifts when monitoring reports the last of them restored ({@code monitoring.loan-restored.v1}) to a performing
 * class.
 */
@Entity
@Table(name = "credit_block")
public class CreditBlock extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    /** The most recent reason, e.g. "loan … classified SUBSTANDARD (95 days past due) on 2026-03-01". */
    @Column(nullable = false)
    public String reason;

    /** The loan whose event set the most recent reason. */
    @Column(name = "loan_id", nullable = false)
    public UUID loanId;

    @Column(name = "blocked_since", nullable = false, updatable = false)
    public LocalDate blockedSince;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;
}
