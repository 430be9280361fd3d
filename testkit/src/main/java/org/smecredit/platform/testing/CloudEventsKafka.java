package org.smecredit.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.smecredit.contracts.CloudEventHeaders;
import org.smecredit.contracts.EventType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Plain Kafka client for tests, the demo and the core banking simulator: publishes CloudEvents in binary mode
 * exactly as the services do, and waits for events on a topic. Not used by the services themselves.
 */
public final class CloudEventsKafka implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final String bootstrap;
    private final String source;
    private KafkaProducer<String, String> producer;

    public CloudEventsKafka(String bootstrap, String source) {
        this.bootstrap = bootstrap;
        this.source = source;
    }

    public static String defaultBootstrap() {
        return System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    /** One CloudEvent as read from Kafka: attributes, the raw JSON payload and its W3C {@code traceparent} header (or null). */
    public record Received(String id, String type, String key, String topic, String payload, String traceParent) {
        /** The trace id part of {@code traceParent}, or null. */
        public String traceId() {
            return traceParent == null || traceParent.length() < 35 ? null : traceParent.substring(3, 35);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(payload);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public <T> T as(Class<T> type) {
            try {
                return JSON.readValue(payload, type);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Publishes one CloudEvent synchronously and returns its id. */
    public <T> String publish(EventType<T> type, Object key, T payload) {
        return publish(type.topic(), type.type(), String.valueOf(key), UUID.randomUUID().toString(), toJson(payload));
    }

    /** Publishes an arbitrary record (used to prove that poison messages are dead-lettered). */
    public String publish(String topic, String type, String key, String eventId, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        if (eventId != null) {
            header(record, CloudEventHeaders.ID, eventId);
        }
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        if (type != null) {
            header(record, CloudEventHeaders.TYPE, type);
        }
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("publish to " + topic + " failed", e);
        }
        return eventId;
    }

    /**
     * Waits until an event matching {@code match} arrives on {@code topic} (reading from the beginning) and returns
     * it; fails after {@code timeout}.
     */
    public Received await(String topic, Predicate<Received> match, Duration timeout) {
        List<Received> found = collect(topic, match, 1, timeout);
        if (found.isEmpty()) {
            throw new AssertionError("no matching event on " + topic + " within " + timeout);
        }
        return found.get(0);
    }

    /** Reads {@code topic} from the beginning until {@code count} matching events are seen or the time is up. */
    public List<Received> collect(String topic, Predicate<Received> match, int count, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Received> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && out.size() < count) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Received rec = new Received(header(r, CloudEventHeaders.ID), header(r, CloudEventHeaders.TYPE),
                            r.key(), r.topic(), r.value(), header(r, CloudEventHeaders.TRACEPARENT));
                    if (match.test(rec)) {
                        out.add(rec);
                    }
                }
            }
        }
        return out;
    }

    public static String toJson(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
