package org.smecredit.customer.guarantee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The guarantor guarantees the borrower's debt up to {@code amount} CNY (scale 2) from validFrom to validTo. */
@Entity
@Table(name = "guarantee_link")
public class GuaranteeLink extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "guarantor_id", nullable = false, updatable = false)
    public UUID guarantorId;
    @Column(name = "borrower_id", nullable = false, updatable = false)
    public UUID borrowerId;
    @Column(nullable = false)
    public BigDecimal amount;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
