package org.smecredit.origination.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The benchmark's own database ({@code sme_origination_bench}, cleaned at start) and consumer group, reading only
 * what is published after it joins, so the history other test runs left on the topics is not replayed.
 */
public class BenchProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/sme_origination_bench"),
                Map.entry("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:5432/sme_origination_bench"),
                Map.entry("mp.messaging.incoming.customer-events.group.id", "origination-service-bench"),
                Map.entry("mp.messaging.incoming.rating-events.group.id", "origination-service-bench"),
                Map.entry("mp.messaging.incoming.monitoring-events.group.id", "origination-service-bench"),
                Map.entry("mp.messaging.incoming.customer-events.auto.offset.reset", "latest"),
                Map.entry("mp.messaging.incoming.rating-events.auto.offset.reset", "latest"),
                Map.entry("mp.messaging.incoming.monitoring-events.auto.offset.reset", "latest"),
                Map.entry("origination.limits.single-borrower", "50000000.00"),
                // production's snapshot age (the test profile measures the whole book for every decision)
                Map.entry("origination.limits.industry-snapshot-max-age", "PT5S"),
                Map.entry("quarkus.log.level", "WARN"));
    }
}
