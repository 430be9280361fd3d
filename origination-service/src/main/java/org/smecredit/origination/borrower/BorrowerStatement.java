package org.smecredit.origination.borrower;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The latest financial statement of a customer (by period end, then version), from customer.statement-filed.v1. */
@Entity
@Table(name = "borrower_statement")
public class BorrowerStatement extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "statement_id", nullable = false)
    public UUID statementId;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public int version;

    /** Annual operating revenue, CNY: the SME firm-size adjustment's sales. */
    @Column(nullable = false)
    public BigDecimal revenue;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** A later period, or a restatement (higher version) of the same period, supersedes this one. */
    public boolean isSupersededBy(LocalDate otherPeriodEnd, int otherVersion) {
        return otherPeriodEnd.isAfter(periodEnd) || (otherPeriodEnd.equals(periodEnd) && otherVersion > version);
    }
}
