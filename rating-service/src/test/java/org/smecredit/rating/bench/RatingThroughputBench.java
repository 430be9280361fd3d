package org.smecredit.rating.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.customer.v1.StatementFiled;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.security.Actor;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.rating.review.AnnualReviewService;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Benchmark (not part of the test run; {@code -Pbench}): one rating-service on the local PostgreSQL
 * ({@code sme_rating_bench}) and Kafka.
 *
 * <ol>
 * <li>Portfolio: {@code bench.customers} (100,000) customers each file a statement through Kafka at full speed;
 * ratings per second from the first statement published to the last {@code rating.assigned.v1} received, and the
 * statement-filed → rating.assigned latency of each (a burst: it includes the time waiting behind the backlog).</li>
 * <li>Re-rating under load: the annual review re-rates the whole portfolio (ratings per second) while a probe files
 * {@code bench.probe-rate} statements a second for new customers; their p50/p99 statement-filed → rating.assigned
 * latency is the latency under that load.</li>
 * </ol>
 * Figures are printed and written to {@code target/bench-results.txt}.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
class RatingThroughputBench {
    static final int CUSTOMERS = Integer.getInteger("bench.customers", 100_000);
    static final int PROBE_RATE = Integer.getInteger("bench.probe-rate", 20);
    static final String BOOTSTRAP = CloudEventsKafka.defaultBootstrap();
    static final String CUSTOMER_TOPIC = BenchProfile.PREFIX + "sme.customer.events";
    static final String RATING_TOPIC = BenchProfile.PREFIX + "sme.rating.events";

    @Inject
    BusinessClock clock;
    @Inject
    AnnualReviewService reviews;

    final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    final Map<String, Long> ratedAt = new ConcurrentHashMap<>();
    final AtomicBoolean listening = new AtomicBoolean(true);
    final List<String> report = new ArrayList<>();

    @Test
    void ratesAPortfolioAndReRatesItUnderLoad() throws Throwable {
        createTopics();
        Thread listener = new Thread(this::listen, "bench-listener");
        listener.start();
        try (KafkaProducer<String, String> producer = producer()) {
            // 1. the portfolio files its statements, rated 13 months ago by the business clock
            LocalDate today = clock.today();
            clock.setToday(today.minusMonths(13));
            Random random = new Random(20261127);
            List<String> portfolio = new ArrayList<>(CUSTOMERS);
            long start = System.nanoTime();
            for (int i = 0; i < CUSTOMERS; i++) {
                UUID customer = UUID.randomUUID();
                portfolio.add(customer.toString());
                publish(producer, statement(customer, random));
            }
            producer.flush();
            long published = System.nanoTime();
            awaitRated(portfolio, 60);
            long last = portfolio.stream().mapToLong(ratedAt::get).max().orElseThrow();
            clock.reset();
            double seconds = (last - start) / 1e9;
            line("portfolio: %,d customers, statements published in %.1f s, all rated in %.1f s -> %.0f ratings/s",
                    CUSTOMERS, (published - start) / 1e9, seconds, CUSTOMERS / seconds);
            latencies("portfolio burst, statement-filed -> rating.assigned (includes backlog wait)", portfolio);

            // 2. the annual review re-rates the portfolio while new statements arrive at a steady rate
            List<String> probes = new ArrayList<>();
            AtomicBoolean reviewing = new AtomicBoolean(true);
            Thread probe = new Thread(() -> {
                Random r = new Random(7);
                long interval = TimeUnit.SECONDS.toNanos(1) / PROBE_RATE;
                long next = System.nanoTime();
                while (reviewing.get()) {
                    UUID customer = UUID.randomUUID();
                    synchronized (probes) {
                        probes.add(customer.toString());
                    }
                    publish(producer, statement(customer, r));
                    producer.flush();
                    next += interval;
                    long sleep = next - System.nanoTime();
                    if (sleep > 0) {
                        try {
                            TimeUnit.NANOSECONDS.sleep(sleep);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }, "bench-probe");
            long reviewStart = System.nanoTime();
            probe.start();
            AnnualReviewService.RunResult result = VertxContextSupport.subscribeAndAwait(
                    () -> reviews.run(clock.today(), Actor.system("rating-service-bench", "annual-review")));
            long reviewEnd = System.nanoTime();
            reviewing.set(false);
            probe.join();
            double reviewSeconds = (reviewEnd - reviewStart) / 1e9;
            line("annual review: %,d re-rated (%d without statement) in %.1f s -> %.0f ratings/s",
                    result.reRated(), result.withoutStatement(), reviewSeconds, result.reRated() / reviewSeconds);
            List<String> probed;
            synchronized (probes) {
                probed = List.copyOf(probes);
            }
            awaitRated(probed, 10);
            latencies("under annual-review load, " + PROBE_RATE + " statements/s, statement-filed -> rating.assigned",
                    probed);
        } finally {
            listening.set(false);
            listener.join();
            clock.reset();
        }
        Path out = Path.of("target", "bench-results.txt");
        Files.writeString(out, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        report.add(s);
        System.out.println("BENCH " + s);
    }

    private void latencies(String what, List<String> keys) {
        long[] ms = keys.stream().mapToLong(k -> TimeUnit.NANOSECONDS.toMillis(ratedAt.get(k) - sentAt.get(k)))
                .sorted().toArray();
        line("%s: n=%,d p50=%d ms p95=%d ms p99=%d ms max=%d ms", what, ms.length, pct(ms, 50), pct(ms, 95),
                pct(ms, 99), ms[ms.length - 1]);
    }

    static long pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void awaitRated(List<String> keys, int minutes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        long missing;
        while ((missing = keys.stream().filter(k -> !ratedAt.containsKey(k)).count()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(missing + " customers still without rating.assigned after " + minutes + " min");
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private void publish(KafkaProducer<String, String> producer, StatementFiled s) {
        String key = s.customerId().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>(CUSTOMER_TOPIC, key,
                CloudEventsKafka.toJson(s));
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.TYPE, EventTypes.CUSTOMER_STATEMENT_FILED.type());
        header(record, CloudEventHeaders.SOURCE, "/bench/customer-service");
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        sentAt.put(key, System.nanoTime());
        producer.send(record, (m, e) -> {
            if (e != null) {
                System.err.println("BENCH publish failed: " + e);
            }
        });
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A plausible SME statement with varied ratios, so that scores spread over the scale. */
    static StatementFiled statement(UUID customer, Random r) {
        BigDecimal assets = money(1_000_000 + r.nextDouble() * 99_000_000);
        BigDecimal equity = money(assets.doubleValue() * (0.05 + r.nextDouble() * 0.75));
        BigDecimal liabilities = assets.subtract(equity);
        BigDecimal currentAssets = money(assets.doubleValue() * (0.2 + r.nextDouble() * 0.5));
        BigDecimal currentLiabilities = money(liabilities.doubleValue() * (0.3 + r.nextDouble() * 0.6));
        BigDecimal revenue = money(assets.doubleValue() * (0.5 + r.nextDouble() * 1.5));
        BigDecimal operating = money(revenue.doubleValue() * (-0.05 + r.nextDouble() * 0.25));
        BigDecimal net = money(operating.doubleValue() * 0.75);
        BigDecimal interest = money(liabilities.doubleValue() * r.nextDouble() * 0.06);
        BigDecimal cash = money(operating.doubleValue() * (0.5 + r.nextDouble() * 0.7));
        return new StatementFiled(customer, UUID.randomUUID(), LocalDate.of(2025, 12, 31), 1, true, "CNY", assets,
                liabilities, equity, currentAssets, currentLiabilities, revenue, operating, net, interest, cash);
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private void listen() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(RATING_TOPIC));
            while (listening.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(java.time.Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    Header type = r.headers().lastHeader(CloudEventHeaders.TYPE);
                    if (type != null && EventTypes.RATING_ASSIGNED.type()
                            .equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        ratedAt.putIfAbsent(r.key(), now);
                    }
                }
            }
        }
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static void createTopics() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> topics = Arrays.stream(new String[] {"sme.customer.events", "sme.rating.events",
                            "sme.monitoring.events", "dlq"})
                    .map(t -> BenchProfile.PREFIX + t).filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, t.endsWith("dlq") ? 1 : 6, (short) 1)).toList();
            admin.createTopics(topics).all().get();
        }
    }
}
