package org.smecredit.collections.actions;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smecredit.collections.CollectionsTestSupport.WAIT;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.manualRecovery;
import static org.smecredit.collections.CollectionsTestSupport.openCase;
import static org.smecredit.collections.CollectionsTestSupport.recoveriesOf;
import static org.smecredit.collections.CollectionsTestSupport.writeOffFourEyes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
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
 * A workout by actions on one case (exposure 1,010,912.50): a contact, two promises to pay (one kept, one broken by
 * the promise check), a lawsuit, a collateral auction whose price is booked as a recovery, and a guarantor's payment
 * that repays the rest (REPAID_IN_FULL); then the closed case takes no more actions. A second case goes through
 * enforcement (an auction) to a four-eyes write-off, and a guarantor pays after it.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseActionResourceTest {
    static CloudEventsKafka kafka;
    static UUID loanId;
    static String caseId;
    static String brokenPromise;
    static String keptPromise;

    @Inject
    BusinessClock clock;

    @Inject
    SchemaValidator schemas;

    @Inject
    ProposalService proposals;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/actions");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private String actions() {
        return "/api/cases/" + caseId;
    }

    @Test
    @Order(1)
    @TestSecurity(user = "col.wang.fang", roles = {"collections-officer", "auditor"})
    void aCollectorLogsContactsAndPromisesAndBadInputIsNamed() {
        LocalDate today = clock.today();
        loanId = UUID.randomUUID();
        caseId = openCase(kafka, defaulted(loanId, today.minusDays(5)));

        api().body(Map.of()).post(actions() + "/contacts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("channel", "contactedOn", "counterpart", "summary"));
        api().body(Map.of("channel", "FAX", "contactedOn", today.toString(), "counterpart", "owner", "summary", "x"))
                .post(actions() + "/contacts").then().statusCode(400).body("violations.field", hasItem("channel"));
        api().body(contact(today.plusDays(1))).post(actions() + "/contacts").then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/date-in-future"))
                .body("violations.field", hasItem("contactedOn"));
        api().body(contact(today.minusDays(30))).post(actions() + "/contacts").then().statusCode(422)
                .body("violations.field", hasItem("contactedOn"));
        api().body(contact(today)).post(actions() + "/contacts").then().statusCode(201)
                .header("Location", notNullValue())
                .body("kind", equalTo("CONTACT")).body("status", equalTo("LOGGED"))
                .body("channel", equalTo("VISIT")).body("recordedBy", equalTo("col.wang.fang"));

        api().body(Map.of("amount", new BigDecimal("-1"), "dueDate", today.toString()))
                .post(actions() + "/promises").then().statusCode(400)
                .body("violations.field", hasItems("amount", "promisedBy"));
        api().body(promise("50000.00", today.minusDays(1))).post(actions() + "/promises").then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/due-date-in-past"))
                .body("violations.field", hasItem("dueDate"));

        // with an Idempotency-Key a repeat books nothing twice; the same key for another promise is refused
        brokenPromise = api().header("Idempotency-Key", "ptp-" + caseId).body(promise("50000.00", today.plusDays(3)))
                .post(actions() + "/promises").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");
        api().header("Idempotency-Key", "ptp-" + caseId).body(promise("50000.00", today.plusDays(3)))
                .post(actions() + "/promises").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(brokenPromise));
        api().header("Idempotency-Key", "ptp-" + caseId).body(promise("40000.00", today.plusDays(3)))
                .post(actions() + "/promises").then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/idempotency-key-reused"));
        keptPromise = api().body(promise("30000.00", today.plusDays(3))).post(actions() + "/promises")
                .then().statusCode(201).extract().path("id");
        assertEquals(2, api().queryParam("kind", "PROMISE_TO_PAY").get(actions() + "/actions")
                .then().statusCode(200).extract().jsonPath().getList("$").size());
        api().queryParam("kind", "NOPE").get(actions() + "/actions").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "col.wang.fang", roles = {"collections-officer", "auditor"})
    void thePromiseCheckKeepsOneAndBreaksTheOther() {
        LocalDate today = clock.today();
        // 30,000 arrive: enough for the 30,000 promise, not for the 50,000 one
        api().body(manualRecovery("30000.00", today)).post("/api/cases/" + caseId + "/recoveries").then().statusCode(201);
        api().post("/api/promise-checks").then().statusCode(200)
                .body("kept", hasItem(keptPromise));
        api().get(actions() + "/actions/" + keptPromise).then().statusCode(200)
                .body("status", equalTo("KEPT")).body("realizedAmount", equalTo(new BigDecimal("30000.00")));
        // before its due date the other promise is not judged
        api().get(actions() + "/actions/" + brokenPromise).then().body("status", equalTo("OPEN"));

        clock.setToday(today.plusDays(4));
        try {
            api().post("/api/promise-checks").then().statusCode(200)
                    .body("asOf", equalTo(today.plusDays(4).toString()))
                    .body("broken", hasItem(brokenPromise));
        } finally {
            clock.reset();
        }
        api().get(actions() + "/actions/" + brokenPromise).then().statusCode(200)
                .body("status", equalTo("BROKEN"))
                .body("realizedAmount", equalTo(new BigDecimal("30000.00")))
                .body("outcomeOn", equalTo(today.plusDays(4).toString()));
        api().queryParam("entityId", brokenPromise).queryParam("action", "promise.broken").get("/api/audit")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].after.status", equalTo("BROKEN"));
        // a judged promise is not judged again
        api().post("/api/promise-checks").then().statusCode(200).body("broken", org.hamcrest.Matchers.not(hasItem(brokenPromise)));
        api().queryParam("status", "BROKEN").get(actions() + "/actions").then().body("size()", equalTo(1));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void anAuctionsPriceAndAGuarantorsPaymentAreRecoveries() {
        LocalDate today = clock.today();
        String lawsuit = api().body(Map.of("step", "LAWSUIT_FILED", "takenOn", today.toString(),
                        "court", "Hangzhou Intermediate People's Court", "reference", "(2027) Zhe 01 Min Chu 123",
                        "costs", new BigDecimal("15000.00")))
                .post(actions() + "/legal-steps").then().statusCode(201)
                .body("status", equalTo("IN_PROGRESS")).body("costs", equalTo(new BigDecimal("15000.00")))
                .extract().path("id");
        api().body(Map.of("outcome", "COMPLETED", "note", "judgment for the bank"))
                .post(actions() + "/actions/" + lawsuit + "/outcome").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));

        String auction = api().body(Map.of("collateralType", "REAL_ESTATE", "description", "factory, Xiaoshan",
                        "reservePrice", new BigDecimal("600000.00"), "auctionDate", today.toString(),
                        "auctioneer", "Taobao judicial auction"))
                .post(actions() + "/auctions").then().statusCode(201).body("status", equalTo("SCHEDULED"))
                .extract().path("id");
        api().body(Map.of("outcome", "SOLD", "valueDate", today.toString()))
                .post(actions() + "/actions/" + auction + "/outcome").then().statusCode(422)
                .body("violations.field", hasItem("realizedAmount"));
        api().body(Map.of("outcome", "PAID", "realizedAmount", new BigDecimal("1.00"), "valueDate", today.toString()))
                .post(actions() + "/actions/" + auction + "/outcome").then().statusCode(409);
        Map<String, Object> sold = new HashMap<>(Map.of("outcome", "SOLD", "realizedAmount", new BigDecimal("720000.00"),
                "valueDate", today.toString(), "costs", new BigDecimal("21600.00")));
        String recoveryId = api().header("Idempotency-Key", "sold-" + auction).body(sold)
                .post(actions() + "/actions/" + auction + "/outcome").then().statusCode(200)
                .body("status", equalTo("SOLD")).body("realizedAmount", equalTo(new BigDecimal("720000.00")))
                .body("costs", equalTo(new BigDecimal("21600.00")))
                .body("recoveryId", notNullValue()).extract().path("recoveryId");
        api().header("Idempotency-Key", "sold-" + auction).body(sold)
                .post(actions() + "/actions/" + auction + "/outcome").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("recoveryId", equalTo(recoveryId));
        api().body(sold).post(actions() + "/actions/" + auction + "/outcome").then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"));
        List<Map<String, Object>> recoveries = recoveriesOf(caseId);
        assertEquals(2, recoveries.size());
        assertEquals("COLLATERAL_AUCTION", recoveries.get(1).get("source"));
        assertEquals(new BigDecimal("750000.00"), recoveries.get(1).get("recoveredToDate"));
        var event = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_RECOVERY_RECORDED.type().equals(e.type())
                && "COLLATERAL_AUCTION".equals(e.json().get("source").asText())
                && caseId.equals(e.json().get("caseId").asText()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_RECOVERY_RECORDED, event.json());
        assertEquals(new BigDecimal("720000.00"), event.json().get("amount").decimalValue());

        // 260,912.50 still owed: the guarantor pays it and the case is repaid in full
        String demand = api().body(Map.of("guarantor", "Zhejiang Hengda Trading Co.", "amount", new BigDecimal("300000.00"),
                        "dueDate", today.plusDays(30).toString()))
                .post(actions() + "/guarantor-demands").then().statusCode(201).body("status", equalTo("ISSUED"))
                .extract().path("id");
        api().body(Map.of("outcome", "PAID", "realizedAmount", new BigDecimal("300000.01"), "valueDate", today.toString()))
                .post(actions() + "/actions/" + demand + "/outcome").then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/amount-above-demand"));
        api().body(Map.of("outcome", "PAID", "realizedAmount", new BigDecimal("260912.50"),
                        "valueDate", today.plusDays(1).toString()))
                .post(actions() + "/actions/" + demand + "/outcome").then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/value-date-in-future"));
        api().body(Map.of("outcome", "PAID", "realizedAmount", new BigDecimal("260912.50"), "valueDate", today.toString()))
                .post(actions() + "/actions/" + demand + "/outcome").then().statusCode(200)
                .body("status", equalTo("PAID"));
        api().get("/api/cases/" + caseId).then().body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("REPAID_IN_FULL"));

        // repaid in full, yet not without loss: 36,600 of fees, and the money came 5 days after the default.
        // No loan rate from origination: the strategy discount rate 8 %; DF = 1.08^(−5/365) = 0.998946;
        // LGD = 1 − (1,010,912.50 − 36,600.00) × DF / 1,010,912.50 = 0.0372 (undiscounted, cost-free: 0)
        var closed = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_CLOSED.type().equals(e.type())
                && caseId.equals(e.json().get("caseId").asText()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_CASE_CLOSED, closed.json());
        assertEquals(new BigDecimal("0.0000"), closed.json().get("realizedLgd").decimalValue());
        assertEquals(new BigDecimal("0.0372"), closed.json().get("discountedLgd").decimalValue());
        assertEquals(new BigDecimal("36600.00"), closed.json().get("collectionCosts").decimalValue());
        api().get("/api/cases/" + caseId + "/lgd").then().statusCode(200)
                .body("rateSource", equalTo("STRATEGY_DISCOUNT_RATE"))
                .body("annualRate", equalTo(new BigDecimal("0.08")))
                .body("presentValueOfRecoveries", equalTo(new BigDecimal("1009847.30")))
                .body("presentValueOfCosts", equalTo(new BigDecimal("36561.43")))
                .body("discountedLgd", equalTo(new BigDecimal("0.0372")))
                .body("cashFlows.size()", equalTo(5));

        api().body(contact(today)).post(actions() + "/contacts").then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"));
        api().body(contact(today)).post("/api/cases/" + UUID.randomUUID() + "/contacts").then().statusCode(404);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void throughEnforcementToWriteOffAndAGuarantorPaysAfterIt() {
        LocalDate today = clock.today();
        UUID loan = UUID.randomUUID();
        String enforced = openCase(kafka, defaulted(loan, today.minusDays(5)));
        String path = "/api/cases/" + enforced;
        // a factory appraised at 1.2 m and a borrower unlikely to cure: enforcement is the best expected recovery
        api().body(Map.of("collateral", List.of(Map.of("type", "REAL_ESTATE", "appraisedValue",
                                new BigDecimal("1200000.00"), "description", "factory, Xiaoshan")),
                        "restructuring", Map.of("cureProbability", new BigDecimal("0.05"))))
                .put(path + "/strategy/inputs").then().statusCode(200)
                .body("recommended", equalTo("COLLATERAL_ENFORCEMENT"));
        api().body(Map.of("strategy", "COLLATERAL_ENFORCEMENT")).post(path + "/strategy").then().statusCode(201);

        String auction = api().body(Map.of("collateralType", "REAL_ESTATE", "description", "factory, Xiaoshan",
                        "reservePrice", new BigDecimal("650000.00"), "auctionDate", today.toString(),
                        "auctioneer", "Hangzhou court auction"))
                .post(path + "/auctions").then().statusCode(201).extract().path("id");
        api().body(Map.of("outcome", "SOLD", "realizedAmount", new BigDecimal("700000.00"), "valueDate", today.toString(),
                        "costs", new BigDecimal("20000.00")))
                .post(path + "/actions/" + auction + "/outcome").then().statusCode(200).body("status", equalTo("SOLD"));

        writeOffFourEyes(proposals, enforced);
        api().get(path).then().body("status", equalTo("CLOSED")).body("outcome", equalTo("WRITTEN_OFF"))
                .body("realizedLgd", equalTo(new BigDecimal("0.3076")));

        // the claim survives the write-off: the guarantor pays 50,000 on a demand
        String demand = api().body(Map.of("guarantor", "Hangzhou Minsheng Guarantee Co.", "amount", new BigDecimal("50000.00"),
                        "dueDate", today.plusDays(15).toString()))
                .post(path + "/guarantor-demands").then().statusCode(201).extract().path("id");
        api().body(Map.of("outcome", "PAID", "realizedAmount", new BigDecimal("50000.00"), "valueDate", today.toString()))
                .post(path + "/actions/" + demand + "/outcome").then().statusCode(200);
        // 1 − 750,000 / 1,010,912.50 = 0.2581; economic: 1 − (750,000 − 20,000) × 1.08^(−5/365) / 1,010,912.50 = 0.2786
        api().get(path).then().body("status", equalTo("CLOSED")).body("outcome", equalTo("WRITTEN_OFF"))
                .body("totalRecovered", equalTo(new BigDecimal("750000.00")))
                .body("realizedLgd", equalTo(new BigDecimal("0.2581")));
        var late = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loan.toString().equals(e.key())
                && EventTypes.COLLECTIONS_RECOVERY_RECORDED.type().equals(e.type())
                && enforced.equals(e.json().get("caseId").asText())
                && "GUARANTOR".equals(e.json().get("source").asText()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_RECOVERY_RECORDED, late.json());
        assertEquals(new BigDecimal("0.2581"), late.json().get("realizedLgd").decimalValue());
        assertEquals(new BigDecimal("0.2786"), late.json().get("discountedLgd").decimalValue());
        api().get(path + "/recoveries").then().body("afterClosure", equalTo(List.of(false, true)));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "risk.zhou", roles = "risk-manager")
    void onlyCollectorsTakeActions() {
        api().body(contact(clock.today())).post(actions() + "/contacts").then().statusCode(403);
        api().get(actions() + "/actions").then().statusCode(200).body("size()", equalTo(6));
    }

    private static Map<String, Object> contact(LocalDate on) {
        return Map.of("channel", "VISIT", "contactedOn", on.toString(), "counterpart", "owner Mr Liu",
                "summary", "plant visited; orders down 40 %, will sell the warehouse");
    }

    private static Map<String, Object> promise(String amount, LocalDate due) {
        return Map.of("amount", new BigDecimal(amount), "dueDate", due.toString(), "promisedBy", "owner Mr Liu");
    }
}
