package org.smecredit.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.smecredit.contracts.EventType;
import org.smecredit.platform.trace.Tracing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Appends events to the transactional outbox, stamped with the trace of the work that causes them. Call it inside the transaction that changes the state the event
 * describes (a {@code @WithTransaction} method): both commit or neither does. {@link OutboxRelay} publishes.
 */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;
    private final String source;

    public Outbox(ObjectMapper json, @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.json = json;
        this.source = "/smecredit/" + serviceName;
    }

    /**
     * Stages {@code payload} as a CloudEvent of {@code type}, keyed (and ordered) by {@code aggregateId}.
     *
     * @return the CloudEvent id
     */
    public <T> Uni<UUID> append(EventType<T> type, Object aggregateId, T payload) {
        OutboxMessage m = new OutboxMessage();
        m.eventId = UUID.randomUUID();
        m.topic = type.topic();
        m.messageKey = String.valueOf(aggregateId);
        m.eventType = type.type();
        m.source = source;
        m.dataSchema = type.dataSchema();
        m.occurredAt = Instant.now();
        m.traceParent = Tracing.outgoing().header();
        try {
            m.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("event payload not serializable: " + type.type(), e));
        }
        return m.persist().replaceWith(m.eventId);
    }
}
