package org.smecredit.rating.qualitative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The profile facts the qualitative module reads, kept from customer.registered.v1 and customer.profile-updated.v1. */
@Entity
@Table(name = "customer_profile")
public class CustomerProfile extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;
    /** GB/T 4754 industry code, e.g. "C13". */
    @Column(name = "industry_code")
    public String industryCode;
    @Column(name = "established_on")
    public LocalDate establishedOn;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
