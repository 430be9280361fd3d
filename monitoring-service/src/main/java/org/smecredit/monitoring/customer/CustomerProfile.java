package org.smecredit.monitoring.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The borrower attributes monitoring reports and alerts by, projected from customer-service's events. */
@Entity
@Table(name = "customer_profile")
public class CustomerProfile extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "legal_name")
    public String legalName;

    /** GB/T 4754 industry code, e.g. "C13"; industry alerts match by prefix. */
    @Column(name = "industry_code")
    public String industryCode;

    @Column(name = "region_code")
    public String regionCode;

    /** MIIT 2011 size class (MICRO, SMALL, MEDIUM, LARGE); null until customer-service knows it. */
    @Column(name = "size_class")
    public String sizeClass;

    @Column(name = "relationship_manager")
    public String relationshipManager;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
