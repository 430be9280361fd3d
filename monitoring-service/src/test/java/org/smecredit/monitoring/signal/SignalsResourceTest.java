package org.smecredit.monitoring.signal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.monitoring.Customers;
import org.smecredit.monitoring.Loans;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.SchemaValidator;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Signals raised from customer and rating events and by risk managers, against real PostgreSQL and Kafka: covenant
 * breaches and a revenue fall on a new statement, a rating downgrade, an industry alert; their handling (acknowledge,
 * resolve, 409s) and the watch list they feed. No daily run here (see ContagionFlowTest).
 */
@QuarkusTest
@TestSecurity(user = "risk.li", roles = "risk-manager")
class SignalsResourceTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    /** Before every date other suites' daily runs use, and not after the business clock those runs leave. */
    static final LocalDate DISBURSED = LocalDate.parse("2010-12-01");
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    @Inject
    SchemaValidator schemas;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/customer");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static LoanDisbursed bookedLoan(UUID customerId) {
        LoanDisbursed loan = Loans.monthly(customerId, DISBURSED, 12, "100000.00");
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, loan.loanId(), loan);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + loan.loanId()).then().statusCode(200));
        return loan;
    }

    static void awaitAudit(String entityType, Object entityId, String action) {
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("entityType", entityType)
                .queryParam("entityId", entityId.toString()).queryParam("action", action)
                .get("/api/audit").then().statusCode(200).body("", hasSize(greaterThanOrEqualTo(1))));
    }

    static JsonPath signalsOf(UUID loanId) {
        return given().queryParam("loanId", loanId.toString()).get("/api/monitoring/signals")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath watchListOf(UUID customerId) {
        return given().queryParam("customerId", customerId.toString()).get("/api/monitoring/watch-list")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aStatementBreakingCovenantsAndShowingASharpRevenueFallRaisesSignalsWithTheFigures() {
        UUID customer = UUID.randomUUID();
        kafka.publish(EventTypes.CUSTOMER_REGISTERED, customer, Customers.registered(customer, "C34", "rm.wang"));
        LoanDisbursed loan = bookedLoan(customer);
        given().contentType(ContentType.JSON).body(Map.of("covenants", List.of(
                        Map.of("kind", "DEBT_TO_EQUITY", "limit", 2.5),
                        Map.of("kind", "CURRENT_RATIO", "limit", 1.2),
                        Map.of("kind", "INTEREST_COVER", "limit", 3),
                        Map.of("kind", "MIN_NET_WORTH", "limit", new BigDecimal("5000000.00")))))
                .put("/api/monitoring/loans/" + loan.loanId() + "/covenants")
                .then().statusCode(200).body("covenants", hasSize(4))
                .body("covenants[0].kind", equalTo("DEBT_TO_EQUITY")).body("covenants[0].maximum", equalTo(true));
        given().queryParam("entityType", "loan").queryParam("entityId", loan.loanId().toString())
                .queryParam("action", "loan-covenants.set").get("/api/audit").then()
                .body("", hasSize(1)).body("[0].after.covenants", hasSize(4)).body("[0].before.covenants", hasSize(0));

        // a healthy year, then a year with debt/equity 3.0 (max 2.5), net worth 2,000,000 (min 5,000,000) and revenue
        // 40 % below the year before; current ratio 1.5 and interest cover 10 keep their covenants
        kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, Customers.statement(customer, "2009-12-31", 1,
                "2000000.00", "6000000.00", "4000000.00", "2000000.00", "10000000.00", "1000000.00", "100000.00"));
        StatementFiled weak = Customers.statement(customer, "2010-12-31", 1,
                "6000000.00", "2000000.00", "3000000.00", "2000000.00", "6000000.00", "1000000.00", "100000.00");
        kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, weak);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(3, signalsOf(loan.loanId()).getList("$").size()));
        // the same statement again under a new CloudEvent id, then a marker on the same key: nothing raised twice
        kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, weak);
        kafka.publish(EventTypes.CUSTOMER_PROFILE_UPDATED, customer, new org.smecredit.contracts.customer.v1.ProfileUpdated(
                customer, Customers.USCC, "marker", "C34", "110108", 90, LocalDate.parse("2014-05-20"), "rm.wang", "LLC",
                new BigDecimal("1000000.00"), "SMALL", false, List.of("employees")));
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("entityType", "customer_profile")
                .queryParam("entityId", customer.toString()).get("/api/audit").then()
                .body("after.legalName", hasItem("marker")));

        JsonPath signals = signalsOf(loan.loanId());
        assertEquals(3, signals.getList("$").size());
        List<Map<String, Object>> breaches = signals.getList("findAll { it.signalType == 'COVENANT_BREACH' }");
        assertEquals(2, breaches.size());
        Map<String, Object> dte = signals.getMap("find { it.evidence.startsWith('Covenant DEBT_TO_EQUITY') }");
        assertEquals("HIGH", dte.get("severity"));
        assertEquals("OPEN", dte.get("status"));
        assertEquals(3.0f, ((Number) dte.get("measured")).floatValue());
        assertEquals(2.5f, ((Number) dte.get("threshold")).floatValue());
        assertEquals(Boolean.TRUE, ((String) dte.get("evidence")).contains("total liabilities 6000000.00, total equity 2000000.00"));
        assertEquals(Boolean.TRUE, ((String) dte.get("evidence")).contains(weak.statementId().toString()));
        Map<String, Object> worth = signals.getMap("find { it.evidence.startsWith('Covenant MIN_NET_WORTH') }");
        assertEquals(2000000.0f, ((Number) worth.get("measured")).floatValue());
        Map<String, Object> fall = signals.getMap("find { it.signalType == 'REVENUE_FALL' }");
        assertEquals("MEDIUM", fall.get("severity"));
        assertEquals(0.4f, ((Number) fall.get("measured")).floatValue());
        assertEquals(0.3f, ((Number) fall.get("threshold")).floatValue());

        // published through the outbox with the same signal id, matching the contract schema
        var event = kafka.await(Topics.MONITORING_EVENTS, e -> EventTypes.MONITORING_EARLY_WARNING_RAISED.type().equals(e.type())
                && dte.get("signalId").equals(e.json().path("signalId").asText()), WAIT);
        assertEquals(loan.loanId().toString(), event.key());
        assertEquals("COVENANT_BREACH", event.json().get("signalType").asText());
        schemas.validate(EventTypes.MONITORING_EARLY_WARNING_RAISED, event.json());

        // the covenant breach put the borrower on the watch list, owned by its relationship manager
        JsonPath watch = watchListOf(customer);
        assertEquals(1, watch.getList("$").size());
        assertEquals("rm.wang", watch.getString("[0].owner"));
        assertEquals(LocalDate.parse((String) dte.get("raisedOn")).plusDays(30).toString(), watch.getString("[0].reviewOn"));
        assertEquals(watch.getString("[0].entryId"), dte.get("watchListEntryId"));
        // the revenue fall (MEDIUM) joined nothing
        assertEquals(null, fall.get("watchListEntryId"));
    }

    @Test
    void aSignalIsAcknowledgedThenResolvedAndEveryOtherMoveIsAConflict() {
        UUID customer = UUID.randomUUID();
        LoanDisbursed loan = bookedLoan(customer);
        given().contentType(ContentType.JSON).body(Map.of("covenants", List.of(Map.of("kind", "CURRENT_RATIO", "limit", 1.5))))
                .put("/api/monitoring/loans/" + loan.loanId() + "/covenants").then().statusCode(200);
        kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer, Customers.statement(customer, "2010-06-30", 1,
                "1000000.00", "5000000.00", "1000000.00", "1000000.00", "8000000.00", "900000.00", "100000.00"));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1, signalsOf(loan.loanId()).getList("$").size()));
        String id = signalsOf(loan.loanId()).getString("[0].signalId");
        String path = "/api/monitoring/signals/" + id;

        given().contentType(ContentType.JSON).body(Map.of("note", "skipping acknowledgement"))
                .post(path + "/resolution").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/illegal-transition"));
        given().contentType(ContentType.JSON).body(Map.of("note", "CFO called"))
                .post(path + "/acknowledgement").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("risk.li"))
                .body("acknowledgementNote", equalTo("CFO called"));
        given().contentType(ContentType.JSON).body("{}").post(path + "/acknowledgement").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("note", " "))
                .post(path + "/resolution").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("note"));
        given().contentType(ContentType.JSON).body(Map.of("note", "Receivables collected; ratio back to 1.6"))
                .post(path + "/resolution").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolvedBy", equalTo("risk.li"));
        given().contentType(ContentType.JSON).body(Map.of("note", "again")).post(path + "/resolution").then().statusCode(409);
        given().get(path).then().statusCode(200).body("status", equalTo("RESOLVED"));
        given().queryParam("status", "RESOLVED").queryParam("customerId", customer.toString())
                .get("/api/monitoring/signals").then().statusCode(200).body("", hasSize(1));
        given().queryParam("status", "OPEN").queryParam("customerId", customer.toString())
                .get("/api/monitoring/signals").then().statusCode(200).body("", hasSize(0));

        // each move audited with before and after
        given().queryParam("entityType", "early_warning_signal").queryParam("entityId", id).get("/api/audit")
                .then().statusCode(200).body("action", equalTo(List.of("signal.raised", "signal.acknowledged", "signal.resolved")));
        given().contentType(ContentType.JSON).body(Map.of("note", "x"))
                .post("/api/monitoring/signals/" + UUID.randomUUID() + "/acknowledgement").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rm.wang", roles = "relationship-manager")
    void relationshipManagersReadSignalsButDoNotHandleThem() {
        given().get("/api/monitoring/signals").then().statusCode(200);
        given().get("/api/monitoring/watch-list").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/monitoring/signals/" + UUID.randomUUID() + "/acknowledgement").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("industryCode", "C13", "severity", "HIGH", "reason", "x"))
                .post("/api/monitoring/industry-alerts").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("covenants", List.of()))
                .put("/api/monitoring/loans/" + UUID.randomUUID() + "/covenants").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "analyst.chen", roles = "credit-analyst")
    void creditAnalystsSetCovenantsAndBadCovenantsAreRefusedNamingTheField() {
        LoanDisbursed loan = bookedLoan(UUID.randomUUID());
        String path = "/api/monitoring/loans/" + loan.loanId() + "/covenants";
        given().contentType(ContentType.JSON).body(Map.of("covenants", List.of(Map.of("kind", "MIN_NET_WORTH", "limit", 100))))
                .put(path).then().statusCode(200).body("covenants[0].setBy", equalTo("analyst.chen"));
        given().contentType(ContentType.JSON).body(Map.of("covenants", List.of(
                        Map.of("kind", "CURRENT_RATIO", "limit", 1), Map.of("kind", "CURRENT_RATIO", "limit", 2))))
                .put(path).then().statusCode(400).body("violations.field", hasItem("covenants[1].kind"));
        given().contentType(ContentType.JSON).body(Map.of("covenants", List.of(Map.of("kind", "CURRENT_RATIO", "limit", -1))))
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("limit")));
        given().contentType(ContentType.JSON).body("{\"covenants\":[{\"kind\":\"LEVERAGE\",\"limit\":1}]}")
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("kind")));
        given().contentType(ContentType.JSON).body(Map.of("covenants", List.of()))
                .put("/api/monitoring/loans/" + UUID.randomUUID() + "/covenants").then().statusCode(404);
        // replacing the set: the one covenant left is the new one, the change audited
        given().contentType(ContentType.JSON).body(Map.of("covenants", List.of(Map.of("kind", "CURRENT_RATIO", "limit", 1.1))))
                .put(path).then().statusCode(200).body("covenants", hasSize(1));
        given().get(path).then().statusCode(200).body("covenants.kind", equalTo(List.of("CURRENT_RATIO")))
                .body("covenants[0].limit", equalTo(1.1f));
    }

    @Test
    void aRatingDowngradeOfTwoNotchesIsHighAndWatchListsTheBorrower() {
        UUID customer = UUID.randomUUID();
        LoanDisbursed loan = bookedLoan(customer);
        RatingAssigned first = new RatingAssigned(UUID.randomUUID(), customer, "BBB", new BigDecimal("0.0030"), 65,
                "sme-scorecard-test", "STATEMENT_FILED", LocalDate.parse("2010-12-15"), null, List.of(), null);
        RatingAssigned down = new RatingAssigned(UUID.randomUUID(), customer, "B", new BigDecimal("0.0200"), 45,
                "sme-scorecard-test", "STATEMENT_FILED", LocalDate.parse("2010-12-20"), null, List.of(), "BBB");
        // rating-service's re-rating on monitoring's own warning: an echo, no signal
        RatingAssigned echo = new RatingAssigned(UUID.randomUUID(), customer, "CCC", new BigDecimal("0.0600"), 35,
                "sme-scorecard-test", "EARLY_WARNING", LocalDate.parse("2010-12-21"), null, List.of(), "B");
        // and a stale one delivered late (older than the held rating): no signal
        RatingAssigned stale = new RatingAssigned(UUID.randomUUID(), customer, "CCC", new BigDecimal("0.0600"), 35,
                "sme-scorecard-test", "EARLY_WARNING", LocalDate.parse("2010-12-18"), null, List.of(), "BBB");
        kafka.publish(EventTypes.RATING_ASSIGNED, customer, first);
        kafka.publish(EventTypes.RATING_ASSIGNED, customer, down);
        kafka.publish(EventTypes.RATING_ASSIGNED, customer, stale);
        kafka.publish(EventTypes.RATING_ASSIGNED, customer, echo);
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("entityType", "customer_pd")
                .queryParam("entityId", customer.toString()).get("/api/audit").then().body("", hasSize(3)));
        awaitAudit("loan", loan.loanId(), "loan.booked");
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1, signalsOf(loan.loanId()).getList("$").size()));
        JsonPath s = signalsOf(loan.loanId());
        assertEquals("RATING_DOWNGRADE", s.getString("[0].signalType"));
        assertEquals("HIGH", s.getString("[0].severity"));
        assertEquals(Boolean.TRUE, s.getString("[0].evidence").contains("from BBB to B"));
        // no relationship manager known: the configured default owner
        assertEquals("risk-team", watchListOf(customer).getString("[0].owner"));
    }

    @Test
    void anIndustryAlertRaisesSignalsOnTheIndustrysActiveLoansUntilClosed() {
        UUID inIndustry = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        kafka.publish(EventTypes.CUSTOMER_REGISTERED, inIndustry, Customers.registered(inIndustry, "C1391", "rm.li"));
        kafka.publish(EventTypes.CUSTOMER_REGISTERED, elsewhere, Customers.registered(elsewhere, "F51", "rm.li"));
        awaitAudit("customer_profile", inIndustry, "customer-profile.projected");
        awaitAudit("customer_profile", elsewhere, "customer-profile.projected");
        LoanDisbursed hit = bookedLoan(inIndustry);
        LoanDisbursed miss = bookedLoan(elsewhere);

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("industryCode", "C13", "severity", "MEDIUM", "reason", "Soybean import tariffs up 25 %"))
                .post("/api/monitoring/industry-alerts").then().statusCode(201)
                .header("Location", containsString("/api/monitoring/industry-alerts/"))
                .body("status", equalTo("OPEN")).body("signalsRaised", greaterThanOrEqualTo(1))
                .extract().path("alertId");
        JsonPath s = signalsOf(hit.loanId());
        assertEquals(1, s.getList("$").size());
        assertEquals("INDUSTRY_ALERT", s.getString("[0].signalType"));
        assertEquals("MEDIUM", s.getString("[0].severity"));
        assertEquals(Boolean.TRUE, s.getString("[0].evidence").contains("Soybean import tariffs"));
        assertEquals(0, signalsOf(miss.loanId()).getList("$").size());
        // MEDIUM: no watch list
        assertEquals(0, watchListOf(inIndustry).getList("$").size());

        given().queryParam("status", "OPEN").get("/api/monitoring/industry-alerts").then().statusCode(200)
                .body("alertId", hasItem(id));
        given().contentType(ContentType.JSON).body(Map.of("note", "Tariffs suspended"))
                .post("/api/monitoring/industry-alerts/" + id + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedBy", equalTo("risk.li"));
        given().contentType(ContentType.JSON).body(Map.of("note", "again"))
                .post("/api/monitoring/industry-alerts/" + id + "/closure").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("industryCode", "c13", "severity", "HIGH", "reason", "x"))
                .post("/api/monitoring/industry-alerts").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("industryCode"));
        given().contentType(ContentType.JSON).body(Map.of("industryCode", "C13", "severity", "SEVERE", "reason", "x"))
                .post("/api/monitoring/industry-alerts").then().statusCode(400)
                .body("violations.field", hasItem("severity"));
        given().queryParam("status", "SHUT").get("/api/monitoring/industry-alerts").then().statusCode(400)
                .body("violations.field", hasItem("status"));
    }

    @Test
    void riskManagersKeepTheWatchListByHand() {
        UUID customer = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("customerId", customer.toString(), "reason", "typo?"))
                .post("/api/monitoring/watch-list").then().statusCode(422)
                .body("violations.field", hasItem("customerId"));
        bookedLoan(customer);
        LocalDate review = clock.today().plusDays(10);
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "reason", "Main buyer insolvent", "reviewOn", review.toString()))
                .post("/api/monitoring/watch-list").then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("owner", equalTo("risk-team"))
                .body("reviewOn", equalTo(review.toString())).body("addedBy", equalTo("risk.li"))
                .extract().path("entryId");
        given().contentType(ContentType.JSON).body(Map.of("customerId", customer.toString(), "reason", "again"))
                .post("/api/monitoring/watch-list").then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/already-on-watch-list"));
        given().contentType(ContentType.JSON).body(Map.of("owner", "rm.zhao"))
                .patch("/api/monitoring/watch-list/" + id).then().statusCode(200)
                .body("owner", equalTo("rm.zhao")).body("reviewOn", equalTo(review.toString()));
        given().contentType(ContentType.JSON).body(Map.of("reviewOn", clock.today().minusDays(1).toString()))
                .patch("/api/monitoring/watch-list/" + id).then().statusCode(400)
                .body("violations.field", hasItem("reviewOn"));
        given().contentType(ContentType.JSON).body("{}")
                .patch("/api/monitoring/watch-list/" + id).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).post("/api/monitoring/watch-list").then()
                .statusCode(400).body("violations.field", hasItem("customerId"));
        given().queryParam("overdue", "maybe").get("/api/monitoring/watch-list").then().statusCode(400)
                .body("violations.field", hasItem("overdue"));
        given().queryParam("overdue", "true").queryParam("customerId", customer.toString())
                .get("/api/monitoring/watch-list").then().statusCode(200).body("", hasSize(0));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Buyer replaced; receivables insured"))
                .post("/api/monitoring/watch-list/" + id + "/removal").then().statusCode(200)
                .body("status", equalTo("REMOVED")).body("removedBy", equalTo("risk.li"))
                .body("removalReason", equalTo("Buyer replaced; receivables insured"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/monitoring/watch-list/" + id + "/removal").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("owner", "x"))
                .patch("/api/monitoring/watch-list/" + id).then().statusCode(409);
        assertEquals(0, watchListOf(customer).getList("$").size());
        given().queryParam("status", "REMOVED").queryParam("customerId", customer.toString())
                .get("/api/monitoring/watch-list").then().statusCode(200).body("", hasSize(1));
        given().queryParam("entityType", "watch_list_entry").queryParam("entityId", id).get("/api/audit")
                .then().body("action", equalTo(List.of("watch-list.added", "watch-list.changed", "watch-list.removed")));
        // back on the list later: a new entry
        given().contentType(ContentType.JSON).body(Map.of("customerId", customer.toString(), "reason", "Relapse"))
                .post("/api/monitoring/watch-list").then().statusCode(201).body("entryId", notNullValue());
    }

    @Test
    void malformedFiltersAreRefusedNamingTheParameter() {
        given().queryParam("status", "CLOSED").get("/api/monitoring/signals").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("status"));
        given().queryParam("loanId", "not-a-uuid").get("/api/monitoring/signals").then().statusCode(400)
                .body("violations.field", hasItem("loanId"));
        given().queryParam("size", 0).get("/api/monitoring/signals").then().statusCode(400)
                .body("violations.field", hasItem("size"));
        given().get("/api/monitoring/signals/" + UUID.randomUUID()).then().statusCode(404);
    }
}
