package org.smecredit.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.smecredit.contracts.CloudEventHeaders;
import org.smecredit.platform.trace.TraceParent;
import org.smecredit.platform.trace.Tracing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The consuming side of every service: parses the CloudEvent, validates the payload against its contract schema,
 * and runs the handler and the inbox insert in one transaction so that a redelivered event has no second effect.
 *
 * <p>Poison messages fail at once with {@link PoisonMessageException}; the channel's {@code dead-letter-queue}
 * failure strategy then forwards them, with the reason, to the service's dead-letter topic. Transient failures
 * (database unavailable, serialization conflict) are retried with back-off before they, too, are dead-lettered:
 * nothing is dropped silently.
 */
@ApplicationScoped
public class InboxConsumer {
    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    static final String INSERT = "INSERT INTO inbox (event_id, event_type, source, received_at) VALUES (?1, ?2, ?3, ?4) "
            + "ON CONFLICT (event_id) DO NOTHING";

    private final ObjectMapper json;
    private final SchemaValidator schemas;
    private final MeterRegistry registry;

    public InboxConsumer(ObjectMapper json, SchemaValidator schemas, MeterRegistry registry) {
        // money keeps its scale: no double, no stripped trailing zeros between the wire and the record
        this.json = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        this.schemas = schemas;
        this.registry = registry;
    }

    /** Processes one record. Completes when the state change has committed (or the event was a duplicate). */
    public Uni<Void> consume(ConsumerRecord<String, String> record, EventRouter router) {
        final IncomingEvent event;
        final Optional<EventRouter.Route<?>> route;
        final Object payload;
        try {
            event = attributes(record);
            route = router.route(event.type());
            if (route.isEmpty()) {
                LOG.debugf("ignoring event type %s (%s)", event.type(), event.id());
                return Uni.createFrom().voidItem();
            }
            payload = parse(record.value(), route.get());
        } catch (PoisonMessageException e) {
            registry.counter("smecredit.inbox.poison", "topic", record.topic()).increment();
            LOG.errorf("poison message %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Uni.createFrom().failure(e);
        }
        MDC.put("ce_id", event.id().toString());
        // the handler's own events continue the producer's trace across the Kafka hop
        TraceParent producer = TraceParent.parse(header(record, CloudEventHeaders.TRACEPARENT));
        Tracing.enter(producer != null ? producer.child() : TraceParent.newRoot());
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(INSERT)
                                .setParameter(1, event.id())
                                .setParameter(2, event.type())
                                .setParameter(3, event.source())
                                .setParameter(4, Instant.now())
                                .executeUpdate())
                        .chain(inserted -> {
                            if (inserted == 0) {
                                registry.counter("smecredit.inbox.duplicate", "type", event.type()).increment();
                                LOG.infof("duplicate event %s (%s) skipped", event.id(), event.type());
                                return Uni.createFrom().voidItem();
                            }
                            return route.get().invoke(event, payload);
                        }))
                .onFailure(e -> !(e instanceof PoisonMessageException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5)
                .invoke(() -> registry.counter("smecredit.inbox.processed", "type", event.type()).increment())
                .onFailure().invoke(e -> LOG.errorf(e, "event %s (%s) failed", event.id(), event.type()))
                .eventually(() -> {
                    MDC.remove("ce_id");
                    MDC.remove(Tracing.MDC_TRACE_ID);
                });
    }

    private Object parse(String value, EventRouter.Route<?> route) {
        if (value == null) {
            throw new PoisonMessageException("empty payload");
        }
        JsonNode tree;
        try {
            tree = json.readTree(value);
        } catch (Exception e) {
            throw new PoisonMessageException("payload is not JSON: " + e.getMessage(), e);
        }
        schemas.validate(route.type(), tree);
        try {
            return json.treeToValue(tree, route.type().payload());
        } catch (Exception e) {
            throw new PoisonMessageException("payload does not map to " + route.type().type() + ": " + e.getMessage(), e);
        }
    }

    static IncomingEvent attributes(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        String source = header(record, CloudEventHeaders.SOURCE);
        if (id == null || type == null || source == null) {
            throw new PoisonMessageException("missing CloudEvents attribute(s): ce_id, ce_type and ce_source are required");
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("ce_id is not a UUID: " + id);
        }
        Instant time = null;
        String t = header(record, CloudEventHeaders.TIME);
        if (t != null) {
            try {
                time = Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw new PoisonMessageException("ce_time is not RFC 3339: " + t);
            }
        }
        return new IncomingEvent(uuid, type, source, header(record, CloudEventHeaders.SUBJECT), time,
                record.topic(), record.partition(), record.offset());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
