package org.smecredit.origination.borrower;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A customer origination knows, replicated from {@code customer.registered.v1}. */
@Entity
@Table(name = "borrower")
public class Borrower extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(name = "industry_code", nullable = false)
    public String industryCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "known_since", nullable = false, updatable = false)
    public Instant knownSince;
}
