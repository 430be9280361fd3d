package org.smecredit.monitoring.run;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
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
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.collections.v1.LoanRestructured;
import org.smecredit.contracts.collections.v1.RecoveryRecorded;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.contracts.monitoring.v1.LoanRestored;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.monitoring.Loans;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.SchemaValidator;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * End-of-day runs over a loan that falls behind (A) and one that pays on time (B), dates moving forward in 2011
 * (before any loan other test suites on the shared broker book). The only test class that starts runs, since the
 * dates of one database must move forward.
 */
@QuarkusTest
@TestSecurity(user = "risk.li", roles = "risk-manager")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DailyRunResourceTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String RATING_PD = "0.0300";
    static CloudEventsKafka kafka;
    static LoanDisbursed a;
    static LoanDisbursed b;

    @Inject
    BusinessClock clock;

    @Inject
    Pool database;

    @Inject
    SchemaValidator schemas;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/corebanking");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    Map<String, Object> run(String date, int status) {
        clock.setToday(LocalDate.parse(date).isAfter(clock.today()) ? LocalDate.parse(date) : clock.today());
        return given().contentType(ContentType.JSON).body(Map.of("businessDate", date))
                .post("/api/monitoring/daily-runs")
                .then().statusCode(status).extract().jsonPath().getMap("$");
    }

    void assertLoan(LoanDisbursed loan, String assessedOn, int dpd, String category, int stage) {
        given().get("/api/monitoring/loans/" + loan.loanId()).then().statusCode(200)
                .body("assessedOn", equalTo(assessedOn))
                .body("daysPastDue", equalTo(dpd))
                .body("category", equalTo(category))
                .body("stage", equalTo(stage));
    }

    BigDecimal ecl(LoanDisbursed loan) {
        // read the amount exactly as sent (scale 2), not as a float
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get("/api/monitoring/loans/" + loan.loanId()).then().extract().path("ecl");
    }

    @Test
    @Order(1)
    void booksTheLoansTheirRepaymentsAndTheBorrowersRating() {
        clock.setToday(LocalDate.parse("2011-01-01"));
        a = Loans.monthly(UUID.randomUUID(), LocalDate.parse("2011-01-01"), 6, "100000.00");
        b = Loans.monthly(UUID.randomUUID(), LocalDate.parse("2011-01-01"), 6, "100000.00");
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, a.loanId(), a);
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, b.loanId(), b);
        kafka.publish(EventTypes.RATING_ASSIGNED, a.customerId(), Loans.rating(a.customerId(), RATING_PD, LocalDate.parse("2011-01-05")));
        // A pays its first installment only; B pays installments 1-5 on their due dates
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, a.loanId(), Loans.paying(a, 1));
        for (int k = 1; k <= 5; k++) {
            kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, b.loanId(), Loans.paying(b, k));
        }
        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/api/monitoring/loans/" + a.loanId()).then().statusCode(200)
                    .body("installments[0].fullyPaid", equalTo(true)).body("pdSource", equalTo("RATING"));
            given().get("/api/monitoring/loans/" + b.loanId()).then().statusCode(200)
                    .body("installments[4].fullyPaid", equalTo(true));
        });
    }

    @Test
    @Order(2)
    void classifiesLoansAsTheyAgeDayByDay() {
        var first = run("2011-02-01", 201);
        assertEquals("COMPLETED", first.get("status"));
        assertEquals("2011-02-01", first.get("businessDate"));
        assertLoan(a, "2011-02-01", 0, "NORMAL", 1);
        assertLoan(b, "2011-02-01", 0, "NORMAL", 1);
        BigDecimal pd = new BigDecimal(RATING_PD);
        // stage 1: the rating's one-year PD x LGD x outstanding 500,000 (nothing overdue)
        assertEquals(pd.multiply(Loans.LGD).multiply(new BigDecimal("500000.00")).setScale(2, RoundingMode.HALF_UP), ecl(a));

        run("2011-03-02", 201);   // installment 2 due 03-01 unpaid: 1 DPD, within the technical grace
        assertLoan(a, "2011-03-02", 1, "NORMAL", 1);
        run("2011-03-09", 201);   // 8 DPD: beyond the 7-day grace
        assertLoan(a, "2011-03-09", 8, "SPECIAL_MENTION", 1);
        run("2011-04-01", 201);   // 31 DPD: stage 2; installment 3 falls due today
        assertLoan(a, "2011-04-01", 31, "SPECIAL_MENTION", 2);
        // lifetime PD with < 1 year left is the one-year PD; EAD adds the unpaid interest of installments 2 and 3
        BigDecimal ead = new BigDecimal("500000.00").add(Loans.interest(a, 2)).add(Loans.interest(a, 3));
        assertEquals(pd.multiply(Loans.LGD).multiply(ead).setScale(2, RoundingMode.HALF_UP), ecl(a));

        run("2011-05-31", 201);   // 91 DPD: substandard, stage 3, default
        assertLoan(a, "2011-05-31", 91, "SUBSTANDARD", 3);
        BigDecimal impaired = new BigDecimal("500000.00").add(Loans.interest(a, 2)).add(Loans.interest(a, 3))
                .add(Loans.interest(a, 4));
        assertEquals(Loans.LGD.multiply(impaired).setScale(2, RoundingMode.HALF_UP), ecl(a));
        given().get("/api/monitoring/loans/" + a.loanId()).then().body("defaultedOn", equalTo("2011-05-31"));
        assertEquals(LocalDate.parse("2011-05-31"), firstDefaultedOn(a));

        var last = run("2011-06-01", 201);
        assertEquals(LocalDate.parse("2011-05-31"), firstDefaultedOn(a), "the first default date is set once");
        assertLoan(a, "2011-06-01", 92, "SUBSTANDARD", 3);
        assertLoan(b, "2011-06-01", 0, "NORMAL", 1);
        assertEquals(Boolean.TRUE, ((Number) last.get("loansAssessed")).intValue() >= 2);
    }

    @Test
    @Order(3)
    void rerunningACompletedDateReplaysItsSummaryAndAnEarlierDateIsRefused() {
        var stored = given().get("/api/monitoring/daily-runs/2011-06-01").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("byCategory.SUBSTANDARD", greaterThanOrEqualTo(1))
                .body("byStage.3", greaterThanOrEqualTo(1))
                .extract().jsonPath().getMap("$");
        var replay = run("2011-06-01", 200);
        assertEquals(stored, replay);

        // an earlier completed date replays too, with no new effect
        var earlier = run("2011-05-31", 200);
        assertEquals("2011-05-31", earlier.get("businessDate"));
        assertEquals(Boolean.TRUE, ((Number) earlier.get("loansDefaulted")).intValue() >= 1);
        // a date never run and earlier than the last completed one cannot be run any more
        given().contentType(ContentType.JSON).body(Map.of("businessDate", "2011-05-15"))
                .post("/api/monitoring/daily-runs").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/daily-run-out-of-order"))
                .body("lastCompletedDate", equalTo("2011-06-01"));
    }

    @Test
    @Order(4)
    void publishesEachChangeOnceKeyedByLoan() {
        String key = a.loanId().toString();
        // wait past the relay for anything that should not be there
        var events = kafka.collect(Topics.MONITORING_EVENTS, e -> key.equals(e.key()), 10, Duration.ofSeconds(20));
        List<String> classified = events.stream().filter(e -> EventTypes.MONITORING_LOAN_CLASSIFIED.type().equals(e.type()))
                .map(e -> e.json().get("previousCategory").asText(null) + ">" + e.json().get("category").asText()
                        + "/" + e.json().get("stage").asInt() + "@" + e.json().get("asOf").asText())
                .toList();
        assertEquals(List.of("null>NORMAL/1@2011-02-01", "NORMAL>SPECIAL_MENTION/1@2011-03-09",
                "SPECIAL_MENTION>SPECIAL_MENTION/2@2011-04-01", "SPECIAL_MENTION>SUBSTANDARD/3@2011-05-31"), classified);
        List<String> warnings = events.stream().filter(e -> EventTypes.MONITORING_EARLY_WARNING_RAISED.type().equals(e.type()))
                .map(e -> e.json().get("signalType").asText() + "/" + e.json().get("severity").asText() + "@"
                        + e.json().get("raisedOn").asText())
                .toList();
        assertEquals(List.of("MISSED_INSTALLMENT/LOW@2011-03-02", "DPD_30/MEDIUM@2011-04-01",
                "DPD_60/HIGH@2011-05-31", "DPD_90/CRITICAL@2011-05-31"), warnings);
        List<LoanDefaulted> defaults = events.stream().filter(e -> EventTypes.MONITORING_LOAN_DEFAULTED.type().equals(e.type()))
                .map(e -> e.as(LoanDefaulted.class)).toList();
        assertEquals(1, defaults.size());
        LoanDefaulted d = defaults.get(0);
        assertEquals(LocalDate.parse("2011-05-31"), d.defaultDate());
        assertEquals(91, d.daysPastDue());
        assertEquals(new BigDecimal("500000.00"), d.outstandingPrincipal());
        assertEquals(Loans.interest(a, 2).add(Loans.interest(a, 3)).add(Loans.interest(a, 4)), d.overdueInterest());
        assertEquals(a.customerId(), d.customerId());
        assertEquals(9, events.size(), "no other event for loan A: " + events);
        // every event satisfies its published contract schema
        events.forEach(e -> schemas.validate(EventTypes.byName(e.type()).orElseThrow(), e.json()));

        // B never changed after its first classification
        var forB = kafka.collect(Topics.MONITORING_EVENTS, e -> b.loanId().toString().equals(e.key()), 2, Duration.ofSeconds(5));
        assertEquals(1, forB.size());
        assertEquals(EventTypes.MONITORING_LOAN_CLASSIFIED.type(), forB.get(0).type());
        assertNull(forB.get(0).json().get("previousCategory").textValue());
    }

    @Test
    @Order(5)
    void aRunInterruptedMidwayResumesWithTheLoansItHadNotDone() {
        LocalDate date = LocalDate.parse("2011-06-02");
        clock.setToday(date);
        // as if the process died after loan A's batch committed
        database.preparedQuery("INSERT INTO daily_run (id, business_date, status, started_at, started_by, version) "
                        + "VALUES ($1, $2, 'RUNNING', now(), 'risk.li', 0)")
                .execute(Tuple.of(UUID.randomUUID(), date)).await().indefinitely();
        database.preparedQuery("INSERT INTO loan_day (loan_id, business_date, days_past_due, category, stage, "
                        + "outstanding_principal, overdue_principal, overdue_interest, ead, pd, lgd, ecl, "
                        + "classification_changed, warnings_raised, defaulted, recorded_at) "
                        + "VALUES ($1, $2, 93, 'SUBSTANDARD', 3, 500000.00, 300000.00, 0, 500000.00, 1, 0.45, 225000.00, "
                        + "false, 0, false, now())")
                .execute(Tuple.of(a.loanId(), date)).await().indefinitely();

        // another date cannot start while this one is unfinished
        clock.setToday(date.plusDays(1));
        given().contentType(ContentType.JSON).body(Map.of("businessDate", "2011-06-03"))
                .post("/api/monitoring/daily-runs").then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/daily-run-unfinished"))
                .body("unfinishedDate", equalTo("2011-06-02"));

        var resumed = run("2011-06-02", 201);
        assertEquals("COMPLETED", resumed.get("status"));
        // already done: not assessed again. The loan row keeps its 92 DPD of 06-01 (a real chunk writes the loan and
        // its loan_day row together); assessedOn is the date of the loan's latest loan_day row, the faked 06-02
        assertLoan(a, "2011-06-02", 92, "SUBSTANDARD", 3);
        assertLoan(b, "2011-06-02", 0, "NORMAL", 1);
        assertEquals(Boolean.TRUE, ((Number) resumed.get("loansAssessed")).intValue() >= 2);
    }

    @Test
    @Order(6)
    void refusesABusinessDateAfterToday() {
        clock.setToday(LocalDate.parse("2011-06-02"));
        given().contentType(ContentType.JSON).body(Map.of("businessDate", "2011-06-10"))
                .post("/api/monitoring/daily-runs").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("businessDate"));
        given().get("/api/monitoring/daily-runs/2011-06-10").then().statusCode(404);
    }

    @Test
    @Order(7)
    void aRunWithoutBusinessDateIs400NamingIt() {
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/monitoring/daily-runs").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("businessDate"));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "analyst.chen", roles = "credit-analyst")
    void onlyRiskManagersAndIntegrationStartRuns() {
        given().contentType(ContentType.JSON).body(Map.of("businessDate", "2011-06-03"))
                .post("/api/monitoring/daily-runs").then().statusCode(403).contentType("application/problem+json");
        // but analysts read them
        given().get("/api/monitoring/daily-runs/2011-06-01").then().statusCode(200);
        given().get("/api/monitoring/daily-runs/2011-06-03").then().statusCode(404);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "someone", roles = "guest")
    void readingRunsNeedsACreditRole() {
        given().get("/api/monitoring/daily-runs/2011-06-01").then().statusCode(403);
    }

    @Test
    @Order(10)
    @TestSecurity(user = "svc-corebanking", roles = "integration")
    void integrationStartsTheNextDate() {
        clock.setToday(LocalDate.parse("2011-06-03"));
        given().contentType(ContentType.JSON).body(Map.of("businessDate", "2011-06-03"))
                .post("/api/monitoring/daily-runs").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/monitoring/daily-runs/2011-06-03"))
                .body("startedBy", equalTo("svc-corebanking"))
                .body("completedAt", org.hamcrest.Matchers.notNullValue());
        given().get("/api/monitoring/daily-runs/2099-01-01").then().statusCode(404);
    }

    @Test
    @Order(11)
    void aDefaultedLoanIsAcceleratedAndRecoveriesOfExactlyItsExposureAtDefaultRepayIt() {
        // on default (2011-05-31) the remaining principal fell due and the future interest was cancelled: installments
        // 5 (due 06-01) and 6 (due 07-01) are due on the default date without interest
        given().get("/api/monitoring/loans/" + a.loanId()).then()
                .body("installments[4].dueDate", equalTo("2011-05-31"))
                .body("installments[4].interestDue", equalTo(0.0f))
                .body("installments[5].dueDate", equalTo("2011-05-31"))
                .body("installments[5].interestDue", equalTo(0.0f))
                .body("installments[5].principalDue", equalTo(100000.00f))
                // installments 2-4 keep their interest (due before the default)
                .body("installments[3].interestDue", equalTo(Loans.interest(a, 4).floatValue()));
        assertEquals(1, auditCount(a.loanId(), "loan.defaulted"));

        // collections recovers exactly the exposure at default of the loan-defaulted event: outstanding principal +
        // overdue interest at default
        BigDecimal exposure = new BigDecimal("500000.00").add(Loans.interest(a, 2)).add(Loans.interest(a, 3))
                .add(Loans.interest(a, 4));
        var recovery = new RecoveryRecorded(UUID.randomUUID(), UUID.randomUUID(), a.loanId(), exposure, "CNY", "MANUAL",
                LocalDate.parse("2011-06-04"), exposure, BigDecimal.ZERO);
        kafka.publish(EventTypes.COLLECTIONS_RECOVERY_RECORDED, a.loanId(), recovery);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + a.loanId()).then()
                .body("repayments.repaymentId", hasItem(recovery.recoveryId().toString())));

        // the risk manager's review takes the borrower off the watch list (the 60-DPD signal put it there; while on it,
        // IFRS 9 keeps its loans in stage 2 at least)
        takeOffWatchList(a, "recovered in full by collections");
        // the caller's W3C trace goes with the run's events (staged in SQL, stamped on their outbox rows)
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        clock.setToday(LocalDate.parse("2011-06-04"));
        given().contentType(ContentType.JSON).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(Map.of("businessDate", "2011-06-04")).post("/api/monitoring/daily-runs").then().statusCode(201);
        given().get("/api/monitoring/loans/" + a.loanId()).then()
                .body("status", equalTo("REPAID"))
                .body("outstandingPrincipal", equalTo(0.0f))
                .body("unappliedCredit", equalTo(0.0f))
                .body("daysPastDue", equalTo(0))
                .body("category", equalTo("NORMAL"))
                .body("stage", equalTo(1))
                .body("defaultedOn", equalTo("2011-05-31"))
                .body("restoredOn", equalTo("2011-06-04"));

        String key = a.loanId().toString();
        var restored = kafka.collect(Topics.MONITORING_EVENTS, e -> key.equals(e.key())
                && EventTypes.MONITORING_LOAN_RESTORED.type().equals(e.type()), 1, WAIT);
        assertEquals(1, restored.size());
        assertEquals(traceId, restored.get(0).traceId());
        schemas.validate(EventTypes.MONITORING_LOAN_RESTORED, restored.get(0).json());
        LoanRestored r = restored.get(0).as(LoanRestored.class);
        assertEquals(LocalDate.parse("2011-06-04"), r.restoredOn());
        assertEquals(LocalDate.parse("2011-05-31"), r.defaultedOn());
        assertEquals(LoanCategory.NORMAL, r.category());
        assertEquals(1, r.stage());
        assertEquals(0, BigDecimal.ZERO.compareTo(r.outstandingPrincipal()));
        var upgraded = kafka.collect(Topics.MONITORING_EVENTS, e -> key.equals(e.key())
                && EventTypes.MONITORING_LOAN_CLASSIFIED.type().equals(e.type())
                && "2011-06-04".equals(e.json().get("asOf").asText()), 1, WAIT);
        assertEquals("SUBSTANDARD", upgraded.get(0).json().get("previousCategory").asText());
        assertEquals("NORMAL", upgraded.get(0).json().get("category").asText());

        // a repaid loan is not assessed any more: the next day changes nothing and restores nothing again
        run("2011-06-05", 201);
        given().get("/api/monitoring/loans/" + a.loanId()).then().body("assessedOn", equalTo("2011-06-04"));
        var after = kafka.collect(Topics.MONITORING_EVENTS, e -> key.equals(e.key())
                && EventTypes.MONITORING_LOAN_RESTORED.type().equals(e.type()), 2, Duration.ofSeconds(5));
        assertEquals(1, after.size());
    }

    @Test
    @Order(12)
    void thePortfolioAsOfARunAgreesWithTheRunsSummary() {
        // loans other suites book on 2011-01-01 may be in the book too, so compare with the run's own summary
        var exact = given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
        var run = exact.get("/api/monitoring/daily-runs/2011-06-01").then().statusCode(200).extract().jsonPath();
        var book = given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("asOf", "2011-06-01").get("/api/monitoring/portfolio").then().statusCode(200)
                .body("asOf", equalTo("2011-06-01")).extract().jsonPath();
        assertEquals(run.getInt("loansAssessed"), book.getInt("loans"));
        assertEquals(run.getInt("byCategory.SUBSTANDARD"), book.getInt("byCategory.SUBSTANDARD.loans"));
        assertEquals(run.getInt("byStage.'3'"), book.getInt("byStage.'3'.loans"));
        BigDecimal exposure = run.get("totalOutstandingPrincipal");
        BigDecimal ecl = run.get("totalEcl");
        assertEquals(exposure, book.get("exposure"));
        assertEquals(ecl, book.get("totalEcl"));
        // A (92 DPD, 500,000.00 outstanding after its first installment) is substandard: part of the NPL exposure
        BigDecimal npl = book.get("nplExposure");
        assertEquals(Boolean.TRUE, npl.compareTo(new BigDecimal("500000.00")) >= 0);
        assertEquals(npl.divide(exposure, 6, RoundingMode.HALF_UP), book.get("nplRatio"));
        assertEquals(ecl.divide(npl, 6, RoundingMode.HALF_UP), book.get("provisionCoverage"));
    }

    int auditCount(UUID loanId, String action) {
        return given().queryParam("entityType", "loan").queryParam("entityId", loanId.toString())
                .queryParam("action", action)
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    @Order(13)
    void aJudgmentMakesTheLoanWorseFromTheNextRunAndWithdrawingItRestoresTheFloor() {
        // B is current (floor NORMAL): special mention by judgment applies from the next run, not before
        given().contentType(ContentType.JSON)
                .body(Map.of("category", "SPECIAL_MENTION", "reason", "Largest customer filed for bankruptcy"))
                .put("/api/monitoring/loans/" + b.loanId() + "/judgment").then().statusCode(200)
                .body("category", equalTo("SPECIAL_MENTION")).body("judgedBy", equalTo("risk.li"));
        given().get("/api/monitoring/loans/" + b.loanId()).then()
                .body("category", equalTo("NORMAL"))
                .body("judgment.category", equalTo("SPECIAL_MENTION"))
                .body("judgment.reason", equalTo("Largest customer filed for bankruptcy"));
        run("2011-06-06", 201);
        assertLoan(b, "2011-06-06", 0, "SPECIAL_MENTION", 1);
        // never better than the floor, and not the floor itself
        given().contentType(ContentType.JSON).body(Map.of("category", "NORMAL", "reason", "all fine"))
                .put("/api/monitoring/loans/" + b.loanId() + "/judgment").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("category"))
                .body("floorCategory", equalTo("NORMAL"));
        // a repaid loan takes no judgment
        given().contentType(ContentType.JSON).body(Map.of("category", "LOSS", "reason", "late"))
                .put("/api/monitoring/loans/" + a.loanId() + "/judgment").then().statusCode(409);

        given().delete("/api/monitoring/loans/" + b.loanId() + "/judgment").then().statusCode(204);
        given().delete("/api/monitoring/loans/" + b.loanId() + "/judgment").then().statusCode(404);
        run("2011-06-07", 201);
        assertLoan(b, "2011-06-07", 0, "NORMAL", 1);
        given().get("/api/monitoring/loans/" + b.loanId()).then().body("judgment", org.hamcrest.Matchers.nullValue());
        assertEquals(1, auditCount(b.loanId(), "loan.judgment-recorded"));
        assertEquals(1, auditCount(b.loanId(), "loan.judgment-withdrawn"));

        String key = b.loanId().toString();
        List<String> classified = kafka.collect(Topics.MONITORING_EVENTS, e -> key.equals(e.key())
                        && EventTypes.MONITORING_LOAN_CLASSIFIED.type().equals(e.type()), 3, WAIT).stream()
                .map(e -> e.json().get("category").asText() + "@" + e.json().get("asOf").asText()).toList();
        assertEquals(List.of("NORMAL@2011-02-01", "SPECIAL_MENTION@2011-06-06", "NORMAL@2011-06-07"), classified);
        // B pays its last installment on time and leaves the book
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, b.loanId(), Loans.paying(b, 6));
    }

    static LoanDisbursed c;

    @Test
    @Order(14)
    void aLoanWalksFromCurrentToDefaultAndBackToNormalAfterRestructuringAndObservation() {
        c = Loans.monthly(UUID.randomUUID(), LocalDate.parse("2011-06-05"), 6, "10000.00");
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, c.loanId(), c);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + c.loanId()).then().statusCode(200));
        run("2011-07-05", 201);
        assertLoan(c, "2011-07-05", 0, "NORMAL", 1);
        // nothing paid: 91 days after the first due date it defaults and is accelerated
        run("2011-10-04", 201);
        assertLoan(c, "2011-10-04", 91, "SUBSTANDARD", 3);
        given().get("/api/monitoring/loans/" + c.loanId()).then()
                .body("defaultedOn", equalTo("2011-10-04"))
                .body("installments.findAll { it.dueDate == '2011-10-04' }.size()", equalTo(3))
                .body("installments[5].interestDue", equalTo(0.0f));

        // collections restructures the exposure at default over 24 months at 6 %, first due 2011-11-05
        BigDecimal exposure = new BigDecimal("60000.00").add(Loans.interest(c, 1)).add(Loans.interest(c, 2))
                .add(Loans.interest(c, 3));
        double r = 0.06 / 12;
        BigDecimal payment = BigDecimal.valueOf(exposure.doubleValue() * r / (1 - Math.pow(1 + r, -24)))
                .setScale(2, RoundingMode.HALF_UP);
        var restructured = new LoanRestructured(UUID.randomUUID(), c.loanId(), c.customerId(), exposure, "CNY",
                new BigDecimal("0.06"), 24, payment, LocalDate.parse("2011-11-05"), LocalDate.parse("2011-10-10"),
                "col.wang", "risk.liu");
        String eventId = kafka.publish(EventTypes.COLLECTIONS_LOAN_RESTRUCTURED, c.loanId(), restructured);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + c.loanId()).then()
                .body("restructuring.restructuredOn", equalTo("2011-10-10")));
        // redelivered under the same id (inbox) and republished under a new one: no second effect
        kafka.publish(Topics.COLLECTIONS_EVENTS, EventTypes.COLLECTIONS_LOAN_RESTRUCTURED.type(), c.loanId().toString(),
                eventId, CloudEventsKafka.JSON.valueToTree(restructured).toString());
        kafka.publish(EventTypes.COLLECTIONS_LOAN_RESTRUCTURED, c.loanId(), restructured);
        var exact = given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
        var view = exact.get("/api/monitoring/loans/" + c.loanId()).then().statusCode(200)
                .body("restructuring.categoryBefore", equalTo("SUBSTANDARD"))
                .body("restructuring.observationStart", equalTo("2011-11-05"))
                .body("restructuring.observationUntil", equalTo("2012-11-05"))
                .body("maturityDate", equalTo("2013-10-05"))
                .extract().jsonPath();
        // nothing was paid of the old schedule: it is replaced whole by 24 installments whose principal is the exposure
        List<Map<String, Object>> installments = view.getList("installments");
        assertEquals(24, installments.size());
        assertEquals(exposure, view.get("outstandingPrincipal"));
        assertEquals(exposure, view.get("principal"));
        assertEquals(7, ((Number) installments.get(0).get("number")).intValue());
        assertEquals(payment, ((BigDecimal) installments.get(0).get("principalDue"))
                .add((BigDecimal) installments.get(0).get("interestDue")));
        await().during(Duration.ofSeconds(3)).atMost(WAIT).untilAsserted(() ->
                assertEquals(1, auditCount(c.loanId(), "loan.restructured")));

        // current again: the default episode ends, but an NPL is not upgraded during observation (stage 3 with it)
        run("2011-10-11", 201);
        assertLoan(c, "2011-10-11", 0, "SUBSTANDARD", 3);
        given().get("/api/monitoring/loans/" + c.loanId()).then().body("restoredOn", equalTo("2011-10-11"));
        // the borrower pays the new schedule on time for the 13 repayment dates of the year of observation
        for (int k = 0; k < 13; k++) {
            Map<String, Object> i = installments.get(k);
            kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, c.loanId(), Loans.repayment(c.loanId(),
                    ((BigDecimal) i.get("principalDue")).add((BigDecimal) i.get("interestDue")),
                    LocalDate.parse((String) i.get("dueDate"))));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + c.loanId()).then()
                .body("installments[12].fullyPaid", equalTo(true)));
        run("2012-05-01", 201);
        assertLoan(c, "2012-05-01", 0, "SUBSTANDARD", 3);
        run("2012-11-04", 201);   // the day before the observation period is served
        assertLoan(c, "2012-11-04", 0, "SUBSTANDARD", 3);
        // the year served, the risk manager's review takes the borrower off the watch list the default put it on
        takeOffWatchList(c, "restructured schedule paid on time through the observation year");
        run("2012-11-05", 201);
        assertLoan(c, "2012-11-05", 0, "NORMAL", 1);
        given().get("/api/monitoring/loans/" + c.loanId()).then()
                .body("restructuring.observationEndedOn", equalTo("2012-11-05"))
                .body("status", equalTo("ACTIVE"));
        assertEquals(1, auditCount(c.loanId(), "loan.observation-ended"));

        String key = c.loanId().toString();
        List<String> events = kafka.collect(Topics.MONITORING_EVENTS, e -> key.equals(e.key()), 9, WAIT).stream()
                .filter(e -> !EventTypes.MONITORING_EARLY_WARNING_RAISED.type().equals(e.type()))
                .map(e -> e.type().replace("monitoring.", "") + ":" + e.json().path("category").asText()
                        + "/" + e.json().path("stage").asText() + "@" + e.json().path("asOf").asText(
                                e.json().path("defaultDate").asText(e.json().path("restoredOn").asText())))
                .toList();
        assertEquals(List.of("loan-classified.v1:NORMAL/1@2011-07-05", "loan-classified.v1:SUBSTANDARD/3@2011-10-04",
                "loan-defaulted.v1:SUBSTANDARD/@2011-10-04", "loan-restored.v1:SUBSTANDARD/3@2011-10-11",
                "loan-classified.v1:NORMAL/1@2012-11-05"), events);
    }

    /** The first default date the run keeps for the vintage curves (not in the loan view). */
    private LocalDate firstDefaultedOn(LoanDisbursed loan) {
        return database.preparedQuery("SELECT first_defaulted_on FROM loan WHERE id = $1")
                .execute(Tuple.of(loan.loanId())).await().indefinitely()
                .iterator().next().getLocalDate(0);
    }

    /** The borrower's one ACTIVE watch-list entry, removed by the risk manager with the reason. */
    private void takeOffWatchList(LoanDisbursed loan, String reason) {
        String entry = given().queryParam("customerId", loan.customerId().toString()).get("/api/monitoring/watch-list")
                .then().statusCode(200).body("status", equalTo(List.of("ACTIVE"))).extract().path("[0].entryId");
        given().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/monitoring/watch-list/" + entry + "/removal").then().statusCode(200);
    }
}
