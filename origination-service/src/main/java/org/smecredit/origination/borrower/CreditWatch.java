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
 * A loan of the customer was classified special mention (关注; CBIRC/PBOC Order [2023] No. 1: any overdue amount
 * beyond 7 days reaches it): no new credit unless a risk manager overrides. Worse classes are a {@link CreditBlock}.
 */
@Entity
@Table(name = "credit_watch")
public class CreditWatch extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "loan_id", nullable = false)
    public UUID loanId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "watched_since", nullable = false)
    public LocalDate watchedSince;

    @Column(name = "overridden_by")
    public String overriddenBy;

    @Column(name = "overridden_at")
    public Instant overriddenAt;

    @Column(name = "override_comment")
    public String overrideComment;

    public boolean overridden() {
        return overriddenBy != null;
    }
}
