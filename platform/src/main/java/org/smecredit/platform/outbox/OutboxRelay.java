package org.smecredit.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.smecredit.contracts.CloudEventHeaders;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka, at least once and in order per aggregate key.
 *
 * <p>Each pass claims the oldest unsent rows with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the
 * work without sending a row twice at the same time. A row is left for a later pass when an older unsent row of
 * the same key is held by another replica, which keeps per-key order across replicas. Rows are handed to the
 * idempotent producer in id order and marked sent only after Kafka acknowledged them; a failure keeps the row and
 * every later row of its key for the next pass. A crash after the send and before the commit re-sends the row:
 * consumers dedupe on the CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Claim a batch, skipping rows whose key has an older unsent row locked by someone else. */
    static final String CLAIM = """
            WITH claimed AS MATERIALIZED (
                SELECT id FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED
            )
            SELECT o.* FROM outbox o JOIN claimed c ON c.id = o.id
            WHERE NOT EXISTS (
                SELECT 1 FROM outbox e
                WHERE e.sent_at IS NULL AND e.message_key = o.message_key AND e.id < o.id
                  AND e.id NOT IN (SELECT id FROM claimed))
            ORDER BY o.id
            """;

    private final MutinyEmitter<String> emitter;
    private final int batchSize;
    private final Counter published;
    private final Counter failed;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter,
                       @ConfigProperty(name = "smecredit.outbox.batch-size", defaultValue = "200") int batchSize,
                       MeterRegistry registry) {
        this.emitter = emitter;
        this.batchSize = batchSize;
        this.published = registry.counter("smecredit.outbox.published");
        this.failed = registry.counter("smecredit.outbox.failed");
    }

    @Scheduled(identity = "outbox-relay", every = "${smecredit.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        return drain().onFailure().invoke(e -> LOG.warnf("outbox relay pass failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Passes until one claims less than a full batch: a backlog drains at Kafka's pace, not one batch a tick. */
    Uni<Void> drain() {
        return relayOnce().chain(sent -> sent >= batchSize ? drain() : Uni.createFrom().voidItem());
    }

    /** One pass: claim, send, mark. Returns how many rows were published. */
    public Uni<Integer> relayOnce() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(CLAIM, OutboxMessage.class).setParameter(1, batchSize).getResultList())
                .chain(this::sendAll));
    }

    private Uni<Integer> sendAll(List<OutboxMessage> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Boolean>> sends = new ArrayList<>(rows.size());
        for (OutboxMessage row : rows) {
            sends.add(emitter.sendMessage(toMessage(row))
                    .onItemOrFailure().transform((ok, failure) -> {
                        if (failure != null) {
                            LOG.warnf("outbox event %s (%s) not acknowledged: %s", row.eventId, row.eventType, failure.toString());
                        }
                        return failure == null;
                    }));
        }
        return Uni.join().all(sends).andFailFast().map(acks -> {
            Instant now = Instant.now();
            Set<String> blockedKeys = new HashSet<>();
            int sent = 0;
            for (int i = 0; i < rows.size(); i++) {
                OutboxMessage row = rows.get(i);
                if (acks.get(i) && !blockedKeys.contains(row.messageKey)) {
                    row.sentAt = now;
                    sent++;
                } else {
                    blockedKeys.add(row.messageKey);
                }
            }
            published.increment(sent);
            failed.increment(rows.size() - sent);
            return sent;
        });
    }

    private static Message<String> toMessage(OutboxMessage row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.eventId.toString());
        header(headers, CloudEventHeaders.SOURCE, row.source);
        header(headers, CloudEventHeaders.TYPE, row.eventType);
        header(headers, CloudEventHeaders.SUBJECT, row.messageKey);
        header(headers, CloudEventHeaders.TIME, row.occurredAt.toString());
        header(headers, CloudEventHeaders.DATA_SCHEMA, row.dataSchema);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (row.traceParent != null) {
            header(headers, CloudEventHeaders.TRACEPARENT, row.traceParent);
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.messageKey)
                .withHeaders(headers)
                .build();
        return Message.of(row.payload).addMetadata(metadata);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
