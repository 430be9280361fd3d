package org.smecredit.monitoring.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The guarantor guarantees the borrower's ({@code customerId}'s) debt, from customer.guarantee-linked. */
@Entity
@Table(name = "guarantee_link")
public class GuaranteeLink extends PanacheEntityBase {
    @Id
    @Column(name = "link_id")
    public UUID linkId;

    @Column(name = "guarantor_customer_id", nullable = false)
    public UUID guarantorCustomerId;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
