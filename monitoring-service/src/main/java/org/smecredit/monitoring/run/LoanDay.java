package org.smecredit.monitoring.run;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.smecredit.contracts.LoanCategory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A loan's assessment on one business date. Written in the transaction that updates the loan and stages its events,
 * and unique per (loan, date): its presence means the loan is done for that run, so a resumed run never assesses it,
 * nor publishes its events, twice.
 */
@Entity
@Table(name = "loan_day")
@IdClass(LoanDay.Key.class)
public class LoanDay extends PanacheEntityBase {
    /** The primary key (business_date, loan_id): a date's rows are one range of it (migration V8_1). */
    public static class Key implements Serializable {
        public LocalDate businessDate;
        public UUID loanId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(businessDate, k.businessDate)
                    && Objects.equals(loanId, k.loanId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(businessDate, loanId);
        }
    }

    @Id
    @Column(name = "business_date", nullable = false, updatable = false)
    public LocalDate businessDate;

    @Id
    @Column(name = "loan_id", nullable = false, updatable = false)
    public UUID loanId;

    @Column(name = "days_past_due", nullable = false, updatable = false)
    public int daysPastDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public LoanCategory category;

    @Column(nullable = false, updatable = false)
    public int stage;

    @Column(name = "outstanding_principal", nullable = false, updatable = false)
    public BigDecimal outstandingPrincipal;

    @Column(name = "overdue_principal", nullable = false, updatable = false)
    public BigDecimal overduePrincipal;

    @Column(name = "overdue_interest", nullable = false, updatable = false)
    public BigDecimal overdueInterest;

    @Column(nullable = false, updatable = false)
    public BigDecimal ead;

    @Column(nullable = false, updatable = false)
    public BigDecimal pd;

    @Column(nullable = false, updatable = false)
    public BigDecimal lgd;

    @Column(nullable = false, updatable = false)
    public BigDecimal ecl;

    @Column(name = "classification_changed", nullable = false, updatable = false)
    public boolean classificationChanged;

    @Column(name = "warnings_raised", nullable = false, updatable = false)
    public int warningsRaised;

    @Column(nullable = false, updatable = false)
    public boolean defaulted;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
