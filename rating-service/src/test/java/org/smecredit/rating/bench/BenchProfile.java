package org.smecredit.rating.bench;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The benchmark's service: its own database ({@code sme_rating_bench}) and its own topics
 * ({@code bench.<run>.sme.*}), so 100,000 customers reach neither the test database nor the topics other services
 * and tests read. The outbox names its topic per row ({@code sme.rating.events}); {@link BenchTopicInterceptor}
 * prefixes it on the way out.
 */
public class BenchProfile implements QuarkusTestProfile {
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final String PREFIX = "bench." + RUN + ".";

    @Override
    public Map<String, String> getConfigOverrides() {
        System.setProperty(BenchTopicInterceptor.PREFIX_PROPERTY, PREFIX);
        Map<String, String> plain = Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/sme_rating_bench"),
                Map.entry("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:5432/sme_rating_bench"),
                Map.entry("mp.messaging.incoming.customer-events.topic", PREFIX + "sme.customer.events"),
                Map.entry("mp.messaging.incoming.customer-events.group.id", "rating-service-bench-" + RUN),
                Map.entry("mp.messaging.incoming.customer-events.dead-letter-queue.topic", PREFIX + "dlq"),
                Map.entry("mp.messaging.incoming.monitoring-events.topic", PREFIX + "sme.monitoring.events"),
                Map.entry("mp.messaging.incoming.monitoring-events.group.id", "rating-service-bench-" + RUN),
                Map.entry("mp.messaging.incoming.monitoring-events.dead-letter-queue.topic", PREFIX + "dlq"),
                Map.entry("mp.messaging.outgoing.outbox.interceptor.classes", BenchTopicInterceptor.class.getName()),
                Map.entry("quarkus.log.category.\"org.smecredit\".level", "WARN"),
                Map.entry("quarkus.log.category.\"io.smallrye.reactive.messaging\".level", "WARN"));
        // the %test profile stays active: its profiled keys (test database, test group ids) win over plain ones
        Map<String, String> all = new HashMap<>(plain);
        plain.forEach((k, v) -> all.put("%test." + k, v));
        return all;
    }
}
