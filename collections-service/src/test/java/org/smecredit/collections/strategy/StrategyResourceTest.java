package org.smecredit.collections.strategy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smecredit.collections.CollectionsTestSupport.WAIT;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.openCase;
import static org.smecredit.collections.CollectionsTestSupport.writeOffFourEyes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.smecredit.collections.proposals.ProposalService;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.SchemaValidator;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The strategy of a case over REST with the configured assumptions (application.properties: d = 8 %, monthly
 * compounding). The case is the contract sample's default: exposure 1,010,912.50. The first three tests walk one
 * choice below the recommendation through the four-eyes approval, each as a different user.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrategyResourceTest {
    static CloudEventsKafka kafka;
    static UUID fourEyesLoan;
    static String fourEyesCase;

    @Inject
    BusinessClock clock;

    @Inject
    ProposalService proposals;

    @Inject
    SchemaValidator schemas;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/strategy");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** A factory worth 1,000,000; a 300,000 guarantee paid with probability 0.5; restructuring at 8 % for 36 months. */
    static Map<String, Object> inputs() {
        return Map.of(
                "collateral", List.of(Map.of("type", "REAL_ESTATE", "appraisedValue", new BigDecimal("1000000.00"),
                        "description", "factory building, Kunshan")),
                "guarantees", List.of(Map.of("guarantor", "Suzhou Hengda Trading", "amount", new BigDecimal("300000"),
                        "payProbability", new BigDecimal("0.5"))),
                "restructuring", Map.of("annualRate", new BigDecimal("0.08"), "termMonths", 36,
                        "cureProbability", new BigDecimal("0.7")));
    }

    String newCase(UUID loanId) {
        return openCase(kafka, defaulted(loanId, clock.today().minusDays(5)));
    }

    private static String path(String caseId) {
        return "/api/cases/" + caseId + "/strategy";
    }

    @Test
    @Order(1)
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void valuesEveryOptionAndHoldsAChoiceBelowTheRecommendationForASecondApprover() {
        fourEyesLoan = UUID.randomUUID();
        fourEyesCase = newCase(fourEyesLoan);

        // without inputs: no guarantor claim, no enforcement
        api().get(path(fourEyesCase)).then().statusCode(200)
                .body("exposure", equalTo(new BigDecimal("1010912.50")))
                .body("options.find { it.option == 'GUARANTOR_CLAIM' }.available", equalTo(false))
                .body("options.find { it.option == 'COLLATERAL_ENFORCEMENT' }.available", equalTo(false));

        api().body(inputs()).put(path(fourEyesCase) + "/inputs").then().statusCode(200)
                .body("discountRate", equalTo(new BigDecimal("0.08")))
                .body("inputsEnteredBy", equalTo("col.wang.fang"))
                // 1,000,000 × 0.70 × 0.95 × (1 + 0.08/12)^−18 − 30,000
                .body("options.find { it.option == 'COLLATERAL_ENFORCEMENT' }.npv", equalTo(new BigDecimal("560037.01")))
                // 1,010,912.50 × 0.30 × (1 + 0.08/12)^−3
                .body("options.find { it.option == 'DEBT_SALE' }.npv", equalTo(new BigDecimal("297288.26")))
                // 300,000 × 0.5 × (1 + 0.08/12)^−12 − 20,000
                .body("options.find { it.option == 'GUARANTOR_CLAIM' }.npv", equalTo(new BigDecimal("118504.22")))
                // new rate = discount rate: PV if cured = exposure; 0.7 × 1,010,912.50 + 0.3 × 560,037.01 × DF(12) − 5,000
                .body("options.find { it.option == 'RESTRUCTURING' }.assumptions.presentValueIfCured",
                        equalTo(new BigDecimal("1010912.50")))
                .body("options.find { it.option == 'RESTRUCTURING' }.npv", equalTo(new BigDecimal("857773.73")))
                .body("recommended", equalTo("RESTRUCTURING"));

        api().body(Map.of("strategy", "COLLATERAL_ENFORCEMENT")).post(path(fourEyesCase))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/reason-required"));

        api().body(Map.of("strategy", "COLLATERAL_ENFORCEMENT", "reason", "owner absconded; no one to restructure with"))
                .post(path(fourEyesCase)).then().statusCode(202)
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("belowRecommendation", equalTo(true))
                .body("expectedNpv", equalTo(new BigDecimal("560037.01")))
                .body("recommendedStrategy", equalTo("RESTRUCTURING"))
                .body("recommendedNpv", equalTo(new BigDecimal("857773.73")));

        api().body(Map.of("strategy", "RESTRUCTURING")).post(path(fourEyesCase))
                .then().statusCode(409).body("type", equalTo("https://smecredit.org/problems/choice-pending"));
        api().body(Map.of("approve", true)).post(path(fourEyesCase) + "/approval")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "col.wang.fang", roles = {"collections-officer", "risk-manager"})
    void theMakerCannotApproveHisOwnChoiceEvenWithTheApproverRole() {
        api().body(Map.of("approve", true)).post(path(fourEyesCase) + "/approval")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/four-eyes"));
        api().get(path(fourEyesCase)).then().statusCode(200)
                .body("choices[0].status", equalTo("PENDING_APPROVAL"))
                .body("current", nullValue());
    }

    @Test
    @Order(3)
    @TestSecurity(user = "risk.zhou", roles = {"risk-manager", "auditor"})
    void aSecondApproverPutsTheChoiceIntoEffectAndItIsPublished() {
        api().body(Map.of("approve", true, "comment", "confirmed with the branch")).post(path(fourEyesCase) + "/approval")
                .then().statusCode(200)
                .body("status", equalTo("CHOSEN"))
                .body("decidedBy", equalTo("risk.zhou"))
                .body("effectiveOn", equalTo(clock.today().toString()));

        var event = kafka.await(Topics.COLLECTIONS_EVENTS, e -> fourEyesLoan.toString().equals(e.key())
                && EventTypes.COLLECTIONS_STRATEGY_CHOSEN.type().equals(e.type()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_STRATEGY_CHOSEN, event.json());
        assertEquals(fourEyesCase, event.json().get("caseId").asText());
        assertEquals("COLLATERAL_ENFORCEMENT", event.json().get("strategy").asText());
        assertEquals(new BigDecimal("560037.01"), event.json().get("expectedNpv").decimalValue());
        assertEquals("RESTRUCTURING", event.json().get("recommendedStrategy").asText());
        assertEquals("col.wang.fang", event.json().get("chosenBy").asText());
        assertEquals("risk.zhou", event.json().get("approvedBy").asText());
        assertTrue(event.json().get("reason").asText().contains("absconded"));

        api().get(path(fourEyesCase)).then().statusCode(200)
                .body("current.strategy", equalTo("COLLATERAL_ENFORCEMENT"));
        api().queryParam("entityType", StrategyService.CHOICE).queryParam("action", "strategy.approved")
                .queryParam("actor", "risk.zhou").get("/api/audit")
                .then().statusCode(200).body("after.strategy", hasItem("COLLATERAL_ENFORCEMENT"));
        api().body(Map.of("approve", true)).post(path(fourEyesCase) + "/approval")
                .then().statusCode(409).body("type", equalTo("https://smecredit.org/problems/no-pending-choice"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "col.zhao.lei", roles = "collections-officer")
    void followingTheRecommendationTakesEffectAtOnce() {
        UUID loanId = UUID.randomUUID();
        String caseId = newCase(loanId);
        api().body(inputs()).put(path(caseId) + "/inputs").then().statusCode(200);

        api().body(Map.of("strategy", "RESTRUCTURING")).post(path(caseId)).then().statusCode(201)
                .body("status", equalTo("CHOSEN"))
                .body("belowRecommendation", equalTo(false))
                .body("reason", nullValue());

        var event = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_STRATEGY_CHOSEN.type().equals(e.type()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_STRATEGY_CHOSEN, event.json());
        assertEquals("RESTRUCTURING", event.json().get("strategy").asText());
        assertEquals(new BigDecimal("857773.73"), event.json().get("expectedNpv").decimalValue());
        assertTrue(event.json().get("approvedBy").isNull());
    }

    @Test
    @Order(5)
    @TestSecurity(user = "col.zhao.lei", roles = "collections-officer")
    void answersBadInputsWithProblemsNamingTheField() {
        String caseId = newCase(UUID.randomUUID());
        api().body(Map.of("collateral", List.of(Map.of("type", "REAL_ESTATE", "appraisedValue", -1)),
                        "restructuring", Map.of("cureProbability", new BigDecimal("1.5"), "termMonths", 0)))
                .put(path(caseId) + "/inputs").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("collateral[0].appraisedValue",
                        "restructuring.cureProbability", "restructuring.termMonths"));
        api().body(Map.of("collateral", List.of(Map.of("type", "GOLD_BARS", "appraisedValue", 1))))
                .put(path(caseId) + "/inputs").then().statusCode(400).contentType("application/problem+json");
        api().body(Map.of("strategy", "SELL_TO_COUSIN")).post(path(caseId)).then().statusCode(400);
        api().body(Map.of()).post(path(caseId)).then().statusCode(400).body("violations.field", hasItem("strategy"));
        // no guarantee entered: the guarantor claim cannot be chosen
        api().body(Map.of("strategy", "GUARANTOR_CLAIM", "reason", "try")).post(path(caseId))
                .then().statusCode(422).body("type", equalTo("https://smecredit.org/problems/strategy-not-available"));
        api().body(Map.of("approve", true)).post(path(caseId) + "/approval").then().statusCode(403);
        api().get(path(UUID.randomUUID().toString())).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(6)
    @TestSecurity(user = "col.zhao.lei", roles = "collections-officer")
    void aClosedCaseTakesNoNewStrategy() {
        String caseId = newCase(UUID.randomUUID());
        writeOffFourEyes(proposals, caseId);
        api().body(Map.of("strategy", "WRITE_OFF")).post(path(caseId))
                .then().statusCode(409).body("type", equalTo("https://smecredit.org/problems/illegal-transition"));
        api().body(inputs()).put(path(caseId) + "/inputs").then().statusCode(409);
        // the written-off claim is still valued: the bank keeps the right to recover
        api().get(path(caseId)).then().statusCode(200).body("exposure", equalTo(new BigDecimal("1010912.50")));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "audit.sun", roles = "auditor")
    void auditorsReadTheStrategyButCannotEnterOrChoose() {
        api().get(path(fourEyesCase)).then().statusCode(200).body("recommended", equalTo("RESTRUCTURING"));
        api().body(inputs()).put(path(fourEyesCase) + "/inputs").then().statusCode(403);
        api().body(Map.of("strategy", "RESTRUCTURING")).post(path(fourEyesCase)).then().statusCode(403);
    }
}
