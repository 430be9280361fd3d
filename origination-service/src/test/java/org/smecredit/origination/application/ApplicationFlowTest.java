package org.smecredit.origination.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smecredit.origination.support.Flows.WAIT;
import static org.smecredit.origination.support.Flows.application;
import static org.smecredit.origination.support.Flows.awaitStatus;
import static org.smecredit.origination.support.Flows.blocked;
import static org.smecredit.origination.support.Flows.knownCustomer;
import static org.smecredit.origination.support.Flows.rated;
import static org.smecredit.origination.support.Flows.submit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.origination.support.Borrowers;
import org.smecredit.origination.support.Flows;
import org.smecredit.origination.support.Identities;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The credit decision end to end: Kafka in, REST, Kafka out, against real PostgreSQL and Kafka. */
@QuarkusTest
class ApplicationFlowTest {
    static CloudEventsKafka kafka;

    @Inject
    TestIdentityAssociation identities;

    @Inject
    BusinessClock clock;

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
    void anApplicationWaitsForTheRatingIsOfferedAcceptedContractedAndDisbursed() {
        UUID customerId = knownCustomer(kafka);
        String id = submit(application(customerId, "WORKING_CAPITAL", "1000000.00", 12))
                .statusCode(201)
                .header("Location", containsString("/api/applications/"))
                .body("status", equalTo("AWAITING_RATING"))
                .body("submittedBy", equalTo("rm.li"))
                .body("amount", equalTo(new BigDecimal("1000000.00")))
                .body("currency", equalTo("CNY"))
                .body("decisions", hasSize(0))
                .extract().path("id");

        rated(kafka, customerId, "BBB", "0.0125");
        awaitStatus(id, "APPROVED");
        LocalDate today = LocalDate.now(clock.zone());

        // no statement yet, so no SME adjustment: corporate RW 99.6656 % (Basel II ¶272);
        // 0.0300 + 0.0125 × 0.45 + 0.996656 × 0.105 × 0.12 + 0.0050 + 0.0050 = 0.0581829 → 0.0582
        given().get("/api/applications/" + id).then().statusCode(200)
                .body("rating.grade", equalTo("BBB"))
                .body("rating.pd", equalTo(new BigDecimal("0.0125")))
                .body("pricing.lpr", equalTo(new BigDecimal("0.0300")))
                .body("pricing.lgd", equalTo(new BigDecimal("0.4500")))
                .body("pricing.riskPremium", equalTo(new BigDecimal("0.005625")))
                .body("pricing.riskWeight", equalTo(new BigDecimal("0.996656")))
                .body("pricing.salesEurMillion", nullValue())
                .body("pricing.annualRate", equalTo(new BigDecimal("0.0582")))
                .body("decisions", hasSize(1))
                .body("decisions[0].outcome", equalTo("APPROVED"))
                .body("decisions[0].automatic", equalTo(true))
                .body("decisions[0].decidedBy", equalTo("system:origination-service"))
                .body("decisions[0].reasons", hasItem(startsWith(
                        "authority: amount 1000000.00 CNY within automatic authority 3000000.00 CNY")))
                .body("decisions[0].reasons", hasItem("pricing: LPR 3.00 % + PD × LGD 0.5625 % + capital charge "
                        + "1.2558 % (RW 99.6656 % × capital ratio 10.50 % × hurdle 12.00 %) + operating cost 0.50 %"
                        + " + margin 0.50 % = 5.82 %, annual rate 5.82 %"))
                .body("authorityLevel", equalTo("AUTOMATIC"))
                .body("creditSupport.unsecured", equalTo(true))
                .body("creditSupport.lgd", equalTo(new BigDecimal("0.4500")))
                // an offer, nothing booked yet
                .body("loanId", nullValue())
                .body("offer.priceVersion", equalTo(1))
                .body("offer.expiresOn", equalTo(today.plusDays(30).toString()))
                .body("offer.acceptedBy", nullValue());
        given().contentType(ContentType.JSON).post("/api/applications/" + id + "/disbursement")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"))
                .body("currentStatus", equalTo("APPROVED"))
                .body("requestedStatus", equalTo("DISBURSED"));

        // the borrower accepts (through its relationship manager): the loan is contracted at the offered price
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", 2))
                .post("/api/applications/" + id + "/acceptance")
                .then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/stale-price-version"))
                .body("violations[0].field", equalTo("priceVersion"));
        String loanId = given().contentType(ContentType.JSON)
                .body(Map.of("priceVersion", 1, "comment", "signed at the branch"))
                .post("/api/applications/" + id + "/acceptance")
                .then().statusCode(200)
                .body("status", equalTo("CONTRACTED"))
                .body("offer.acceptedBy", equalTo("rm.li"))
                .body("offer.acceptedPriceVersion", equalTo(1))
                .body("loanId", notNullValue())
                .extract().path("loanId");
        given().get("/api/loans/" + loanId).then().statusCode(200)
                .body("status", equalTo("CONTRACTED"))
                .body("contractedOn", equalTo(today.toString()))
                .body("latestDrawdownDate", equalTo(today.plusDays(90).toString()))
                .body("disbursedOn", nullValue())
                .body("schedule", hasSize(12));

        // value date outside the drawdown window: 422 naming valueDate
        given().contentType(ContentType.JSON).body(Map.of("valueDate", today.minusDays(1).toString()))
                .post("/api/applications/" + id + "/disbursement")
                .then().statusCode(422)
                .body("violations[0].field", equalTo("valueDate"));
        given().contentType(ContentType.JSON).body(Map.of("valueDate", today.plusDays(91).toString()))
                .post("/api/applications/" + id + "/disbursement")
                .then().statusCode(422)
                .body("violations[0].field", equalTo("valueDate"));

        // paid out tomorrow: interest runs from the disbursement, so the schedule starts from the value date
        LocalDate valueDate = today.plusDays(1);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "disburse-" + id)
                .body(Map.of("valueDate", valueDate.toString()))
                .post("/api/applications/" + id + "/disbursement")
                .then().statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("DISBURSED"))
                .body("loanId", equalTo(loanId));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "disburse-" + id)
                .body(Map.of("valueDate", valueDate.toString()))
                .post("/api/applications/" + id + "/disbursement")
                .then().statusCode(200)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("status", equalTo("DISBURSED"));
        given().contentType(ContentType.JSON).post("/api/applications/" + id + "/disbursement")
                .then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"));

        var loan = given().get("/api/loans/" + loanId).then().statusCode(200)
                .body("status", equalTo("DISBURSED"))
                .body("applicationId", equalTo(id))
                .body("principal", equalTo(new BigDecimal("1000000.00")))
                .body("annualRate", equalTo(new BigDecimal("0.0582")))
                .body("disbursedOn", equalTo(valueDate.toString()))
                .body("maturityDate", equalTo(valueDate.plusMonths(12).toString()))
                .body("lgd", equalTo(new BigDecimal("0.4500")))
                .body("schedule", hasSize(12))
                .body("schedule[0].dueDate", equalTo(valueDate.plusMonths(1).toString()))
                .extract();
        List<BigDecimal> principal = loan.path("schedule.principal");
        assertEquals(new BigDecimal("1000000.00"), principal.stream().reduce(BigDecimal.ZERO, BigDecimal::add));

        var disbursed = kafka.await(Topics.ORIGINATION_EVENTS, e -> loanId.equals(e.key())
                && EventTypes.ORIGINATION_LOAN_DISBURSED.type().equals(e.type()), WAIT).json();
        assertEquals(id, disbursed.get("applicationId").asText());
        assertEquals("BBB", disbursed.get("grade").asText());
        assertEquals(new BigDecimal("0.0125"), disbursed.get("pd").decimalValue());
        assertEquals(new BigDecimal("0.4500"), disbursed.get("lgd").decimalValue());
        assertEquals(12, disbursed.get("schedule").size());
        assertEquals(fieldNames(Borrowers.sample("origination.loan-disbursed.v1")), fieldNames(disbursed.toString()));

        var instruction = kafka.await(Topics.COREBANKING_DISBURSEMENTS, e -> loanId.equals(e.key())
                && EventTypes.COREBANKING_DISBURSEMENT_REQUESTED.type().equals(e.type()), WAIT).json();
        assertEquals(new BigDecimal("1000000.00"), instruction.get("amount").decimalValue());
        assertEquals("CNY", instruction.get("currency").asText());
        assertEquals(customerId.toString(), instruction.get("customerId").asText());
        assertEquals(valueDate.toString(), instruction.get("valueDate").asText());
        assertEquals(valueDate.toString(), disbursed.get("disbursedOn").asText());
        assertEquals(1, kafka.collect(Topics.COREBANKING_DISBURSEMENTS, e -> loanId.equals(e.key()), 1,
                java.time.Duration.ofSeconds(3)).size(), "one instruction, however often the disbursement is retried");
        assertEquals(fieldNames(Borrowers.sample("corebanking.disbursement-requested.v1")), fieldNames(instruction.toString()));

        var submitted = kafka.await(Topics.ORIGINATION_EVENTS, e -> customerId.toString().equals(e.key())
                && EventTypes.ORIGINATION_APPLICATION_SUBMITTED.type().equals(e.type()), WAIT).json();
        assertEquals(id, submitted.get("applicationId").asText());
        assertEquals("rm.li", submitted.get("submittedBy").asText());
        var decided = kafka.await(Topics.ORIGINATION_EVENTS, e -> customerId.toString().equals(e.key())
                && EventTypes.ORIGINATION_APPLICATION_DECIDED.type().equals(e.type()), WAIT).json();
        assertEquals("APPROVED", decided.get("decision").asText());
        assertEquals(new BigDecimal("0.0582"), decided.get("annualRate").decimalValue());

        given().queryParam("entityId", id).get("/api/audit").then().statusCode(200)
                .body("action", equalTo(List.of("application.drafted", "application.submitted",
                        "application.awaiting-rating", "application.under-review", "application.approved",
                        "application.accepted", "application.disbursed")))
                .body("[0].before", nullValue())
                .body("[0].after.status", equalTo("DRAFT"))
                .body("[1].before.status", equalTo("DRAFT"))
                .body("[1].after.status", equalTo("SUBMITTED"))
                .body("[3].before.status", equalTo("AWAITING_RATING"))
                .body("[3].after.status", equalTo("UNDER_REVIEW"))
                .body("[4].before.status", equalTo("UNDER_REVIEW"))
                .body("[4].after.status", equalTo("APPROVED"))
                .body("[5].before.status", equalTo("APPROVED"))
                .body("[5].after.application.status", equalTo("CONTRACTED"))
                .body("[5].after.acceptedPriceVersion", equalTo(1))
                .body("[6].before.status", equalTo("CONTRACTED"))
                .body("[6].after.application.status", equalTo("DISBURSED"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aRatedBorrowerIsDecidedAtOnceAndItsScheduleFallsDueAtMonthEnds() {
        clock.setToday(LocalDate.of(2026, 1, 31));
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0040");
        String id = submit(application(customerId, "TERM_LOAN", "2400000.00", 24))
                .statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("decisions[0].outcome", equalTo("APPROVED"))
                // 0.03 + 0.004 × 0.45 + 0.627177 × 0.0126 + 0.01 = 0.0497024 → 0.0497
                .body("pricing.annualRate", equalTo(new BigDecimal("0.0497")))
                .extract().path("id");
        String loanId = Flows.acceptAndDisburse(id);
        given().get("/api/loans/" + loanId).then().statusCode(200)
                .body("disbursedOn", equalTo("2026-01-31"))
                .body("schedule[0].dueDate", equalTo("2026-02-28"))
                .body("schedule[1].dueDate", equalTo("2026-03-31"))
                .body("schedule[2].dueDate", equalTo("2026-04-30"))
                .body("maturityDate", equalTo("2028-01-31"));
    }

    @Test
    @TestSecurity(user = "rm.wang", roles = {"relationship-manager", "credit-approver"})
    void aReferredApplicationIsApprovedByAnotherPersonNeverByItsSubmitter() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BB", "0.0300");
        String id = submit(application(customerId, "WORKING_CAPITAL", "1000000.00", 12))
                .statusCode(201)
                .body("status", equalTo("REFERRED"))
                .body("decisions[0].reasons", hasItem(containsString("no automatic authority in this band")))
                .body("authorityLevel", equalTo("BRANCH"))
                .body("requiredApprovals", equalTo(1))
                // 0.03 + 0.03 × 0.45 + 1.284377 × 0.0126 + 0.01 = 0.0696832 → 0.0697, offered if a person approves
                .body("pricing.annualRate", equalTo(new BigDecimal("0.0697")))
                .body("loanId", nullValue())
                .extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("comment", "my own customer, good relationship"))
                .post("/api/applications/" + id + "/approval")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/maker-checker"));
        given().get("/api/applications/" + id).then().body("status", equalTo("REFERRED"));

        Identities.as(identities, "approver.zhao", "credit-approver");
        given().contentType(ContentType.JSON)
                .body(Map.of("comment", "collateralised by receivables; cash flow covers debt service 1.8x"))
                .post("/api/applications/" + id + "/approval")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("loanId", nullValue())
                .body("decisions", hasSize(2))
                .body("decisions[1].outcome", equalTo("APPROVED"))
                .body("decisions[1].automatic", equalTo(false))
                .body("decisions[1].decidedBy", equalTo("approver.zhao"))
                .body("decisions[1].comment", containsString("debt service"));
        Identities.as(identities, "rm.wang", "relationship-manager");
        String loanId = Flows.acceptAndDisburse(id);
        given().get("/api/loans/" + loanId).then().statusCode(200)
                .body("annualRate", equalTo(new BigDecimal("0.0697")))
                .body("bookedBy", equalTo("rm.wang"));

        var decided = kafka.collect(Topics.ORIGINATION_EVENTS, e -> customerId.toString().equals(e.key())
                && EventTypes.ORIGINATION_APPLICATION_DECIDED.type().equals(e.type()), 2, WAIT);
        assertEquals(List.of("REFERRED", "APPROVED"), decided.stream().map(e -> e.json().get("decision").asText()).toList());
        assertEquals("approver.zhao", decided.get(1).json().get("decidedBy").asText());
        kafka.await(Topics.COREBANKING_DISBURSEMENTS, e -> loanId.equals(e.key()), WAIT);

        Identities.as(identities, "approver.zhao", "credit-approver");
        given().contentType(ContentType.JSON).body(Map.of("comment", "again"))
                .post("/api/applications/" + id + "/approval")
                .then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aCreditApproverRejectsAReferredApplicationAndNothingIsBooked() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BBB", "0.0150");
        String id = submit(application(customerId, "TERM_LOAN", "5000000.00", 48))
                .statusCode(201)
                .body("status", equalTo("REFERRED"))
                .body("decisions[0].reasons", hasItem(containsString(
                        "above automatic authority 3000000.00 CNY; within branch authority 5000000.00 CNY")))
                .extract().path("id");

        Identities.as(identities, "approver.zhao", "credit-approver");
        given().contentType(ContentType.JSON).body(Map.of("comment", "concentration in one buyer"))
                .post("/api/applications/" + id + "/rejection")
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("loanId", nullValue())
                .body("decisions[1].outcome", equalTo("REJECTED"));
        var decided = kafka.collect(Topics.ORIGINATION_EVENTS, e -> customerId.toString().equals(e.key())
                && EventTypes.ORIGINATION_APPLICATION_DECIDED.type().equals(e.type()), 2, WAIT);
        assertEquals("REJECTED", decided.get(1).json().get("decision").asText());
        assertEquals(true, decided.get(1).json().get("annualRate").isNull());
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aBorrowerWithASubstandardLoanIsRejectedWithTheReason() {
        UUID customerId = knownCustomer(kafka);
        UUID badLoan = blocked(kafka, customerId);
        rated(kafka, customerId, "A", "0.0050");
        submit(application(customerId, "WORKING_CAPITAL", "500000.00", 12))
                .statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("pricing", nullValue())
                .body("loanId", nullValue())
                .body("decisions[0].reasons[0]", containsString("blocked for new credit"))
                .body("decisions[0].reasons[0]", containsString(badLoan + " classified SUBSTANDARD"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aDefaultedLoanBlocksTheBorrowerAndARatingThenRejectsWhatWaited() {
        UUID customerId = knownCustomer(kafka);
        String id = submit(application(customerId, "WORKING_CAPITAL", "500000.00", 12))
                .statusCode(201).body("status", equalTo("AWAITING_RATING")).extract().path("id");
        UUID loanId = UUID.randomUUID();
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, loanId, Borrowers.defaulted(customerId, loanId));
        Flows.awaitBlocked(customerId);
        given().get("/api/borrowers/" + customerId).then()
                .body("block.reason", containsString(loanId + " defaulted on 2026-04-02"));
        rated(kafka, customerId, "A", "0.0050");
        awaitStatus(id, "REJECTED");
        given().get("/api/applications/" + id).then()
                .body("decisions[0].reasons[0]", containsString("defaulted"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aBorrowerBlockedAfterReferralCannotBeApproved() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BB", "0.0350");
        String id = submit(application(customerId, "WORKING_CAPITAL", "800000.00", 12))
                .statusCode(201).body("status", equalTo("REFERRED")).extract().path("id");
        blocked(kafka, customerId);

        Identities.as(identities, "approver.zhao", "credit-approver");
        given().contentType(ContentType.JSON).body(Map.of("comment", "ok"))
                .post("/api/applications/" + id + "/approval")
                .then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/customer-blocked"));
        given().get("/api/applications/" + id).then().body("status", equalTo("REFERRED"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aBetterClassificationDoesNotBlock() {
        UUID customerId = knownCustomer(kafka);
        UUID loanId = UUID.randomUUID();
        kafka.publish(EventTypes.MONITORING_LOAN_CLASSIFIED, loanId,
                Borrowers.classified(customerId, loanId, LoanCategory.SPECIAL_MENTION, 12));
        // a marker behind it on the same partition (same key): once it is processed, so is the event before it
        UUID marker = knownCustomer(kafka);
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, loanId, Borrowers.defaulted(marker, UUID.randomUUID()));
        Flows.awaitBlocked(marker);
        given().get("/api/borrowers/" + customerId).then().body("blocked", equalTo(false));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = {"relationship-manager", "auditor"})
    void aRedeliveredRatingHasNoSecondEffect() {
        UUID customerId = knownCustomer(kafka);
        String id = submit(application(customerId, "WORKING_CAPITAL", "600000.00", 12))
                .statusCode(201).body("status", equalTo("AWAITING_RATING")).extract().path("id");
        var first = Borrowers.rating(customerId, "BBB", "0.0125");
        String eventId = UUID.randomUUID().toString();
        kafka.publish(Topics.RATING_EVENTS, EventTypes.RATING_ASSIGNED.type(), customerId.toString(), eventId,
                CloudEventsKafka.toJson(first));
        // the same CloudEvent id again, with a payload that would change everything were it processed
        var replay = Borrowers.rating(customerId, "CCC", "0.0900");
        kafka.publish(Topics.RATING_EVENTS, EventTypes.RATING_ASSIGNED.type(), customerId.toString(), eventId,
                CloudEventsKafka.toJson(replay));
        UUID marker = knownCustomer(kafka);
        var markerRating = Borrowers.rating(marker, "A", "0.0050");
        kafka.publish(Topics.RATING_EVENTS, EventTypes.RATING_ASSIGNED.type(), customerId.toString(),
                UUID.randomUUID().toString(), CloudEventsKafka.toJson(markerRating));
        Flows.awaitRating(marker, markerRating.ratingId());

        given().get("/api/borrowers/" + customerId).then()
                .body("rating.ratingId", equalTo(first.ratingId().toString()))
                .body("rating.grade", equalTo("BBB"));
        given().get("/api/applications/" + id).then()
                .body("status", equalTo("APPROVED"))
                .body("offer.priceVersion", equalTo(1))
                .body("decisions", hasSize(1));
        given().queryParam("entityId", customerId.toString()).queryParam("action", "borrower.rated")
                .get("/api/audit").then().body("$", hasSize(1));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void anOlderRatingArrivingLateDoesNotReplaceTheLatest() {
        UUID customerId = knownCustomer(kafka);
        var latest = rated(kafka, customerId, "A", "0.0050");
        var sample = Borrowers.rating(customerId, "B", "0.0500");
        var older = new RatingAssigned(sample.ratingId(), customerId, sample.grade(), sample.pd(), sample.score(),
                sample.modelVersion(), sample.trigger(), latest.ratedOn().minusDays(30), sample.statementId(),
                sample.drivers());
        kafka.publish(EventTypes.RATING_ASSIGNED, customerId, older);
        // a marker behind it on the same partition (same key): once it is processed, so is the older rating
        UUID marker = knownCustomer(kafka);
        var markerRating = Borrowers.rating(marker, "A", "0.0050");
        kafka.publish(Topics.RATING_EVENTS, EventTypes.RATING_ASSIGNED.type(), customerId.toString(),
                UUID.randomUUID().toString(), CloudEventsKafka.toJson(markerRating));
        Flows.awaitRating(marker, markerRating.ratingId());
        given().get("/api/borrowers/" + customerId).then()
                .body("rating.ratingId", equalTo(latest.ratingId().toString()))
                .body("rating.grade", equalTo("A"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aRedeliveredRegistrationOrBlockHasNoSecondEffect() {
        UUID customerId = UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        var original = Borrowers.registered(customerId);
        kafka.publish(Topics.CUSTOMER_EVENTS, EventTypes.CUSTOMER_REGISTERED.type(), customerId.toString(),
                registration, CloudEventsKafka.toJson(original));
        var changed = new CustomerRegistered(customerId, original.uscc(),
                "Renamed Trading Co., Ltd.", "F51", "110000", 3, null, null);
        kafka.publish(Topics.CUSTOMER_EVENTS, EventTypes.CUSTOMER_REGISTERED.type(), customerId.toString(),
                registration, CloudEventsKafka.toJson(changed));
        UUID marker = UUID.randomUUID();
        kafka.publish(Topics.CUSTOMER_EVENTS, EventTypes.CUSTOMER_REGISTERED.type(), customerId.toString(),
                UUID.randomUUID().toString(), CloudEventsKafka.toJson(Borrowers.registered(marker)));
        await().atMost(WAIT).until(() ->
                given().get("/api/borrowers/" + marker).statusCode() == 200);
        given().get("/api/borrowers/" + customerId).then()
                .body("legalName", equalTo(original.legalName()))
                .body("industryCode", equalTo("C34"));

        UUID loanId = UUID.randomUUID();
        String block = UUID.randomUUID().toString();
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), loanId.toString(), block,
                CloudEventsKafka.toJson(Borrowers.defaulted(customerId, loanId)));
        UUID otherLoan = UUID.randomUUID();
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), loanId.toString(), block,
                CloudEventsKafka.toJson(Borrowers.defaulted(customerId, otherLoan)));
        UUID blockMarker = knownCustomer(kafka);
        // the marker is another loan on the same key (partition)
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, loanId,
                Borrowers.defaulted(blockMarker, UUID.randomUUID()));
        Flows.awaitBlocked(blockMarker);
        given().get("/api/borrowers/" + customerId).then()
                .body("blocked", equalTo(true))
                .body("block.loanId", equalTo(loanId.toString()));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void poisonMessagesOnEveryConsumedTopicGoToTheDeadLetterTopic() {
        String dlq = Topics.deadLetter("origination-service");
        List<String> keys = new ArrayList<>();
        for (String topic : List.of(Topics.CUSTOMER_EVENTS, Topics.RATING_EVENTS, Topics.MONITORING_EVENTS)) {
            String key = "poison-" + UUID.randomUUID();
            keys.add(key);
            String type = switch (topic) {
                case Topics.CUSTOMER_EVENTS -> EventTypes.CUSTOMER_REGISTERED.type();
                case Topics.RATING_EVENTS -> EventTypes.RATING_ASSIGNED.type();
                default -> EventTypes.MONITORING_LOAN_DEFAULTED.type();
            };
            // valid JSON that breaks the contract: no ids, a PD above 1
            kafka.publish(topic, type, key, UUID.randomUUID().toString(), "{\"grade\": \"A\", \"pd\": 7}");
        }
        var dead = kafka.collect(dlq, e -> keys.contains(e.key()), 3, WAIT);
        // at-least-once: a consumer-group rebalance on the shared broker may dead-letter a message twice
        assertEquals(3, dead.stream().map(CloudEventsKafka.Received::key).distinct().count(),
                "all three poison messages dead-lettered");

        String unparseable = "poison-" + UUID.randomUUID();
        kafka.publish(Topics.RATING_EVENTS, EventTypes.RATING_ASSIGNED.type(), unparseable,
                UUID.randomUUID().toString(), "{not json");
        kafka.await(dlq, e -> unparseable.equals(e.key()), WAIT);
    }

    private static List<String> fieldNames(String json) {
        try {
            JsonNode node = CloudEventsKafka.JSON.readTree(json);
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(String::compareTo);
            return names;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
