package org.smecredit.collections.recovery;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smecredit.collections.CollectionsTestSupport.EAD;
import static org.smecredit.collections.CollectionsTestSupport.WAIT;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.manualRecovery;
import static org.smecredit.collections.CollectionsTestSupport.openCase;
import static org.smecredit.collections.CollectionsTestSupport.recoveriesOf;

import java.math.BigDecimal;
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
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.SchemaValidator;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class RecoveryResourceTest {
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    /** The contract's JSON Schema: what this service emits is what consumers validate against. */
    @Inject
    SchemaValidator schemas;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/recovery");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    String newCase(UUID loanId) {
        return openCase(kafka, defaulted(loanId, clock.today().minusDays(5)));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void booksAManualRecoveryAndPublishesRecoveryRecorded() {
        UUID loanId = UUID.randomUUID();
        String caseId = newCase(loanId);
        LocalDate today = clock.today();

        String recoveryId = api().body(manualRecovery("350000.00", today))
                .post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(201)
                .header("Location", containsString("/api/cases/" + caseId + "/recoveries/"))
                .body("source", equalTo("MANUAL"))
                .body("amount", equalTo(new BigDecimal("350000.00")))
                .body("currency", equalTo("CNY"))
                .body("recoveredToDate", equalTo(new BigDecimal("350000.00")))
                .body("recordedBy", equalTo("col.wang.fang"))
                .body("repaymentId", nullValue())
                .extract().path("id");
        api().get("/api/cases/" + caseId + "/recoveries/" + recoveryId).then().statusCode(200)
                .body("valueDate", equalTo(today.toString()));
        api().get("/api/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("totalRecovered", equalTo(new BigDecimal("350000.00")));

        var event = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_RECOVERY_RECORDED.type().equals(e.type()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_RECOVERY_RECORDED, event.json());
        assertEquals(recoveryId, event.json().get("recoveryId").asText());
        assertEquals("MANUAL", event.json().get("source").asText());
        assertEquals(new BigDecimal("350000.00"), event.json().get("recoveredToDate").decimalValue());
        // 1 − 350,000.00 / 1,010,912.50 = 0.65377… → 0.6538
        assertEquals(new BigDecimal("0.6538"), event.json().get("realizedLgd").decimalValue());
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void recoveringTheWholeExposureClosesTheCaseRepaidInFull() {
        UUID loanId = UUID.randomUUID();
        String caseId = newCase(loanId);
        LocalDate today = clock.today();

        api().body(manualRecovery("10912.50", today)).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(201);
        api().body(manualRecovery("1000000.00", today)).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(201).body("recoveredToDate", equalTo(EAD));

        api().get("/api/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("REPAID_IN_FULL"))
                .body("closedOn", equalTo(today.toString()))
                .body("realizedLgd", equalTo(new BigDecimal("0.0000")));

        var closed = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_CLOSED.type().equals(e.type()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_CASE_CLOSED, closed.json());
        assertEquals(caseId, closed.json().get("caseId").asText());
        assertEquals("REPAID_IN_FULL", closed.json().get("outcome").asText());
        assertEquals(EAD, closed.json().get("exposureAtDefault").decimalValue());
        assertEquals(EAD, closed.json().get("totalRecovered").decimalValue());
        assertEquals(new BigDecimal("0.0000"), closed.json().get("realizedLgd").decimalValue());
        assertEquals(today.toString(), closed.json().get("closedOn").asText());

        // a repaid case takes no more money
        api().body(manualRecovery("1.00", today)).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void replaysARequestWithTheSameIdempotencyKeyWithoutASecondEffect() {
        UUID loanId = UUID.randomUUID();
        String caseId = newCase(loanId);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = manualRecovery("120000.00", clock.today());

        String first = api().header("Idempotency-Key", key).body(body)
                .post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        String second = api().header("Idempotency-Key", key).body(body)
                .post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("recoveredToDate", equalTo(new BigDecimal("120000.00")))
                .extract().path("id");
        assertEquals(first, second);
        assertEquals(1, recoveriesOf(caseId).size());
        api().get("/api/cases/" + caseId).then().body("totalRecovered", equalTo(new BigDecimal("120000.00")));
        assertEquals(1, kafka.collect(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_RECOVERY_RECORDED.type().equals(e.type()), 2, Duration.ofSeconds(4)).size());

        // the same key for another recovery is a client error, not a silent replay
        api().header("Idempotency-Key", key).body(manualRecovery("1.00", clock.today()))
                .post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/idempotency-key-reused"));
        assertEquals(1, recoveriesOf(caseId).size());
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void answersInvalidAmountsAndDatesWithProblemsNamingTheField() {
        String caseId = newCase(UUID.randomUUID());
        LocalDate today = clock.today();

        api().body(manualRecovery("-100.00", today)).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("amount"));
        api().body(manualRecovery("100.005", today)).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(400).body("violations.field", hasItem("amount"));
        api().body(Map.of("amount", "100.00")).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(400)
                .body("violations.field", hasItem("valueDate"))
                .body("violations.field", hasItem("reference"));
        api().body(manualRecovery("100.00", today.plusDays(1))).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/value-date-in-future"))
                .body("violations.field", hasItem("valueDate"));
        api().body(manualRecovery("100.00", today.minusDays(30))).post("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/value-date-before-default"));
        assertEquals(0, recoveriesOf(caseId).size());
    }

    @Test
    @TestSecurity(user = "risk.zhou", roles = {"risk-manager", "auditor"})
    void onlyCollectionsOfficersBookRecoveries() {
        api().body(manualRecovery("100.00", clock.today()))
                .post("/api/cases/" + UUID.randomUUID() + "/recoveries")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void answersUnknownCasesWith404() {
        UUID unknown = UUID.randomUUID();
        api().body(manualRecovery("100.00", clock.today())).post("/api/cases/" + unknown + "/recoveries")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/not-found"));
        api().get("/api/cases/" + unknown + "/recoveries").then().statusCode(404);
    }
}
