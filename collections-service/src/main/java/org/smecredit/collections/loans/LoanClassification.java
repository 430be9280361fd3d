package org.smecredit.collections.loans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.smecredit.contracts.LoanCategory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A loan's latest five-category class as monitoring reported it ({@code monitoring.loan-classified.v1}). */
@Entity
@Table(name = "loan_classification")
public class LoanClassification extends PanacheEntityBase {
    @Id
    @Column(name = "loan_id")
    public UUID loanId;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LoanCategory category;

    @Column(name = "days_past_due", nullable = false)
    public int daysPastDue;

    @Column(nullable = false)
    public int stage;

    @Column(name = "outstanding_principal", nullable = false)
    public BigDecimal outstandingPrincipal;

    /** Business date of the daily run that classified the loan. */
    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    /**
     * Substandard or worse: the non-performing classes of the five-category rules (CBIRC/PBOC Order [2023] No. 1;
     * substandard, doubtful and loss are the NPL classes, shared/domain-facts.md).
     */
    public boolean isNonPerforming() {
        return category == LoanCategory.SUBSTANDARD || category == LoanCategory.DOUBTFUL || category == LoanCategory.LOSS;
    }
}
