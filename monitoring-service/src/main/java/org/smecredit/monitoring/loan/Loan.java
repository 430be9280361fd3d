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

    /**
     * A risk manager's judgment of the class (CBIRC/PBOC Order [2023] No. 1: qualitative criteria can only push a
     * loan below its floors); null for none. The daily run applies the worst of the floors and this.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "judgment_category")
    public LoanCategory judgmentCategory;

    @Column(name = "judgment_reason")
    public String judgmentReason;

    @Column(name = "judgment_by")
    public String judgmentBy;

    @Column(name = "judgment_at")
    public Instant judgmentAt;

    /** The business date of the latest restructuring (collections.loan-restructured.v1); null if never. */
    @Column(name = "restructured_on")
    public LocalDate restructuredOn;

    @Column(name = "restructuring_case_id")
    public UUID restructuringCaseId;

    /** The class before the restructuring: decides the floor during observation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "pre_restructuring_category")
    public LoanCategory preRestructuringCategory;

    /** Observation period of a restructured loan (Arts. 17-21); the daily run restarts and ends it. */
    @Column(name = "observation_start")
    public LocalDate observationStart;

    @Column(name = "observation_until")
    public LocalDate observationUntil;

    @Column(name = "observation_months")
    public Integer observationMonths;

    @Column(name = "observation_ended_on")
    public LocalDate observationEndedOn;

    @Column(name = "booked_at", nullable = false, updatable = false)
    public Instant bookedAt;

    @Version
    public long version;

    public static Uni<List<Loan>> byCustomer(UUID customerId) {
        return list("customerId", Sort.by("disbursedOn").and("id"), customerId);
    }
}
