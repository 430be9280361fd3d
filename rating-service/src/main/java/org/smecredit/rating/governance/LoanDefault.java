package org.smecredit.rating.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A default monitoring reported (monitoring.loan-defaulted.v1), kept for the back-test of the model's grades. */
@Entity
@Table(name = "loan_default")
public class LoanDefault extends PanacheEntityBase {
    @Id
    @Column(name = "loan_id")
    public UUID loanId;
    @Column(name = "customer_id", nullable = false)
    public UUID customerId;
    @Column(name = "default_date", nullable = false)
    public LocalDate defaultDate;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
