package org.smecredit.monitoring.signal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.monitoring.Customers;
import org.smecredit.monitoring.Loans;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.SchemaValidator;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Contagion through a guarantee circle, end to end against real PostgreSQL and Kafka: A guarantees B's debt, and A,
 * B and C form one guarantee circle. A's loan defaults in a daily run; B's loan gets GUARANTOR_DEFAULT, C's
 * CIRCLE_MEMBER_DEFAULT, both are published on Kafka and put B and C on the watch list; A's own days-past-due
 * signals become signal rows with the ids the run published, and its CRITICAL one watch-lists A.
 *
 * <p>Runs in its own application start ({@link Isolated}: the database is cleaned), so that its business dates do not
 * interleave with the daily runs of {@code DailyRunResourceTest}, which must move forward.
 */
@QuarkusTest
@TestProfile(ContagionFlowTest.Isolated.class)
@TestSecurity(user = "risk.li", roles = "risk-manager")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContagionFlowTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final LocalDate DISBURSED = LocalDate.parse("2013-01-01");
    /** 91 days after installment 1 fell due (2013-02-01): A defaults. */
    static final LocalDate DEFAULT_DAY = LocalDate.parse("2013-05-03");
    static CloudEventsKafka kafka;
    static UUID a = UUID.randomUUID();
    static UUID b = UUID.randomUUID();
    static UUID c = UUID.randomUUID();
    static LoanDisbursed loanA;
    static LoanDisbursed loanB;
    static LoanDisbursed loanC;

    /** Its own application start with a clean database. */
    public static class Isolated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("monitoring.watch-list.review-days", "30");
        }
    }

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

    static JsonPath signalsOf(LoanDisbursed loan) {
        return given().queryParam("loanId", loan.loanId().toString()).get("/api/monitoring/signals")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath watchListOf(UUID customerId) {
        return given().queryParam("customerId", customerId.toString()).get("/api/monitoring/watch-list")
                .then().statusCode(200).extract().jsonPath();
    }

    Map<String, Object> run(LocalDate date, int status) {
        clock.setToday(date);
        return given().contentType(ContentType.JSON).body(Map.of("businessDate", date.toString()))
                .post("/api/monitoring/daily-runs").then().statusCode(status).extract().jsonPath().getMap("$");
    }

    @Test
    @Order(1)
    void booksTheCircleAndTheLoans() {
        clock.setToday(DISBURSED);
        kafka.publish(EventTypes.CUSTOMER_REGISTERED, b, Customers.registered(b, "C34", "rm.zhao"));
        // A guarantees B; the circle is A, B and C (C guarantees A, as customer-service computed it)
        kafka.publish(EventTypes.CUSTOMER_GUARANTEE_LINKED, b, Customers.link(a, b, "2012-06-01", List.of(a, b)));
        kafka.publish(EventTypes.CUSTOMER_GUARANTEE_LINKED, a, Customers.link(c, a, "2012-06-01", List.of(c, a)));
        loanA = Loans.monthly(a, DISBURSED, 6, "100000.00");
        loanB = Loans.monthly(b, DISBURSED, 6, "100000.00");
        loanC = Loans.monthly(c, DISBURSED, 6, "100000.00");
        for (LoanDisbursed l : List.of(loanA, loanB, loanC)) {
            kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, l.loanId(), l);
        }
        // B and C pay every installment due by the default day; A pays nothing
        for (int k = 1; k <= 4; k++) {
            kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanB.loanId(), Loans.paying(loanB, k));
            kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanC.loanId(), Loans.paying(loanC, k));
        }
        await().atMost(WAIT).untilAsserted(() -> {
            for (LoanDisbursed l : List.of(loanB, loanC)) {
                given().get("/api/monitoring/loans/" + l.loanId()).then().statusCode(200)
                        .body("installments[3].fullyPaid", equalTo(true));
            }
            given().get("/api/monitoring/loans/" + loanA.loanId()).then().statusCode(200);
            given().queryParam("entityType", "guarantee_link").queryParam("action", "guarantee-link.projected")
                    .get("/api/audit").then().body("", hasSize(greaterThanOrEqualTo(2)));
            given().queryParam("entityType", "customer_profile").queryParam("entityId", b.toString())
                    .get("/api/audit").then().body("", hasSize(1));
        });
    }

    @Test
    @Order(2)
    void aDefaultInTheDailyRunSpreadsAlongTheGuaranteeLinks() {
        var summary = run(DEFAULT_DAY, 201);
        // loans other suites published on the shared broker may default too (this class can run first, reading them)
        assertTrue(((Number) summary.get("loansDefaulted")).intValue() >= 1, summary::toString);
        given().get("/api/monitoring/loans/" + loanA.loanId()).then().body("defaultedOn", equalTo(DEFAULT_DAY.toString()));

        // B: its guarantor A defaulted
        JsonPath sb = signalsOf(loanB);
        assertEquals(1, sb.getList("$").size());
        assertEquals("GUARANTOR_DEFAULT", sb.getString("[0].signalType"));
        assertEquals("HIGH", sb.getString("[0].severity"));
        assertEquals("OPEN", sb.getString("[0].status"));
        assertEquals(DEFAULT_DAY.toString(), sb.getString("[0].raisedOn"));
        assertTrue(sb.getString("[0].evidence").contains(loanA.loanId().toString()), sb.getString("[0].evidence"));
        // C: a member of the same circle defaulted
        JsonPath sc = signalsOf(loanC);
        assertEquals(1, sc.getList("$").size());
        assertEquals("CIRCLE_MEMBER_DEFAULT", sc.getString("[0].signalType"));
        assertEquals("MEDIUM", sc.getString("[0].severity"));

        // both on the watch list: B owned by its relationship manager, C (no profile) by the default owner; review +30
        JsonPath wb = watchListOf(b);
        assertEquals(1, wb.getList("$").size());
        assertEquals("rm.zhao", wb.getString("[0].owner"));
        assertEquals(DEFAULT_DAY.plusDays(30).toString(), wb.getString("[0].reviewOn"));
        assertEquals(wb.getString("[0].entryId"), sb.getString("[0].watchListEntryId"));
        assertEquals("risk-team", watchListOf(c).getString("[0].owner"));

        // A's own days-past-due signals, all crossed in this run, are rows too, with the ids the run published;
        // DPD_60 (HIGH) and DPD_90 (CRITICAL) put A on the watch list
        JsonPath sa = signalsOf(loanA);
        assertEquals(List.of("DPD_30", "DPD_60", "DPD_90", "MISSED_INSTALLMENT"),
                sa.getList("signalType", String.class).stream().sorted().toList());
        assertEquals(1, watchListOf(a).getList("$").size());
        String dpd90 = sa.getString("find { it.signalType == 'DPD_90' }.signalId");
        String entryA = watchListOf(a).getString("[0].entryId");
        assertEquals(entryA, sa.getString("find { it.signalType == 'DPD_90' }.watchListEntryId"));
        assertEquals(entryA, sa.getString("find { it.signalType == 'DPD_60' }.watchListEntryId"));
        assertEquals(null, sa.getString("find { it.signalType == 'DPD_30' }.watchListEntryId"));
        // the entry's reason is A's first HIGH-or-worse signal, the worst of the day; the entry and each link audited
        assertTrue(watchListOf(a).getString("[0].reason").startsWith("DPD_90 (CRITICAL) on loan " + loanA.loanId() + ": "),
                watchListOf(a).getString("[0].reason"));
        assertEquals(DEFAULT_DAY.plusDays(30).toString(), watchListOf(a).getString("[0].reviewOn"));
        given().queryParam("entityType", "watch_list_entry").queryParam("action", "watch-list.added")
                .queryParam("entityId", entryA).get("/api/audit").then()
                .body("", hasSize(1)).body("[0].after.customerId", equalTo(a.toString()))
                .body("[0].after.owner", equalTo("risk-team"));
        given().queryParam("entityType", "early_warning_signal").queryParam("action", "signal.watch-listed")
                .queryParam("entityId", dpd90).get("/api/audit").then()
                .body("", hasSize(1)).body("[0].after.watchListEntryId", equalTo(entryA))
                .body("[0].after.signalType", equalTo("DPD_90"));
        var published90 = kafka.await(Topics.MONITORING_EVENTS, e -> loanA.loanId().toString().equals(e.key())
                && EventTypes.MONITORING_EARLY_WARNING_RAISED.type().equals(e.type())
                && "DPD_90".equals(e.json().path("signalType").asText()), WAIT);
        assertEquals(dpd90, published90.json().get("signalId").asText());

        // the contagion signal on Kafka, keyed by B's loan, with the persisted id, matching the contract
        var event = kafka.await(Topics.MONITORING_EVENTS, e -> loanB.loanId().toString().equals(e.key())
                && EventTypes.MONITORING_EARLY_WARNING_RAISED.type().equals(e.type()), WAIT);
        assertEquals(sb.getString("[0].signalId"), event.json().get("signalId").asText());
        assertEquals("GUARANTOR_DEFAULT", event.json().get("signalType").asText());
        assertEquals(b.toString(), event.json().get("customerId").asText());
        schemas.validate(EventTypes.MONITORING_EARLY_WARNING_RAISED, event.json());
    }

    @Test
    @Order(3)
    void aReplayAndTheNextDaysRaiseNothingTwiceWithinTheDefaultEpisode() {
        run(DEFAULT_DAY, 200);
        // while A's default episode is open, a borrower A starts guaranteeing afterwards is warned by the next run
        UUID newBorrower = UUID.randomUUID();
        LoanDisbursed loanE = Loans.monthly(newBorrower, LocalDate.parse("2013-04-15"), 6, "50000.00");
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, loanE.loanId(), loanE);
        var link = Customers.link(a, newBorrower, "2013-05-04", List.of(a, newBorrower));
        kafka.publish(EventTypes.CUSTOMER_GUARANTEE_LINKED, newBorrower, link);
        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/api/monitoring/loans/" + loanE.loanId()).then().statusCode(200);
            given().queryParam("entityType", "guarantee_link").queryParam("entityId", link.linkId().toString())
                    .get("/api/audit").then().body("", hasSize(1));
        });
        run(DEFAULT_DAY.plusDays(1), 201);
        JsonPath se = signalsOf(loanE);
        assertEquals(1, se.getList("$").size());
        assertEquals("GUARANTOR_DEFAULT", se.getString("[0].signalType"));
        assertEquals(DEFAULT_DAY.plusDays(1).toString(), se.getString("[0].raisedOn"));
        assertEquals(1, signalsOf(loanB).getList("$").size());
        assertEquals(1, signalsOf(loanC).getList("$").size());
        assertEquals(4, signalsOf(loanA).getList("$").size());
        var events = kafka.collect(Topics.MONITORING_EVENTS, e -> loanB.loanId().toString().equals(e.key())
                && EventTypes.MONITORING_EARLY_WARNING_RAISED.type().equals(e.type()), 2, Duration.ofSeconds(10));
        assertEquals(1, events.size());
        assertEquals(1, watchListOf(b).getList("$").size());
        given().queryParam("entityType", "watch_list_entry").queryParam("action", "watch-list.added")
                .queryParam("entityId", watchListOf(b).getString("[0].entryId"))
                .get("/api/audit").then().body("", hasSize(1));
    }

    @Test
    @Order(4)
    void theWatchListShowsOverdueReviewsAndTheRiskManagerHandlesTheSignal() {
        clock.setToday(DEFAULT_DAY.plusDays(31));
        given().queryParam("overdue", "true").get("/api/monitoring/watch-list").then().statusCode(200)
                .body("customerId", hasItem(b.toString())).body("reviewOverdue", hasItem(true));
        String entry = watchListOf(b).getString("[0].entryId");
        given().contentType(ContentType.JSON).body(Map.of("reviewOn", DEFAULT_DAY.plusDays(60).toString()))
                .patch("/api/monitoring/watch-list/" + entry).then().statusCode(200).body("reviewOverdue", equalTo(false));
        given().queryParam("overdue", "true").queryParam("customerId", b.toString())
                .get("/api/monitoring/watch-list").then().statusCode(200).body("", hasSize(0));

        String signal = signalsOf(loanB).getString("[0].signalId");
        given().contentType(ContentType.JSON).body(Map.of("note", "Asked B for a replacement guarantor"))
                .post("/api/monitoring/signals/" + signal + "/acknowledgement").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("note", "Mortgage on B's plant replaces A's guarantee"))
                .post("/api/monitoring/signals/" + signal + "/resolution").then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Credit support restored"))
                .post("/api/monitoring/watch-list/" + entry + "/removal").then().statusCode(200);
        // removed by hand: a later run does not put B back for the same signal
        run(DEFAULT_DAY.plusDays(31), 201);
        assertEquals(0, watchListOf(b).getList("$").size());
    }
}
