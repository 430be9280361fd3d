package org.smecredit.origination.application;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smecredit.origination.support.Flows.WAIT;
import static org.smecredit.origination.support.Flows.application;
import static org.smecredit.origination.support.Flows.knownCustomer;
import static org.smecredit.origination.support.Flows.rated;
import static org.smecredit.origination.support.Flows.submit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.monitoring.v1.LoanRestored;
import org.smecredit.origination.support.Borrowers;
import org.smecredit.origination.support.Flows;
import org.smecredit.origination.support.Identities;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Drafts, offers, acceptance and re-pricing (issue 5), and the lifting of a borrower block by
 * {@code monitoring.loan-restored.v1}, against real PostgreSQL and Kafka.
 */
@QuarkusTest
class OfferLifecycleTest {
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    @Inject
    TestIdentityAssociation identities;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/origination");
        Flows.exactNumbers();
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @AfterEach
    void realClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "rm.li", roles = {"relationship-manager", "auditor"})
    void aDraftIsSavedEditedAndSubmittedAndEditedNoMoreAfterwards() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", "draft-" + customerId)
                .body(application(customerId, "WORKING_CAPITAL", "400000.00", 12))
                .post("/api/applications/drafts").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo("rm.li"))
                .body("submittedBy", nullValue())
                .body("decisions", hasSize(0))
                .extract().path("id");
        // the same key and body again: the same draft
        given().contentType(ContentType.JSON).header("Idempotency-Key", "draft-" + customerId)
                .body(application(customerId, "WORKING_CAPITAL", "400000.00", 12))
                .post("/api/applications/drafts").then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));

        given().contentType(ContentType.JSON).body(application(customerId, "WORKING_CAPITAL", "20000000.00", 12))
                .put("/api/applications/" + id).then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/outside-product-bounds"))
                .body("violations[0].field", equalTo("amount"));
        given().contentType(ContentType.JSON).body(application(UUID.randomUUID(), "WORKING_CAPITAL", "500000.00", 12))
                .put("/api/applications/" + id).then().statusCode(422)
                .body("violations[0].field", equalTo("customerId"));
        given().contentType(ContentType.JSON).body(application(customerId, "TERM_LOAN", "500000.00", 24))
                .put("/api/applications/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("productCode", equalTo("TERM_LOAN"))
                .body("amount", equalTo(new BigDecimal("500000.00")))
                .body("termMonths", equalTo(24));

        given().contentType(ContentType.JSON).post("/api/applications/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("submittedBy", equalTo("rm.li"))
                .body("amount", equalTo(new BigDecimal("500000.00")));
        var submitted = kafka.await(Topics.ORIGINATION_EVENTS, e -> customerId.toString().equals(e.key())
                && EventTypes.ORIGINATION_APPLICATION_SUBMITTED.type().equals(e.type()), WAIT).json();
        assertEquals(id, submitted.get("applicationId").asText());
        assertEquals("TERM_LOAN", submitted.get("productCode").asText());

        given().contentType(ContentType.JSON).body(application(customerId, "TERM_LOAN", "600000.00", 24))
                .put("/api/applications/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"))
                .body("currentStatus", equalTo("APPROVED"))
                .body("requestedStatus", equalTo("DRAFT"));
        given().contentType(ContentType.JSON).post("/api/applications/" + id + "/submission").then().statusCode(409)
                .body("currentStatus", equalTo("APPROVED"))
                .body("requestedStatus", equalTo("SUBMITTED"));

        given().queryParam("entityId", id).get("/api/audit").then().statusCode(200)
                .body("action", equalTo(List.of("application.drafted", "application.draft-edited",
                        "application.submitted", "application.under-review", "application.approved")))
                .body("[1].before.application.amount", comparesEqualTo(new BigDecimal("400000")))
                .body("[1].after.application.amount", comparesEqualTo(new BigDecimal("500000")))
                .body("[2].before.status", equalTo("DRAFT"))
                .body("[2].after.status", equalTo("SUBMITTED"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = {"relationship-manager", "auditor"})
    void aNewRatingRepricesAnApprovedOfferWhichIsAcceptedOnlyAtTheNewPrice() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BBB", "0.0100");
        String id = submit(application(customerId, "WORKING_CAPITAL", "1000000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("offer.priceVersion", equalTo(1))
                .extract().path("id");
        BigDecimal first = given().get("/api/applications/" + id).path("pricing.annualRate");

        var newer = rated(kafka, customerId, "BBB", "0.0200");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                Integer.valueOf(2).equals(given().get("/api/applications/" + id).path("offer.priceVersion")));
        BigDecimal second = given().get("/api/applications/" + id).then()
                .body("status", equalTo("APPROVED"))
                .body("rating.ratingId", equalTo(newer.ratingId().toString()))
                .body("pricing.pd", equalTo(new BigDecimal("0.0200")))
                .extract().path("pricing.annualRate");
        assertTrue(second.compareTo(first) > 0, first + " → " + second);

        // the borrower saw version 1: refused, nothing contracted
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", 1))
                .post("/api/applications/" + id + "/acceptance").then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/stale-price-version"))
                .body("currentPriceVersion", equalTo(2));
        String loanId = given().contentType(ContentType.JSON).body(Map.of("priceVersion", 2))
                .post("/api/applications/" + id + "/acceptance").then().statusCode(200)
                .body("status", equalTo("CONTRACTED"))
                .body("offer.acceptedPriceVersion", equalTo(2))
                .extract().path("loanId");
        given().get("/api/loans/" + loanId).then().body("annualRate", equalTo(second));
        given().queryParam("entityId", id).queryParam("action", "application.repriced").get("/api/audit").then()
                .body("$", hasSize(1))
                .body("[0].before.pricing.annualRate", comparesEqualTo(first))
                .body("[0].after.pricing.annualRate", comparesEqualTo(second));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aKnockOutOnRepricingSendsAnApprovedOfferBackToAPersonWithTheReason() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BBB", "0.0100");
        String id = submit(application(customerId, "WORKING_CAPITAL", "900000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED")).extract().path("id");
        rated(kafka, customerId, "CCC", "0.0900");
        Flows.awaitStatus(id, "REFERRED");
        given().get("/api/applications/" + id).then()
                .body("reviewRound", equalTo(2))
                .body("authorityLevel", equalTo("BRANCH"))
                .body("offer.priceVersion", equalTo(2))
                .body("offer.expiresOn", nullValue())
                .body("decisions", hasSize(2))
                .body("decisions[1].outcome", equalTo("REFERRED"))
                .body("decisions[1].automatic", equalTo(true))
                .body("decisions[1].reasons", hasItem(containsString("knock-out: PD 0.09")))
                .body("decisions[1].reasons", hasItem(containsString("referred again to a credit approver")));
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", 2))
                .post("/api/applications/" + id + "/acceptance").then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"))
                .body("currentStatus", equalTo("REFERRED"));
        var decided = kafka.collect(Topics.ORIGINATION_EVENTS, e -> customerId.toString().equals(e.key())
                && EventTypes.ORIGINATION_APPLICATION_DECIDED.type().equals(e.type()), 2, WAIT);
        assertEquals(List.of("APPROVED", "REFERRED"), decided.stream().map(e -> e.json().get("decision").asText())
                .toList());
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void anOfferExpiresAfterItsValidity() {
        LocalDate decidedOn = LocalDate.of(2026, 6, 1);
        clock.setToday(decidedOn);
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        String id = submit(application(customerId, "WORKING_CAPITAL", "300000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("offer.expiresOn", equalTo("2026-07-01"))
                .extract().path("id");
        clock.setToday(LocalDate.of(2026, 7, 2));
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", 1))
                .post("/api/applications/" + id + "/acceptance").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/offer-expired"))
                .body("offerExpiresOn", equalTo("2026-07-01"));
        given().get("/api/applications/" + id).then().body("status", equalTo("APPROVED"));
        clock.setToday(LocalDate.of(2026, 7, 1));
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", 1))
                .post("/api/applications/" + id + "/acceptance").then().statusCode(200)
                .body("status", equalTo("CONTRACTED"));
        // a contract is not withdrawn
        given().contentType(ContentType.JSON).body(Map.of("comment", "customer changed its mind"))
                .post("/api/applications/" + id + "/withdrawal").then().statusCode(409)
                .body("currentStatus", equalTo("CONTRACTED"))
                .body("requestedStatus", equalTo("WITHDRAWN"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void theBorrowerCanDeclineAnOfferThroughItsRelationshipManager() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        String id = submit(application(customerId, "WORKING_CAPITAL", "300000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED")).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("comment", "borrower declined the offered rate"))
                .post("/api/applications/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnBy", equalTo("rm.li"));
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", 1))
                .post("/api/applications/" + id + "/acceptance").then().statusCode(409)
                .body("currentStatus", equalTo("WITHDRAWN"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void acceptanceChecksTheHardLimitsOnTheOtherCommitmentsNeverOnTheOfferItself() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        String small = submit(application(customerId, "WORKING_CAPITAL", "3000000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED")).extract().path("id");
        // 3,000,000 offered + 9,000,000 = 12,000,000: exactly the single-borrower limit of the test profile
        String large = submit(application(customerId, "TERM_LOAN", "9000000.00", 36)).statusCode(201)
                .body("status", equalTo("REFERRED")).extract().path("id");
        for (String approver : List.of("committee.wu", "committee.sun")) {
            Identities.as(identities, approver, "credit-approver");
            given().contentType(ContentType.JSON).body(Map.of("comment", "order book supports it"))
                    .post("/api/applications/" + large + "/approval").then().statusCode(200);
        }
        Identities.as(identities, "rm.li", "relationship-manager");
        // each acceptance sees the other commitment (the open offer, then the contracted loan), not its own offer
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", 1))
                .post("/api/applications/" + large + "/acceptance").then().statusCode(200)
                .body("status", equalTo("CONTRACTED"));
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", 1))
                .post("/api/applications/" + small + "/acceptance").then().statusCode(200)
                .body("status", equalTo("CONTRACTED"));
        // the contracted, undisbursed loans are the borrower's whole room
        submit(application(customerId, "WORKING_CAPITAL", "100000.00", 12)).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("decisions[0].reasons", hasItem("knock-out: limit breach (DECLINE): single-borrower exposure "
                        + "of the borrower after this loan 12100000.00 CNY (drawn 0.00 + committed 12000000.00 + this "
                        + "loan 100000.00) above 12000000.00 CNY"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = {"relationship-manager", "auditor"})
    void aRestoredLoanLiftsTheBlockItSetButNotABlockAnotherLoanSet() {
        UUID customerId = knownCustomer(kafka);
        UUID loanId = UUID.randomUUID();
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, loanId, Borrowers.defaulted(customerId, loanId));
        Flows.awaitBlocked(customerId);

        // another loan's restoration lifts nothing; processed once the marker behind it (same key) is
        UUID other = UUID.randomUUID();
        kafka.publish(EventTypes.MONITORING_LOAN_RESTORED, other, restored(customerId, other, LoanCategory.NORMAL));
        UUID marker = knownCustomer(kafka);
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, other, Borrowers.defaulted(marker, UUID.randomUUID()));
        Flows.awaitBlocked(marker);
        given().get("/api/borrowers/" + customerId).then().body("blocked", equalTo(true));

        kafka.publish(EventTypes.MONITORING_LOAN_RESTORED, loanId, restored(customerId, loanId, LoanCategory.NORMAL));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                Boolean.FALSE.equals(given().get("/api/borrowers/" + customerId).path("blocked")));
        given().queryParam("entityId", customerId.toString()).queryParam("action", "borrower.unblocked")
                .get("/api/audit").then()
                .body("$", hasSize(1))
                .body("[0].before.blocked", equalTo(true))
                .body("[0].after.blocked", equalTo(false))
                .body("[0].after.reason", containsString(loanId + " restored"));

        // the borrower gets credit again
        rated(kafka, customerId, "A", "0.0050");
        submit(application(customerId, "WORKING_CAPITAL", "300000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aLoanRestoredToSpecialMentionLeavesTheBorrowerOnWatch() {
        UUID customerId = knownCustomer(kafka);
        UUID loanId = UUID.randomUUID();
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, loanId, Borrowers.defaulted(customerId, loanId));
        Flows.awaitBlocked(customerId);
        kafka.publish(EventTypes.MONITORING_LOAN_RESTORED, loanId,
                restored(customerId, loanId, LoanCategory.SPECIAL_MENTION));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                Boolean.FALSE.equals(given().get("/api/borrowers/" + customerId).path("blocked")));
        given().get("/api/borrowers/" + customerId).then()
                .body("watch.reason", containsString(loanId + " restored"));
        rated(kafka, customerId, "A", "0.0050");
        submit(application(customerId, "WORKING_CAPITAL", "300000.00", 12)).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("decisions[0].reasons[0]", containsString("special mention"));
    }

    private static LoanRestored restored(UUID customerId, UUID loanId, LoanCategory category) {
        return new LoanRestored(loanId, customerId, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 4, 2), category,
                category == LoanCategory.NORMAL ? 1 : 2, "CNY", new BigDecimal("800000.00"));
    }
}
