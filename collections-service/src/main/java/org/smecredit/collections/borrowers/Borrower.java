package org.smecredit.collections.borrowers;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** What collections knows of a customer (customer-service owns it): region and size class assign its cases. */
@Entity
@Table(name = "borrower")
public class Borrower extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "legal_name")
    public String legalName;

    /** GB/T 2260 administrative-division code, six digits; the first two name the province. */
    @Column(name = "region_code")
    public String regionCode;

    /** MIIT 2011 size class (LARGE, MEDIUM, SMALL, MICRO); null until customer-service computed it. */
    @Column(name = "size_class")
    public String sizeClass;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;
}
