package org.smecredit.rating.override;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.contracts.rating.v1.RatingOverrideApproved;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.rating.Ratings;
import org.smecredit.rating.Statements;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
class OverrideResourceTest {
    static final String PROBLEMS = "https://smecredit.org/problems/";
    static CloudEventsKafka kafka;

    @Inject
    TestIdentityAssociation identities;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/customer-service");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    void as(String user, String... roles) {
        identities.setTestIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user))
                .addRoles(java.util.Set.of(roles)).build());
    }

    /** A customer rated BB- from a statement; returns its rating id. */
    String rated(UUID customer) {
        String eventId = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer,
                Statements.bbbManufacturer(customer, LocalDate.of(2025, 12, 31), 1));
        return (String) Ratings.awaitRatingCausedBy(customer, eventId).get(0).get("id");
    }

    static Map<String, Object> proposal(UUID customer, String ratingId, int notches) {
        return Map.of("customerId", customer.toString(), "ratingId", ratingId, "notches", notches,
                "reason", "SUBSEQUENT_EVENT", "comment", "largest customer filed for bankruptcy in March");
    }

    @Test
    @TestSecurity(user = "analyst.qian", roles = "credit-analyst")
    void anApprovedOverrideIssuesANewRatingWithThePreviousGradeAndPublishesIt() {
        UUID customer = UUID.randomUUID();
        as("risk.liu", "risk-manager");
        String ratingId = rated(customer);
        as("analyst.qian", "credit-analyst");
        String id = given().contentType(ContentType.JSON).body(proposal(customer, ratingId, -1))
                .post("/api/rating-overrides")
                .then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("proposedBy", equalTo("analyst.qian"))
                .extract().path("id");

        as("risk.liu", "risk-manager");
        String resulting = given().contentType(ContentType.JSON).body(Map.of("comment", "agreed"))
                .post("/api/rating-overrides/" + id + "/approval")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("risk.liu"))
                .body("resultingRatingId", notNullValue())
                .extract().path("resultingRatingId");

        given().get("/api/ratings/" + customer)
                .then().statusCode(200)
                .body("id", equalTo(resulting))
                .body("trigger", equalTo("OVERRIDE"))
                .body("causeId", equalTo(id))
                .body("modelGrade", equalTo("BB-"))
                .body("grade", equalTo("B+"))
                .body("previousGrade", equalTo("BB-"))
                .body("pd", equalTo(0.0316f))
                .body("score", equalTo(44))
                .body("ratedBy", equalTo("risk.liu"));

        var event = kafka.await(Topics.RATING_EVENTS, e -> customer.toString().equals(e.key())
                && e.payload().contains("OVERRIDE"), Duration.ofSeconds(60));
        RatingAssigned assigned = event.as(RatingAssigned.class);
        assertEquals("B+", assigned.grade());
        assertEquals("OVERRIDE", assigned.trigger());
        assertEquals(EventTypes.RATING_ASSIGNED.type(), event.type());
        assertEquals("BB-", assigned.previousGrade());

        var approvedEvent = kafka.await(Topics.RATING_EVENTS, e -> customer.toString().equals(e.key())
                && EventTypes.RATING_OVERRIDE_APPROVED.type().equals(e.type()), Duration.ofSeconds(60));
        RatingOverrideApproved approved = approvedEvent.as(RatingOverrideApproved.class);
        assertEquals(UUID.fromString(id), approved.overrideId());
        assertEquals(UUID.fromString(ratingId), approved.baseRatingId());
        assertEquals(UUID.fromString(resulting), approved.ratingId());
        assertEquals("BB-", approved.previousGrade());
        assertEquals("B+", approved.grade());
        assertEquals(-1, approved.notches());
        assertEquals("SUBSEQUENT_EVENT", approved.reason());
        assertEquals("analyst.qian", approved.proposedBy());
        assertEquals("risk.liu", approved.approvedBy());

        given().get("/api/rating-overrides/rates")
                .then().statusCode(200)
                .body("find { it.analyst == 'analyst.qian' }.approved", notNullValue());
        given().queryParam("entityId", id).get("/api/audit")
                .then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItems("rating.override-proposed", "rating.override-approved"));
    }

    @Test
    @TestSecurity(user = "both.hats", roles = {"credit-analyst", "risk-manager"})
    void theProposerCannotApproveTheirOwnOverrideAndADecisionIsFinal() {
        UUID customer = UUID.randomUUID();
        String ratingId = rated(customer);
        String id = given().contentType(ContentType.JSON).body(proposal(customer, ratingId, 2))
                .post("/api/rating-overrides")
                .then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/rating-overrides/" + id + "/approval")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "four-eyes"));

        as("risk.liu", "risk-manager");
        given().contentType(ContentType.JSON).body(Map.of("comment", "the event is already in the statement"))
                .post("/api/rating-overrides/" + id + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/rating-overrides/" + id + "/approval")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "illegal-transition"));
        // the rating did not change
        given().get("/api/ratings/" + customer).then().statusCode(200).body("id", equalTo(ratingId));
    }

    @Test
    @TestSecurity(user = "analyst.qian", roles = "credit-analyst")
    void refusesBadProposals() {
        UUID customer = UUID.randomUUID();
        as("risk.liu", "risk-manager");
        String ratingId = rated(customer);
        as("analyst.qian", "credit-analyst");
        given().contentType(ContentType.JSON).body(proposal(customer, ratingId, 0)).post("/api/rating-overrides")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "override-notches"));
        given().contentType(ContentType.JSON).body(proposal(customer, ratingId, 5)).post("/api/rating-overrides")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("customerId", customer.toString(), "ratingId", ratingId,
                        "notches", 1, "reason", "FEELING", "comment", "x")).post("/api/rating-overrides")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("customerId", customer.toString(), "ratingId", ratingId,
                        "notches", 1, "reason", "INDUSTRY_OUTLOOK")).post("/api/rating-overrides")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(proposal(customer, UUID.randomUUID().toString(), 1))
                .post("/api/rating-overrides")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "stale-rating"));
        given().contentType(ContentType.JSON).body(proposal(UUID.randomUUID(), ratingId, 1)).post("/api/rating-overrides")
                .then().statusCode(404);
        given().get("/api/rating-overrides/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rm.wang", roles = "relationship-manager")
    void onlyAnalystsProposeAndOnlyRiskManagersDecide() {
        given().contentType(ContentType.JSON).body(proposal(UUID.randomUUID(), UUID.randomUUID().toString(), 1))
                .post("/api/rating-overrides").then().statusCode(403);
        as("analyst.qian", "credit-analyst");
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/rating-overrides/" + UUID.randomUUID() + "/approval").then().statusCode(403);
        given().get("/api/rating-overrides/rates").then().statusCode(403);
    }
}
