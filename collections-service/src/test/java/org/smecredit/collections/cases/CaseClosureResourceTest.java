package org.smecredit.collections.cases;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smecredit.collections.CollectionsTestSupport.EAD;
import static org.smecredit.collections.CollectionsTestSupport.WAIT;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.manualRecovery;
import static org.smecredit.collections.CollectionsTestSupport.openCase;
import static org.smecredit.collections.CollectionsTestSupport.recoveriesOf;
import static org.smecredit.collections.CollectionsTestSupport.repayment;
import static org.smecredit.collections.CollectionsTestSupport.writeOffFourEyes;

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
import org.smecredit.collections.proposals.ProposalService;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.SchemaValidator;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class CaseClosureResourceTest {
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    @Inject
    ProposalService proposals;

    /** The contract's JSON Schema: what this service emits is what consumers validate against. */
    @Inject
    SchemaValidator schemas;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/closure");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static Map<String, Object> closure(String outcome) {
        return Map.of("outcome", outcome, "reason", "credit committee minute CC-2027-031");
    }

    String newCase(UUID loanId) {
        return openCase(kafka, defaulted(loanId, clock.today().minusDays(5)));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = {"collections-officer", "auditor"})
    void settlingClosesTheCaseAndPublishesTheRealizedLgd() {
        UUID loanId = UUID.randomUUID();
        String caseId = newCase(loanId);
        LocalDate today = clock.today();
        api().body(manualRecovery("720000.00", today)).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(201);

        api().body(closure("SETTLED")).post("/api/cases/" + caseId + "/closure")
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("SETTLED"))
                .body("closedBy", equalTo("col.wang.fang"))
                .body("closureReason", equalTo("credit committee minute CC-2027-031"))
                // 1 − 720,000.00 / 1,010,912.50 = 0.28777… → 0.2878
                .body("realizedLgd", equalTo(new BigDecimal("0.2878")));

        var event = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_CLOSED.type().equals(e.type()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_CASE_CLOSED, event.json());
        assertEquals(caseId, event.json().get("caseId").asText());
        assertEquals("SETTLED", event.json().get("outcome").asText());
        assertEquals(EAD, event.json().get("exposureAtDefault").decimalValue());
        assertEquals(new BigDecimal("720000.00"), event.json().get("totalRecovered").decimalValue());
        assertEquals(new BigDecimal("0.2878"), event.json().get("realizedLgd").decimalValue());
        assertEquals(today.toString(), event.json().get("closedOn").asText());

        api().queryParam("entityId", caseId).queryParam("action", "case.closed").get("/api/audit")
                .then().statusCode(200)
                .body("[0].actor", equalTo("col.wang.fang"))
                .body("[0].before.status", equalTo("OPEN"))
                .body("[0].after.outcome", equalTo("SETTLED"));

        // settled: nothing more is due, so nothing more is booked
        api().body(manualRecovery("1.00", today)).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(409).body("type", equalTo("https://smecredit.org/problems/illegal-transition"));
        api().body(closure("SETTLED")).post("/api/cases/" + caseId + "/closure")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void recoveriesAfterAWriteOffAreCountedWhileTheCaseStaysClosed() {
        UUID loanId = UUID.randomUUID();
        String caseId = newCase(loanId);
        LocalDate today = clock.today();

        writeOffFourEyes(proposals, caseId);
        api().get("/api/cases/" + caseId).then().statusCode(200)
                .body("outcome", equalTo("WRITTEN_OFF")).body("realizedLgd", equalTo(new BigDecimal("1.0000")));
        var closed = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_CLOSED.type().equals(e.type())
                && caseId.equals(e.json().get("caseId").asText()), WAIT);
        assertEquals("WRITTEN_OFF", closed.json().get("outcome").asText());
        assertEquals(new BigDecimal("1.0000"), closed.json().get("realizedLgd").decimalValue());

        // a collector books auction proceeds ...
        api().body(manualRecovery("700000.00", today)).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(201)
                .body("afterClosure", equalTo(true))
                .body("recoveredToDate", equalTo(new BigDecimal("700000.00")));
        // ... and core banking receives a payment from the borrower
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId, repayment(loanId, "20000.00", today));
        await().atMost(WAIT).pollInSameThread().until(() -> recoveriesOf(caseId).size() == 2);

        api().get("/api/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("WRITTEN_OFF"))
                .body("totalRecovered", equalTo(new BigDecimal("720000.00")))
                .body("realizedLgd", equalTo(new BigDecimal("0.2878")));

        // filtered by case: a collections-service of a running local stack on the same broker keeps its own case of
        // the loan and books the same core banking repayment on it
        List<CloudEventsKafka.Received> recorded = kafka.collect(Topics.COLLECTIONS_EVENTS,
                e -> loanId.toString().equals(e.key()) && EventTypes.COLLECTIONS_RECOVERY_RECORDED.type().equals(e.type())
                        && caseId.equals(e.json().get("caseId").asText()),
                2, WAIT);
        assertEquals(2, recorded.size());
        assertEquals(new BigDecimal("720000.00"), recorded.get(1).json().get("recoveredToDate").decimalValue());
        // the case closed once: no second case-closed event
        assertEquals(1, kafka.collect(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_CLOSED.type().equals(e.type())
                && caseId.equals(e.json().get("caseId").asText()), 2, Duration.ofSeconds(3)).size());
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void answersOutcomesThatCannotBeDeclaredWith400NamingTheField() {
        String caseId = newCase(UUID.randomUUID());
        api().body(closure("REPAID_IN_FULL")).post("/api/cases/" + caseId + "/closure")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("outcome"));
        api().body(Map.of("outcome", "SETTLED")).post("/api/cases/" + caseId + "/closure")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        api().get("/api/cases/" + caseId).then().body("status", equalTo("OPEN"));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void aWriteOffIsNotDeclaredByOnePersonButProposedForApproval() {
        String caseId = newCase(UUID.randomUUID());
        api().body(closure("WRITTEN_OFF")).post("/api/cases/" + caseId + "/closure")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/write-off-needs-approval"));
        api().get("/api/cases/" + caseId).then().body("status", equalTo("OPEN"));
    }

    @Test
    @TestSecurity(user = "risk.zhou", roles = {"risk-manager", "credit-approver"})
    void onlyCollectionsOfficersCloseCases() {
        UUID loanId = UUID.randomUUID();
        String caseId = newCase(loanId);
        api().body(closure("SETTLED")).post("/api/cases/" + caseId + "/closure")
                .then().statusCode(403).contentType("application/problem+json");
        api().get("/api/cases/" + caseId).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void answersUnknownCasesWith404() {
        api().body(closure("SETTLED")).post("/api/cases/" + UUID.randomUUID() + "/closure")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
