package org.smecredit.rating.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.customer.v1.StatementFiled;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.rating.Ratings;
import org.smecredit.rating.Statements;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "analyst.zhao", roles = {"credit-analyst", "auditor"})
class CustomerEventsConsumerTest {
    static final LocalDate FY2025 = LocalDate.of(2025, 12, 31);
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/customer-service");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void ratesTheCustomerFromAFiledStatementAndPublishesRatingAssigned() {
        clock.setToday(LocalDate.of(2026, 3, 16));
        try {
            UUID customer = UUID.randomUUID();
            StatementFiled statement = Statements.bbbManufacturer(customer, FY2025, 1);
            String eventId = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, statement);

            Ratings.awaitRatingCausedBy(customer, eventId);
            String ratingId = given().get("/api/ratings/" + customer)
                    .then().statusCode(200)
                    .body("customerId", equalTo(customer.toString()))
                    .body("score", equalTo(44))
                    .body("grade", equalTo("BB-"))
                    .body("modelGrade", equalTo("BB-"))
                    .body("downgradeNotches", equalTo(0))
                    .body("pd", equalTo(0.0161f))
                    .body("modelVersion", equalTo("fin-scorecard-1.0.0"))
                    .body("trigger", equalTo("STATEMENT_FILED"))
                    .body("statementId", equalTo(statement.statementId().toString()))
                    .body("ratedOn", equalTo("2026-03-16"))
                    .body("ratedBy", equalTo("system:rating-service"))
                    // most points lost first: current ratio 4 short, net margin 2, equity 2, interest cover 0
                    .body("drivers.factor", contains("CURRENT_RATIO", "NET_MARGIN", "EQUITY_TO_TOTAL_ASSETS",
                            "INTEREST_COVERAGE"))
                    .body("drivers.points", contains(3, 8, 2, 16))
                    .body("drivers[0].value", equalTo(1.2f))
                    .body("drivers[0].maxPoints", equalTo(7))
                    // the inputs a credit officer explains the rating with, and the model's own PD of 44 points
                    .body("inputs.totalEquity", equalTo(4000000.0f))
                    .body("inputs.interestExpense", equalTo(300000.0f))
                    .body("modelPd", equalTo(0.02167331f))
                    .body("previousGrade", nullValue())
                    .extract().path("id");

            // by rating id: another rating-service (a local stack) on the same broker may rate the same event
            var event = kafka.await(Topics.RATING_EVENTS, e -> customer.toString().equals(e.key())
                    && EventTypes.RATING_ASSIGNED.type().equals(e.type()) && e.payload().contains(ratingId),
                    Duration.ofSeconds(60));
            RatingAssigned assigned = event.as(RatingAssigned.class);
            assertEquals(ratingId, assigned.ratingId().toString());
            assertEquals("BB-", assigned.grade());
            assertEquals(0, new BigDecimal("0.0161").compareTo(assigned.pd()));
            assertEquals(44, assigned.score());
            assertEquals("fin-scorecard-1.0.0", assigned.modelVersion());
            assertEquals("STATEMENT_FILED", assigned.trigger());
            assertEquals(LocalDate.of(2026, 3, 16), assigned.ratedOn());
            assertEquals(statement.statementId(), assigned.statementId());
            assertEquals(new RatingAssigned.Driver("CURRENT_RATIO", new BigDecimal("1.2000"), 3),
                    assigned.drivers().get(0));

            given().queryParam("entityId", ratingId).get("/api/audit")
                    .then().statusCode(200)
                    .body("[0].action", equalTo("rating.assigned"))
                    .body("[0].actor", equalTo("system:rating-service"))
                    .body("[0].requestId", equalTo(eventId))
                    .body("[0].after.grade", equalTo("BB-"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void ratesARedeliveredStatementEventOnlyOnce() {
        UUID customer = UUID.randomUUID();
        StatementFiled statement = Statements.bbbManufacturer(customer, FY2025, 1);
        String eventId = UUID.randomUUID().toString();
        String payload = CloudEventsKafka.toJson(statement);
        kafka.publish(Topics.CUSTOMER_EVENTS, EventTypes.CUSTOMER_STATEMENT_FILED.type(), customer.toString(), eventId, payload);
        kafka.publish(Topics.CUSTOMER_EVENTS, EventTypes.CUSTOMER_STATEMENT_FILED.type(), customer.toString(), eventId, payload);
        // a restatement on the same key is consumed after both copies
        StatementFiled restated = Statements.aaaDistributor(customer, FY2025, 2);
        String restatedEvent = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, restated);

        List<Map<String, Object>> history = Ratings.awaitRatingCausedBy(customer, restatedEvent);
        assertEquals(2, history.size(), "one rating per distinct event: " + history);
        assertEquals("BB", history.get(0).get("grade"));
        assertEquals("BB-", history.get(0).get("previousGrade"), "a change of grade shows what it replaced");
        assertEquals(restated.statementId().toString(), history.get(0).get("statementId"));
        assertEquals(statement.statementId().toString(), history.get(1).get("statementId"));

        // only this service's ratings: another rating-service (a local stack) on the same broker may rate them too
        var published = kafka.collect(Topics.RATING_EVENTS, e -> customer.toString().equals(e.key())
                && history.stream().anyMatch(r -> e.payload().contains((String) r.get("id"))), 3,
                Duration.ofSeconds(8));
        assertEquals(2, published.size(), "rating.assigned once per rating");
    }

    @Test
    void keepsTheCurrentRatingWhenAnOlderPeriodArrivesLate() {
        UUID customer = UUID.randomUUID();
        StatementFiled current = Statements.bbbManufacturer(customer, FY2025, 1);
        StatementFiled older = Statements.aaaDistributor(customer, LocalDate.of(2024, 12, 31), 1);
        StatementFiled restated = Statements.aaaDistributor(customer, FY2025, 2);
        kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, current);
        kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, older);
        String restatedEvent = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, restated);

        List<Map<String, Object>> history = Ratings.awaitRatingCausedBy(customer, restatedEvent);
        assertEquals(List.of(restated.statementId().toString(), current.statementId().toString()),
                history.stream().map(r -> r.get("statementId")).toList(), "the 2024 statement rated nobody");
    }

    @Test
    void deadLettersAStatementEventThatBreaksItsContractAndGoesOn() {
        UUID customer = UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        kafka.publish(Topics.CUSTOMER_EVENTS, EventTypes.CUSTOMER_STATEMENT_FILED.type(), customer.toString(), poisonId,
                "{\"customerId\": 12}");

        var dead = kafka.await(Topics.deadLetter("rating-service"), e -> customer.toString().equals(e.key()),
                Duration.ofSeconds(60));
        assertEquals("{\"customerId\": 12}", dead.payload());
        assertEquals(poisonId, dead.id());

        // the poison message blocks nothing behind it
        String next = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer,
                Statements.bbbManufacturer(customer, FY2025, 1));
        assertTrue(Ratings.awaitRatingCausedBy(customer, next).size() == 1);
    }
}
