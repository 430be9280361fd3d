package org.smecredit.rating.qualitative;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A copy of a soft-information item (customer.soft-information-recorded.v1); id = customer-service's item id. */
@Entity
@Table(name = "soft_information")
public class SoftInformation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "customer_id", nullable = false)
    public UUID customerId;
    @Column(nullable = false)
    public String kind;
    @Column(name = "observed_on", nullable = false)
    public LocalDate observedOn;
    @Column(nullable = false)
    public String assessment;
    public BigDecimal amount;
    /** Kind-specific attributes as a JSON object of strings. */
    public String attributes;
    @Column(name = "source_event_id", nullable = false)
    public UUID sourceEventId;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static Uni<List<SoftInformation>> of(UUID customerId) {
        return list("customerId", customerId);
    }
}
