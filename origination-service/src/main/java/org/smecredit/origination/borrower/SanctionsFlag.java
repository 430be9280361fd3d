package org.smecredit.origination.borrower;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The sanctions screening result of a customer; flagged is a knock-out. */
@Entity
@Table(name = "sanctions_flag")
public class SanctionsFlag extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(nullable = false)
    public boolean flagged;

    @Column(nullable = false)
    public String reason;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;
}
