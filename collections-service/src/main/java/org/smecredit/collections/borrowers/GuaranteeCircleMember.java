package org.smecredit.collections.borrowers;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The guarantee circle a customer belongs to, as the last {@code customer.guarantee-linked.v1} naming it reported
 * (customer-service computes circles; collections only keeps them).
 */
@Entity
@Table(name = "guarantee_circle_member")
public class GuaranteeCircleMember extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    /** JSON array of the circle's customer ids, this customer included. */
    @Column(name = "circle_member_ids", nullable = false)
    public String circleMemberIds;

    @Column(name = "circle_has_cycle", nullable = false)
    public boolean circleHasCycle;

    @Column(name = "link_id", nullable = false)
    public UUID linkId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;
}
