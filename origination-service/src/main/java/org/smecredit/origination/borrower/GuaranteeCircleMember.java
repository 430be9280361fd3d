package org.smecredit.origination.borrower;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A customer's guarantee circle: members share the key of the latest guarantee-linked event that listed them (the
 * event carries the whole circle, and circles grow by merging, so the latest list is the union).
 */
@Entity
@Table(name = "guarantee_circle_member")
public class GuaranteeCircleMember extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "circle_key", nullable = false)
    public UUID circleKey;

    @Column(name = "has_cycle", nullable = false)
    public boolean hasCycle;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
