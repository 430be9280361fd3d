package org.smecredit.monitoring.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The benchmark's own database ({@code sme_monitoring_bench}, cleaned and migrated at start unless
 * {@code -Dbench.reuse=true}), no Kafka consumers and
 * no scheduler, so the outbox relay does not publish the benchmark's million events to the shared broker.
 */
public class BenchProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/sme_monitoring_bench"),
                Map.entry("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:5432/sme_monitoring_bench"),
                Map.entry("quarkus.scheduler.enabled", "false"),
                Map.entry("mp.messaging.incoming.origination-events.enabled", "false"),
                Map.entry("mp.messaging.incoming.corebanking-repayments.enabled", "false"),
                Map.entry("mp.messaging.incoming.rating-events.enabled", "false"),
                Map.entry("mp.messaging.incoming.collections-events.enabled", "false"),
                Map.entry("mp.messaging.incoming.customer-events.enabled", "false"),
                Map.entry("monitoring.daily-run.allow-future-dates", "true"),
                // a run over a million loans takes longer than REST Assured's default 30 s read timeout
                Map.entry("quarkus.http.test-timeout", "3600s"),
                // -Dbench.reuse=true keeps the seeded book between runs (seeding 12M installments takes minutes)
                Map.entry("quarkus.flyway.clean-at-start", String.valueOf(!Boolean.getBoolean("bench.reuse"))),
                Map.entry("monitoring.daily-run.batch-size", System.getProperty("bench.batch-size", "20000")),
                Map.entry("monitoring.daily-run.parallelism", System.getProperty("bench.parallelism", "2")));
    }
}
