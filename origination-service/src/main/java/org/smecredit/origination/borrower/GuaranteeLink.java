package org.smecredit.origination.borrower;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A customer guarantees another's debt (customer.guarantee-linked.v1): the related-group limit reads these. */
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

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}
