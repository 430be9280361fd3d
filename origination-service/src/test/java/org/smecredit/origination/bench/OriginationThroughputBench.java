package org.smecredit.origination.bench;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.CloudEventHeaders;
import org.smecredit.contracts.EventType;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.origination.support.Borrowers;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;

/**
 * Throughput and latency of automatic credit decisions, through Kafka, for 10,000 applications (not part of
 * {@code verify}: the class name does not match the surefire includes).
 *
 * <p>Setup: 10,000 SMEs are registered, given a statement and rated through {@code sme.customer.events} and
 * {@code sme.rating.events} (industries spread over GB/T 4754 sections A–S so no concentration limit bites). Then
 * {@code POST /api/applications} is called for each, 1,000,000–3,000,000 CNY unsecured within the automatic
 * authority, from {@value #CLIENTS} concurrent clients. Latency is measured per application from the moment its
 * request is sent until {@code origination.application-decided.v1} for it is read from {@code sme.origination.events}
 * (decision, loan booking, outbox relay and Kafka included); throughput is applications decided per second of
 * wall time between the first request and the last decided event read.
 *
 * <p>Run (PostgreSQL with database {@code sme_origination_bench} and the Kafka broker up):
 * {@code ./mvnw -B -pl origination-service test -Dtest=OriginationThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.applications=1000} for a quick run).
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
class OriginationThroughputBench {
    static final int CLIENTS = 8;
    static final String BENCH_DB = "jdbc:postgresql://127.0.0.1:5432/sme_origination_bench";
    private static final String SECTIONS = "ABCDEFGHIJKLMNOPQRS";

    @Test
    @TestSecurity(user = "rm.bench", roles = "relationship-manager")
    void automaticDecisionsPerSecondAndLatencyFromSubmittedToDecided() throws Exception {
        int n = Integer.getInteger("bench.applications", 10_000);
        String bootstrap = CloudEventsKafka.defaultBootstrap();
        Random random = new Random(5);
        List<UUID> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            customers.add(UUID.randomUUID());
        }
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            joined(producer);
            long t0 = System.nanoTime();
            LocalDate periodEnd = LocalDate.now().withDayOfYear(1).minusDays(1);
            for (int i = 0; i < n; i++) {
                UUID c = customers.get(i);
                String industry = SECTIONS.charAt(i % SECTIONS.length()) + "1" + (i % 10);
                send(producer, EventTypes.CUSTOMER_REGISTERED, c, new CustomerRegistered(c, Fixtures.randomUscc(),
                        "Bench SME " + i + " Co., Ltd.", industry, "430100", 50, LocalDate.of(2015, 5, 5), "rm.bench"));
                send(producer, EventTypes.CUSTOMER_STATEMENT_FILED, c, Borrowers.statement(c, periodEnd));
            }
            producer.flush();
            for (int i = 0; i < n; i++) {
                UUID c = customers.get(i);
                String pd = new BigDecimal(3 + random.nextInt(200)).movePointLeft(4).toPlainString();
                send(producer, EventTypes.RATING_ASSIGNED, c, Borrowers.rating(c, "BBB", pd));
            }
            producer.flush();
            awaitCount("SELECT count(*) FROM borrower_rating r JOIN borrower_statement s USING (customer_id)"
                    + " JOIN borrower b USING (customer_id)", n);
            System.out.printf("setup: %d customers registered, with statement and rating, through Kafka in %.1f s%n",
                    n, (System.nanoTime() - t0) / 1e9);
        }

        Map<String, Long> decidedAt = new ConcurrentHashMap<>();
        Map<String, String> outcome = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean assigned = new AtomicBoolean();
        Thread reader = new Thread(() -> readDecided(bootstrap, decidedAt, outcome, stop, assigned));
        reader.start();
        await().atMost(Duration.ofSeconds(30)).untilTrue(assigned);

        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
        String base = "http://127.0.0.1:" + RestAssured.port + "/api/applications";
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        long[] restNanos = new long[n];
        AtomicInteger failures = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int k = i;
            clients.submit(() -> {
                UUID c = customers.get(k);
                String amount = (1_000_000 + (k % 21) * 100_000) + ".00";
                String body = "{\"customerId\":\"" + c + "\",\"productCode\":\"WORKING_CAPITAL\",\"amount\":" + amount
                        + ",\"termMonths\":12,\"purpose\":\"bench working capital\"}";
                long t = System.nanoTime();
                sentAt.put(c.toString(), t);
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    restNanos[k] = System.nanoTime() - t;
                    if (r.statusCode() != 201) {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.MINUTES);
        long submittedAll = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (decidedAt.size() < n - failures.get() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        stop.set(true);
        reader.join();

        long[] latencies = sentAt.entrySet().stream().filter(e -> decidedAt.containsKey(e.getKey()))
                .mapToLong(e -> decidedAt.get(e.getKey()) - e.getValue()).sorted().toArray();
        long last = decidedAt.values().stream().mapToLong(Long::longValue).max().orElse(submittedAll);
        long approved = outcome.values().stream().filter("APPROVED"::equals).count();
        long[] rest = Arrays.stream(restNanos).filter(x -> x > 0).sorted().toArray();
        double seconds = (last - start) / 1e9;
        System.out.printf("%n=== origination benchmark: %d applications, %d clients, outbox poll %s ===%n", n, CLIENTS,
                org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getOptionalValue("smecredit.outbox.poll-interval", String.class).orElse("?"));
        System.out.printf("REST submissions failed: %d; decided events read: %d (APPROVED automatically: %d)%n",
                failures.get(), decidedAt.size(), approved);
        System.out.printf("automatic decisions per second: %.1f (%.1f s from first request to last decided event)%n",
                approved / seconds, seconds);
        System.out.printf("latency submitted -> application-decided on Kafka: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                pct(latencies, 0.50), pct(latencies, 0.99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
        System.out.printf("REST response (decision, booking and outbox rows committed): p50 %.0f ms, p99 %.0f ms%n",
                pct(rest, 0.50), pct(rest, 0.99));
        System.out.printf("measured at %s on %d cores%n", Instant.now(), Runtime.getRuntime().availableProcessors());
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** The service's consumers joined (latest offsets): a probe customer and rating become visible. */
    private static void joined(KafkaProducer<String, String> producer) throws Exception {
        UUID probe = UUID.randomUUID();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            send(producer, EventTypes.CUSTOMER_REGISTERED, probe, Borrowers.registered(probe));
            RatingAssigned r = Borrowers.rating(probe, "A", "0.0050");
            send(producer, EventTypes.RATING_ASSIGNED, probe, r);
            producer.flush();
            Thread.sleep(2000);
            if (count("SELECT count(*) FROM borrower_rating r JOIN borrower b USING (customer_id)") > 0) {
                return;
            }
        }
        throw new AssertionError("origination's consumers did not join within 90 s");
    }

    private static void awaitCount(String sql, long expected) {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> count(sql) >= expected);
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(BENCH_DB, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static <T> void send(KafkaProducer<String, String> producer, EventType<T> type, UUID key, T payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), key.toString(),
                CloudEventsKafka.toJson(payload));
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.TYPE, type.type());
        header(record, CloudEventHeaders.SOURCE, "/bench/origination");
        header(record, CloudEventHeaders.SUBJECT, key.toString());
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        producer.send(record);
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new StringSerializer());
    }

    private static void readDecided(String bootstrap, Map<String, Long> decidedAt, Map<String, String> outcome,
                                    AtomicBoolean stop, AtomicBoolean assigned) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ORIGINATION_EVENTS));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            assigned.set(true);
            String decided = EventTypes.ORIGINATION_APPLICATION_DECIDED.type();
            while (!stop.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    Header type = r.headers().lastHeader(CloudEventHeaders.TYPE);
                    if (type != null && decided.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        long now = System.nanoTime();
                        decidedAt.putIfAbsent(r.key(), now);
                        try {
                            outcome.put(r.key(), CloudEventsKafka.JSON.readTree(r.value()).get("decision").asText());
                        } catch (Exception e) {
                            outcome.put(r.key(), "?");
                        }
                    }
                }
            }
        }
    }
}
