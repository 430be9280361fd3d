package org.smecredit.rating.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.customer.v1.StatementFiled;
import org.smecredit.contracts.monitoring.v1.EarlyWarningRaised;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.rating.Ratings;
import org.smecredit.rating.Statements;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "risk.qian", roles = "risk-manager")
class MonitoringEventsConsumerTest {
    static final LocalDate FY2025 = LocalDate.of(2025, 12, 31);
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/monitoring-service");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static EarlyWarningRaised warning(UUID loan, UUID customer, String severity) {
        return new EarlyWarningRaised(UUID.randomUUID(), loan, customer, "DPD_30", severity,
                "installment of 2026-02-20 unpaid for 31 days", LocalDate.of(2026, 3, 23));
    }

    /** A customer rated BB- (44 points) from its FY2025 statement. */
    static StatementFiled ratedBbb(UUID customer) {
        StatementFiled statement = Statements.bbbManufacturer(customer, FY2025, 1);
        String eventId = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, statement);
        Ratings.awaitRatingCausedBy(customer, eventId);
        return statement;
    }

    @Test
    void reRatesOneNotchDownOnAHighWarningAndIgnoresALowOne() {
        UUID customer = UUID.randomUUID();
        UUID loan = UUID.randomUUID();
        StatementFiled statement = ratedBbb(customer);

        kafka.publish(EventTypes.MONITORING_EARLY_WARNING_RAISED, loan, warning(loan, customer, "LOW"));
        EarlyWarningRaised high = warning(loan, customer, "HIGH");
        kafka.publish(EventTypes.MONITORING_EARLY_WARNING_RAISED, loan, high);

        // the LOW warning, consumed before the HIGH one on the same loan key, left no rating
        List<Map<String, Object>> history = Ratings.awaitRatingCausedBy(customer, high.signalId());
        assertEquals(List.of("EARLY_WARNING", "STATEMENT_FILED"), history.stream().map(r -> r.get("trigger")).toList());

        given().get("/api/ratings/" + customer)
                .then().statusCode(200)
                .body("trigger", equalTo("EARLY_WARNING"))
                .body("score", equalTo(44))
                .body("modelGrade", equalTo("BB-"))
                .body("downgradeNotches", equalTo(1))
                .body("grade", equalTo("B+"))
                .body("previousGrade", equalTo("BB-"))
                .body("pd", equalTo(0.0316f))
                .body("causeId", equalTo(high.signalId().toString()))
                .body("statementId", equalTo(statement.statementId().toString()));

        var event = kafka.await(Topics.RATING_EVENTS, e -> customer.toString().equals(e.key())
                && e.payload().contains("EARLY_WARNING"), Duration.ofSeconds(60));
        RatingAssigned assigned = event.as(RatingAssigned.class);
        assertEquals("B+", assigned.grade());
        assertEquals(0, new BigDecimal("0.0316").compareTo(assigned.pd()));
        assertEquals(EventTypes.RATING_ASSIGNED.type(), event.type());
    }

    @Test
    void reRatesOnARedeliveredWarningOnlyOnce() {
        UUID customer = UUID.randomUUID();
        UUID loan = UUID.randomUUID();
        ratedBbb(customer);
        String eventId = UUID.randomUUID().toString();
        String payload = CloudEventsKafka.toJson(warning(loan, customer, "HIGH"));
        String type = EventTypes.MONITORING_EARLY_WARNING_RAISED.type();
        kafka.publish(Topics.MONITORING_EVENTS, type, loan.toString(), eventId, payload);
        kafka.publish(Topics.MONITORING_EVENTS, type, loan.toString(), eventId, payload);
        // a distinct warning on the same loan key is consumed after both copies
        EarlyWarningRaised critical = warning(loan, customer, "CRITICAL");
        kafka.publish(EventTypes.MONITORING_EARLY_WARNING_RAISED, loan, critical);

        List<Map<String, Object>> history = Ratings.awaitRatingCausedBy(customer, critical.signalId());
        assertEquals(3, history.size(), "statement, first warning, second warning: " + history);
        // the notch is for the open warning, not cumulative per signal
        assertEquals("B+", history.get(0).get("grade"));
        assertEquals("B+", history.get(1).get("grade"));
    }

    @Test
    void acknowledgesAWarningAboutACustomerWithoutAStatement() {
        UUID unknown = UUID.randomUUID();
        UUID known = UUID.randomUUID();
        UUID loan = UUID.randomUUID();
        ratedBbb(known);

        kafka.publish(EventTypes.MONITORING_EARLY_WARNING_RAISED, loan, warning(loan, unknown, "CRITICAL"));
        EarlyWarningRaised marker = warning(loan, known, "HIGH");
        kafka.publish(EventTypes.MONITORING_EARLY_WARNING_RAISED, loan, marker);
        Ratings.awaitRatingCausedBy(known, marker.signalId());

        given().get("/api/ratings/" + unknown).then().statusCode(404);
        assertTrue(kafka.collect(Topics.deadLetter("rating-service"), e -> loan.toString().equals(e.key()), 1,
                Duration.ofSeconds(3)).isEmpty(), "acknowledged, not dead-lettered");
    }

    @Test
    void deadLettersAWarningThatBreaksItsContract() {
        String loan = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_EARLY_WARNING_RAISED.type(), loan, eventId,
                "{\"customerId\": 12}");
        var dead = kafka.await(Topics.deadLetter("rating-service"), e -> loan.equals(e.key()), Duration.ofSeconds(60));
        assertEquals(eventId, dead.id());
        assertEquals("{\"customerId\": 12}", dead.payload());
    }
}
