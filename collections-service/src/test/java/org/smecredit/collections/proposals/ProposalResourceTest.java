package org.smecredit.collections.proposals;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smecredit.collections.CollectionsTestSupport.EAD;
import static org.smecredit.collections.CollectionsTestSupport.WAIT;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.manualRecovery;
import static org.smecredit.collections.CollectionsTestSupport.openCase;
import static org.smecredit.collections.CollectionsTestSupport.repayment;

import java.math.BigDecimal;
import java.time.Duration;
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
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.SchemaValidator;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Two workouts end to end, each step by the person who may take it: case A from default through a four-eyes
 * restructuring to cure (repaid in full by core banking); case B through enforcement proceeds and a four-eyes
 * write-off to a recovery after the write-off; case C's write-off is rejected. Exposure 1,010,912.50 each.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProposalResourceTest {
    static CloudEventsKafka kafka;
    static UUID loanA;
    static UUID loanB;
    static String caseA;
    static String caseB;
    static String caseC;

    @Inject
    BusinessClock clock;

    @Inject
    SchemaValidator schemas;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/proposals");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static Map<String, Object> terms() {
        return Map.of("annualRate", new BigDecimal("0.06"), "termMonths", 24,
                "reason", "order book recovered; cash flow covers 45k a month");
    }

    @Test
    @Order(1)
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void aCollectorProposesButCannotApprove() {
        loanA = UUID.randomUUID();
        loanB = UUID.randomUUID();
        caseA = openCase(kafka, defaulted(loanA, clock.today().minusDays(5)));
        caseB = openCase(kafka, defaulted(loanB, clock.today().minusDays(5)));
        caseC = openCase(kafka, defaulted(UUID.randomUUID(), clock.today().minusDays(5)));

        // restructuring follows the strategy: none chosen yet
        api().body(terms()).post("/api/cases/" + caseA + "/restructuring")
                .then().statusCode(409).body("type", equalTo("https://smecredit.org/problems/strategy-not-restructuring"));
        api().body(Map.of("restructuring", Map.of("annualRate", new BigDecimal("0.06"), "termMonths", 24,
                        "cureProbability", new BigDecimal("0.8"))))
                .put("/api/cases/" + caseA + "/strategy/inputs").then().statusCode(200)
                .body("recommended", equalTo("RESTRUCTURING"));
        api().body(Map.of("strategy", "RESTRUCTURING")).post("/api/cases/" + caseA + "/strategy").then().statusCode(201);

        api().body(Map.of("annualRate", new BigDecimal("0.5"), "termMonths", 0)).post("/api/cases/" + caseA + "/restructuring")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("annualRate", "termMonths", "reason"));
        api().body(terms()).post("/api/cases/" + caseA + "/restructuring").then().statusCode(202)
                .body("kind", equalTo("RESTRUCTURING"))
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("proposedBy", equalTo("col.wang.fang"));
        api().body(terms()).post("/api/cases/" + caseA + "/restructuring")
                .then().statusCode(409).body("type", equalTo("https://smecredit.org/problems/proposal-pending"));
        api().body(Map.of("approve", true)).post("/api/cases/" + caseA + "/restructuring/approval").then().statusCode(403);

        // case B: the factory was auctioned; the rest is to be written off
        api().body(manualRecovery("600000.00", clock.today())).post("/api/cases/" + caseB + "/recoveries")
                .then().statusCode(201);
        api().body(Map.of()).post("/api/cases/" + caseB + "/write-off")
                .then().statusCode(400).body("violations.field", hasItems("reason"));
        api().body(Map.of("reason", "auction proceeds applied; borrower liquidated")).post("/api/cases/" + caseB + "/write-off")
                .then().statusCode(202).body("kind", equalTo("WRITE_OFF"));
        api().body(Map.of("reason", "no assets")).post("/api/cases/" + caseC + "/write-off").then().statusCode(202);
        api().body(Map.of("approve", true)).post("/api/cases/" + caseB + "/write-off/approval").then().statusCode(403);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "col.wang.fang", roles = {"collections-officer", "risk-manager"})
    void theProposerCannotApproveEvenWithTheApproverRole() {
        api().body(Map.of("approve", true)).post("/api/cases/" + caseA + "/restructuring/approval")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/four-eyes"));
        api().body(Map.of("approve", true)).post("/api/cases/" + caseB + "/write-off/approval")
                .then().statusCode(403).body("type", equalTo("https://smecredit.org/problems/four-eyes"));
        api().get("/api/cases/" + caseB).then().body("status", equalTo("OPEN"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "risk.zhou", roles = {"risk-manager", "collections-officer"})
    void aSecondApproverRestructuresAndWritesOff() {
        // 1,010,912.50 at 0.5 % a month over 24 months: 1,010,912.50 × 0.005 / (1 − 1.005^−24) = 44,804.26
        api().body(Map.of("approve", true)).post("/api/cases/" + caseA + "/restructuring/approval")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("principal", equalTo(EAD))
                .body("monthlyPayment", equalTo(new BigDecimal("44804.26")))
                .body("firstDueDate", equalTo(clock.today().plusMonths(1).toString()));
        var restructured = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanA.toString().equals(e.key())
                && EventTypes.COLLECTIONS_LOAN_RESTRUCTURED.type().equals(e.type()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_LOAN_RESTRUCTURED, restructured.json());
        assertEquals(new BigDecimal("44804.26"), restructured.json().get("monthlyPayment").decimalValue());
        assertEquals(24, restructured.json().get("termMonths").asInt());
        assertEquals("col.wang.fang", restructured.json().get("proposedBy").asText());
        assertEquals("risk.zhou", restructured.json().get("approvedBy").asText());
        api().get("/api/cases/" + caseA).then().body("status", equalTo("OPEN"));

        api().body(Map.of("approve", true, "comment", "committee CC-2027-041")).post("/api/cases/" + caseB + "/write-off/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("principal", equalTo(new BigDecimal("410912.50")));
        api().get("/api/cases/" + caseB).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("WRITTEN_OFF"));
        var writtenOff = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanB.toString().equals(e.key())
                && EventTypes.COLLECTIONS_LOAN_WRITTEN_OFF.type().equals(e.type()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_LOAN_WRITTEN_OFF, writtenOff.json());
        assertEquals(new BigDecimal("410912.50"), writtenOff.json().get("amountWrittenOff").decimalValue());
        assertEquals(new BigDecimal("600000.00"), writtenOff.json().get("recoveredToDate").decimalValue());
        assertEquals("risk.zhou", writtenOff.json().get("approvedBy").asText());
        var closed = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanB.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_CLOSED.type().equals(e.type()), WAIT);
        assertEquals("WRITTEN_OFF", closed.json().get("outcome").asText());
        assertEquals(true, closed.json().get("strategy") == null || closed.json().get("strategy").isNull());

        api().body(Map.of("approve", false, "comment", "try the guarantor first")).post("/api/cases/" + caseC + "/write-off/approval")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        api().get("/api/cases/" + caseC).then().body("status", equalTo("OPEN"));
        api().body(Map.of("approve", true)).post("/api/cases/" + caseC + "/write-off/approval")
                .then().statusCode(409).body("type", equalTo("https://smecredit.org/problems/no-pending-proposal"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "col.wang.fang", roles = {"collections-officer", "auditor"})
    void theRestructuredLoanCuresAndTheWrittenOffOneStillRecovers() {
        // the new schedule is paid through core banking until the exposure is repaid: cured
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanA, repayment(loanA, "44804.26", clock.today()));
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanA, repayment(loanA, "966108.24", clock.today()));
        await().atMost(WAIT).pollInSameThread().pollInterval(Duration.ofMillis(250)).until(() ->
                "CLOSED".equals(api().get("/api/cases/" + caseA).then().extract().path("status")));
        api().get("/api/cases/" + caseA).then().body("outcome", equalTo("REPAID_IN_FULL"))
                .body("realizedLgd", equalTo(new BigDecimal("0.0000")));
        // filtered by case as well: a collections-service of a running local stack on the same broker opens its own
        // case for the same default and closes it on the same core banking repayments
        var cured = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanA.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_CLOSED.type().equals(e.type())
                && caseA.equals(e.json().get("caseId").asText()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_CASE_CLOSED, cured.json());
        assertEquals("RESTRUCTURING", cured.json().get("strategy").asText());
        assertEquals(new BigDecimal("0.0000"), cured.json().get("realizedLgd").decimalValue());

        // a recovery after the write-off counts: realized LGD 1 − 700,000 / 1,010,912.50 = 0.3076
        api().body(manualRecovery("100000.00", clock.today())).post("/api/cases/" + caseB + "/recoveries")
                .then().statusCode(201).body("afterClosure", equalTo(true));
        api().get("/api/cases/" + caseB).then().body("realizedLgd", equalTo(new BigDecimal("0.3076")));
        var late = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanB.toString().equals(e.key())
                && EventTypes.COLLECTIONS_RECOVERY_RECORDED.type().equals(e.type())
                && new BigDecimal("700000.00").equals(e.json().get("recoveredToDate").decimalValue()), WAIT);
        assertEquals(new BigDecimal("0.3076"), late.json().get("realizedLgd").decimalValue());

        List<Map<String, Object>> proposals = api().get("/api/cases/" + caseC + "/proposals")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, proposals.size());
        assertEquals("REJECTED", proposals.get(0).get("status"));
        api().queryParam("entityType", ProposalService.ENTITY).queryParam("action", "proposal.approved")
                .queryParam("actor", "risk.zhou").get("/api/audit").then().statusCode(200)
                .body("after.caseId", hasItems(caseA, caseB));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void relationshipManagersCannotProposeOrApprove() {
        String caseId = openCase(kafka, defaulted(UUID.randomUUID(), clock.today().minusDays(5)));
        api().body(Map.of("reason", "x")).post("/api/cases/" + caseId + "/write-off").then().statusCode(403);
        api().body(Map.of("approve", true)).post("/api/cases/" + caseId + "/write-off/approval").then().statusCode(403);
        api().get("/api/cases/" + UUID.randomUUID() + "/proposals").then().statusCode(404);
    }
}
