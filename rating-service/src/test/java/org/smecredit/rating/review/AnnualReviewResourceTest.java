package org.smecredit.rating.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.rating.Ratings;
import org.smecredit.rating.Statements;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The annual review: ratings older than 12 months (business dates) are re-rated once per customer and date. */
@QuarkusTest
@TestSecurity(user = "ops.sun", roles = "risk-manager")
class AnnualReviewResourceTest {
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/annual-review");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    UUID ratedOn(LocalDate day) {
        UUID customer = UUID.randomUUID();
        clock.setToday(day);
        try {
            String event = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer,
                    Statements.bbbManufacturer(customer, day.minusMonths(3).withDayOfMonth(1).minusDays(1), 1));
            Ratings.awaitRatingCausedBy(customer, event);
        } finally {
            clock.reset();
        }
        return customer;
    }

    @Test
    void aRatingOlderThanTwelveMonthsIsReRatedOnceAndARecentOneIsNot() {
        LocalDate today = clock.today();
        UUID stale = ratedOn(today.minusMonths(12).minusDays(1));
        UUID exactlyAYear = ratedOn(today.minusMonths(12));
        UUID recent = ratedOn(today.minusMonths(11));

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/annual-reviews")
                .then().statusCode(200)
                .body("reviewDate", equalTo(today.toString()))
                .body("ratedOnOrBefore", equalTo(today.minusMonths(12).toString()))
                .body("reRated", greaterThanOrEqualTo(2));

        List<Map<String, Object>> history = Ratings.history(stale);
        assertEquals(2, history.size());
        assertEquals("ANNUAL_REVIEW", history.get(0).get("trigger"));
        assertEquals(today.toString(), history.get(0).get("ratedOn"));
        assertEquals("BB-", history.get(0).get("previousGrade"));
        assertEquals("ops.sun", history.get(0).get("ratedBy"));
        assertEquals(2, Ratings.history(exactlyAYear).size());
        assertEquals(1, Ratings.history(recent).size());

        // the same date again: nothing is due twice
        given().contentType(ContentType.JSON).body(Map.of("reviewDate", today.toString())).post("/api/annual-reviews")
                .then().statusCode(200).body("reRated", equalTo(0));
        assertEquals(2, Ratings.history(stale).size());

        var event = kafka.await(Topics.RATING_EVENTS, e -> stale.toString().equals(e.key())
                && e.payload().contains("ANNUAL_REVIEW"), Duration.ofSeconds(60));
        RatingAssigned assigned = event.as(RatingAssigned.class);
        assertEquals("BB-", assigned.previousGrade());
        assertEquals(today, assigned.ratedOn());
    }

    @Test
    void twoRunsAtTheSameTimeReviewEachCustomerOnce() {
        LocalDate today = clock.today();
        List<UUID> customers = List.of(ratedOn(today.minusYears(2)), ratedOn(today.minusYears(2)),
                ratedOn(today.minusYears(3)));
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(Map.of()).post("/api/annual-reviews").then().statusCode(200).extract().<Integer>path("reRated"));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(Map.of()).post("/api/annual-reviews").then().statusCode(200).extract().<Integer>path("reRated"));
        a.join();
        b.join();
        for (UUID c : customers) {
            assertEquals(2, Ratings.history(c).size(), "customer " + c + " reviewed exactly once");
        }
    }

    @Test
    void badRunRequestsAreProblems() {
        given().contentType(ContentType.JSON).body(Map.of("reviewDate", clock.today().plusDays(1).toString()))
                .post("/api/annual-reviews")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reviewDate"));
        given().contentType(ContentType.JSON).body("{\"reviewDate\":\"31.12.2026\"}")
                .post("/api/annual-reviews")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "analyst.zhao", roles = "credit-analyst")
    void analystsCannotTriggerTheReview() {
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/annual-reviews").then().statusCode(403);
    }
}
