package org.smecredit.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.smecredit.contracts.CloudEventHeaders;
import org.smecredit.contracts.Topics;

import com.fasterxml.jackson.databind.JsonNode;

/** Prints every event that flows on the product's topics from now on, one line each, while the demo runs. */
public final class EventPrinter implements AutoCloseable {
    static final List<String> TOPICS = List.of(Topics.CUSTOMER_EVENTS, Topics.RATING_EVENTS, Topics.ORIGINATION_EVENTS,
            Topics.COREBANKING_DISBURSEMENTS, Topics.COREBANKING_REPAYMENTS, Topics.MONITORING_EVENTS,
            Topics.COLLECTIONS_EVENTS);
    /** Fields worth showing per event, in this order, when present. */
    static final List<String> HIGHLIGHTS = List.of("legalName", "periodEnd", "grade", "pd", "decision", "annualRate",
            "amount", "principal", "valueDate", "category", "stage", "daysPastDue", "signalType", "severity", "ecl",
            "exposure", "recoveredToDate", "outcome", "realizedLgd");

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger count = new AtomicInteger();
    private final Thread thread;
    private final PrintStream out;
    private final Set<String> keys;

    /** @param keys only events whose key is in this (live, mutable) set are printed; null prints all */
    public EventPrinter(String bootstrap, PrintStream out, Set<String> keys) {
        this.out = out;
        this.keys = keys;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "demo-printer-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String t : TOPICS) {
            consumer.partitionsFor(t).forEach(pi -> partitions.add(new TopicPartition(t, pi.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start before the demo produces anything
        thread = new Thread(() -> {
            try (consumer) {
                while (running.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        if (keys == null || keys.contains(r.key())) {
                            print(r);
                        }
                    }
                }
            }
        }, "event-printer");
        thread.setDaemon(true);
        thread.start();
    }

    private void print(ConsumerRecord<String, String> r) {
        count.incrementAndGet();
        StringBuilder sb = new StringBuilder();
        sb.append("  ⇢ ").append(LocalTime.now().truncatedTo(ChronoUnit.MILLIS)).append(' ')
                .append(String.format("%-27s", r.topic())).append(' ')
                .append(String.format("%-38s", header(r, CloudEventHeaders.TYPE)))
                .append(" key=").append(r.key() == null ? "-" : r.key().substring(0, Math.min(8, r.key().length())));
        try {
            JsonNode json = org.smecredit.platform.testing.CloudEventsKafka.JSON.readTree(r.value());
            for (String f : HIGHLIGHTS) {
                JsonNode v = json.get(f);
                if (v != null && !v.isNull()) {
                    sb.append(' ').append(f).append('=').append(v.isTextual() ? v.asText() : v.toString());
                }
            }
        } catch (Exception e) {
            sb.append(" (unparseable payload)");
        }
        synchronized (out) {
            out.println(sb);
        }
    }

    public int printed() {
        return count.get();
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
