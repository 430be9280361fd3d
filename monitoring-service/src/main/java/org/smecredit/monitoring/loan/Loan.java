package org.smecredit.monitoring.loan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * A disbursed loan as monitored: its terms from origination and its state from the last daily run that changed it
 * (written set-based by {@link org.smecredit.monitoring.run.DailyRunService}).
 */
@Entity
@Table(name = "loan")
public class Loan extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(nullable = false, updatable = false)
    public BigDecimal principal;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "annual_rate", nullable = false, updatable = false)
    public BigDecimal annualRate;

    @Column(name = "disbursed_on", nullable = false, updatable = false)
    public LocalDate disbursedOn;

    @Column(name = "maturity_date", nullable = false, updatable = false)
    public LocalDate maturityDate;

    @Column(nullable = false, updatable = false)
    public String grade;

    /** One-year PD at origination; the borrower's latest rating PD replaces it in ECL when there is one. */
    @Column(nullable = false, updatable = false)
    public BigDecimal pd;

    @Column(nullable = false, updatable = false)
    public BigDecimal lgd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LoanStatus status;

    @Column(name = "unapplied_credit", nullable = false)
    public BigDecimal unappliedCredit;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;

    @Column(name = "days_past_due")
    public Integer daysPastDue;

    @Enumerated(EnumType.STRING)
    public LoanCategory category;

    public Integer stage;

    public BigDecimal ecl;

    /** Highest DPD early-warning threshold signalled in the current delinquency episode; 0 for none. */
    @Column(name = "warning_level", nullable = false)
    public int warningLevel;

    @Column(name = "defaulted_on")
    public LocalDate defaultedOn;

    /** Set when a run finds the loan current again after {@link #defaultedOn} (the default episode ends). */
    @Column(name = "restored_on")
    public LocalDate restoredOn;

    @Column(name = "booked_at", nullable = false, updatable = false)
    public Instant bookedAt;

    @Version
    public long version;

    public static Uni<List<Loan>> byCustomer(UUID customerId) {
        return list("customerId", Sort.by("disbursedOn").and("id"), customerId);
    }
}
