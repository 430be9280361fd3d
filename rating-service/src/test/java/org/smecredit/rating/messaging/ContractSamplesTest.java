package org.smecredit.rating.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventType;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.rating.Ratings;
import org.smecredit.rating.Statements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The contract samples ({@code contracts/src/test/resources/samples}): this consumer parses the samples of the
 * events it consumes, and emits the shape of the sample of the event it produces.
 */
@QuarkusTest
@TestSecurity(user = "analyst.zhao", roles = "credit-analyst")
class ContractSamplesTest {
    static final Path SAMPLES = Path.of("..", "contracts", "src", "test", "resources", "samples");
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/samples");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static ObjectNode sample(EventType<?> type) throws IOException {
        Path file = SAMPLES.resolve(type.type() + ".json");
        assertTrue(Files.exists(file), "contract sample missing: " + file.toAbsolutePath());
        return (ObjectNode) CloudEventsKafka.JSON.readTree(Files.readString(file));
    }

    @Test
    void ratesTheStatementSampleAndPublishesTheShapeOfTheRatingSample() throws IOException {
        UUID customer = UUID.randomUUID();
        ObjectNode statement = sample(EventTypes.CUSTOMER_STATEMENT_FILED);
        statement.put("customerId", customer.toString());
        statement.put("statementId", UUID.randomUUID().toString());
        String eventId = UUID.randomUUID().toString();
        kafka.publish(Topics.CUSTOMER_EVENTS, EventTypes.CUSTOMER_STATEMENT_FILED.type(), customer.toString(), eventId,
                statement.toString());

        // base 15 + margin 0.0620 (8) + cover 4.8364 (16) + current 1.4197 (6) + equity/assets 0.4567 (2)
        Map<String, Object> rating = Ratings.awaitRatingCausedBy(customer, eventId).get(0);
        assertEquals(47, rating.get("score"));
        assertEquals("BB-", rating.get("grade"));

        JsonNode expected = sample(EventTypes.RATING_ASSIGNED);
        String ratingId = (String) rating.get("id");
        var event = kafka.await(Topics.RATING_EVENTS, e -> customer.toString().equals(e.key())
                && EventTypes.RATING_ASSIGNED.type().equals(e.type()) && e.payload().contains(ratingId),
                Duration.ofSeconds(60));
        JsonNode emitted = event.json();
        assertEquals(fieldNames(expected), fieldNames(emitted));
        assertEquals(fieldNames(expected.get("drivers").get(0)), fieldNames(emitted.get("drivers").get(0)));
        // the statement sample's figures give these ratios (the rating sample still shows the foundation's factors)
        assertEquals(Map.of("NET_MARGIN", new BigDecimal("0.0620"), "INTEREST_COVERAGE", new BigDecimal("4.8364"),
                "CURRENT_RATIO", new BigDecimal("1.4197"), "EQUITY_TO_TOTAL_ASSETS", new BigDecimal("0.4567")),
                ratios(emitted));
    }

    @Test
    void reRatesOnTheEarlyWarningSample() throws IOException {
        UUID customer = UUID.randomUUID();
        String statementEvent = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer,
                Statements.bbbManufacturer(customer, LocalDate.of(2025, 12, 31), 1));
        Ratings.awaitRatingCausedBy(customer, statementEvent);

        ObjectNode warning = sample(EventTypes.MONITORING_EARLY_WARNING_RAISED);
        UUID signal = UUID.randomUUID();
        warning.put("customerId", customer.toString());
        warning.put("signalId", signal.toString());
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_EARLY_WARNING_RAISED.type(),
                warning.get("loanId").asText(), UUID.randomUUID().toString(), warning.toString());

        Map<String, Object> rating = Ratings.awaitRatingCausedBy(customer, signal).get(0);
        assertEquals("EARLY_WARNING", rating.get("trigger"));
        assertEquals("B+", rating.get("grade"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, BigDecimal> ratios(JsonNode rating) {
        Map<String, BigDecimal> out = new HashMap<>();
        rating.get("drivers").forEach(d -> out.put(d.get("factor").asText(), d.get("value").decimalValue()
                .setScale(4)));
        return out;
    }
}
