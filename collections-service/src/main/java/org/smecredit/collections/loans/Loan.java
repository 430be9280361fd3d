package org.smecredit.collections.loans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** Read model of a disbursed loan, as origination announced it. Origination owns the loan; this is a copy. */
@Entity
@Table(name = "loan")
public class Loan extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(nullable = false, updatable = false)
    public BigDecimal principal;

    /** Contractual annual rate, decimal; null for loans recorded before it was kept. */
    @Column(name = "annual_rate", updatable = false)
    public BigDecimal annualRate;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "disbursed_on", nullable = false, updatable = false)
    public LocalDate disbursedOn;

    @Column(name = "maturity_date", nullable = false, updatable = false)
    public LocalDate maturityDate;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
