package org.smecredit.customer.soft;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One dated, sourced item of soft information; never updated (a correction is a new item). */
@Entity
@Table(name = "soft_information")
public class SoftInformationItem extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public SoftInformationKind kind;
    @Column(name = "observed_on", nullable = false, updatable = false)
    public LocalDate observedOn;
    @Column(nullable = false, updatable = false)
    public String source;
    @Column(name = "source_reference", updatable = false)
    public String sourceReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Assessment assessment;
    @Column(updatable = false)
    public BigDecimal amount;
    /** Kind-specific facts as a JSON object of strings. */
    @Column(updatable = false, columnDefinition = "text")
    public String attributes;
    @Column(nullable = false, updatable = false)
    public String summary;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;
}
