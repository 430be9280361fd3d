package org.smecredit.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One event waiting to be published, written in the same transaction as the state change it describes. The
 * identity column gives the publication order; {@code sentAt} is set once Kafka acknowledged the record.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    /** Kafka record key: the aggregate id, so that one aggregate's events keep their order. */
    @Column(name = "message_key", nullable = false, updatable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String source;

    @Column(name = "data_schema", nullable = false, updatable = false)
    public String dataSchema;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false)
    public String payload;

    /** W3C traceparent of the request or event that caused this one; null for rows written before tracing. */
    @Column(name = "trace_parent", updatable = false)
    public String traceParent;

    @Column(name = "sent_at")
    public Instant sentAt;
}
