package org.smecredit.monitoring.portfolio;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Concentration (industry, region, size class), migration matrices and vintage curves over a hand-computed book,
 * written as rows of 1995-1997 (before every date the other suites use; the loans are REPAID, so no later run
 * assesses them).
 *
 * <p>Book on F = 1997-06-30 and T = 1997-12-31 (category, exposure F → T, ECL at T):
 * <pre>
 * L1 c1 NORMAL 100,000 → NORMAL 80,000 (ECL 800)           profile C13 / 310000 / MEDIUM
 * L2 c2 NORMAL 200,000 → SPECIAL_MENTION 190,000 (5,700)    profile C13 / 440000 / SMALL
 * L3 c3 SPECIAL_MENTION 50,000 → SUBSTANDARD 50,000 (22,500) profile F51 / 310000 / SMALL
 * L4 c4 SUBSTANDARD 30,000 → NORMAL 20,000 (200)            no profile
 * L5 c5 NORMAL 40,000 → left the book (repaid)              no profile
 * L6 c6 new after F → NORMAL 300,000 (3,000)               profile I65 / 310000 / size unknown
 * L7 c7 DOUBTFUL 10,000 → LOSS 10,000 (10,000)              profile F51 / region unknown / MICRO
 * </pre>
 * F book: 6 loans, 430,000.00; T book: 6 loans, 650,000.00.
 */
@QuarkusTest
@TestSecurity(user = "risk.li", roles = "risk-manager")
class PortfolioAnalyticsTest {
    static final String F = "1997-06-30";
    static final String T = "1997-12-31";
    static final Duration WAIT = Duration.ofSeconds(60);
    static boolean seeded;
    static UUID c1, c2, c3, c4, c5, c6, c7;
    static CloudEventsKafka kafka;

    @Inject
    Pool database;

    @AfterAll
    static void close() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        run(F);
        run(T);
        c1 = UUID.randomUUID();
        c2 = UUID.randomUUID();
        c3 = UUID.randomUUID();
        c4 = UUID.randomUUID();
        c5 = UUID.randomUUID();
        c6 = UUID.randomUUID();
        c7 = UUID.randomUUID();
        UUID l1 = loan(c1, "BBB", "0.0100", "1997-01-01", "100000.00");
        UUID l2 = loan(c2, "BBB", "0.0100", "1997-01-01", "200000.00");
        UUID l3 = loan(c3, "BB", "0.0300", "1997-01-01", "50000.00");
        UUID l4 = loan(c4, "B", "0.0800", "1997-01-01", "30000.00");
        UUID l5 = loan(c5, "BB", "0.0300", "1997-01-01", "40000.00");
        UUID l6 = loan(c6, "A", "0.0050", "1997-08-01", "300000.00");
        UUID l7 = loan(c7, "B", "0.0800", "1997-01-01", "10000.00");
        day(l1, F, "NORMAL", "100000.00", "1000.00", false);
        day(l2, F, "NORMAL", "200000.00", "2000.00", false);
        day(l3, F, "SPECIAL_MENTION", "50000.00", "1500.00", false);
        day(l4, F, "SUBSTANDARD", "30000.00", "13500.00", false);
        day(l5, F, "NORMAL", "40000.00", "400.00", false);
        day(l7, F, "DOUBTFUL", "10000.00", "5000.00", false);
        day(l1, T, "NORMAL", "80000.00", "800.00", false);
        day(l2, T, "SPECIAL_MENTION", "190000.00", "5700.00", false);
        day(l3, T, "SUBSTANDARD", "50000.00", "22500.00", false);
        day(l4, T, "NORMAL", "20000.00", "200.00", false);
        day(l6, T, "NORMAL", "300000.00", "3000.00", false);
        day(l7, T, "LOSS", "10000.00", "10000.00", false);
        profile(c1, "C13", "310000", "MEDIUM");
        profile(c2, "C13", "440000", "SMALL");
        profile(c3, "F51", "310000", "SMALL");
        profile(c6, "I65", "310000", null);
        profile(c7, "F51", null, "MICRO");
        seedVintages();
        seeded = true;
    }

    /**
     * Loans of 1995-1996 for the vintage curves (first default → months on book):
     * <pre>
     * 1995-Q4: V1 1995-10-15 100,000 default 1996-01-20 → mob 4
     *          V2 1995-11-30 200,000 first default 1996-02-29 (cured 1996-04-10, again 1996-05-31) → mob 3
     *          V3 1995-12-31 300,000 never
     *          V4 1995-12-01 400,000 default 1996-07-15 → mob 8
     * 1996-Q1: V5 1996-01-10 500,000 default 1996-04-10 → mob 3;  V6 1996-03-31 500,000 never
     * 1996-Q2: V7 1996-05-05 100,000 never;  1996-Q3: V8 1996-07-01 100,000 never
     * </pre>
     */
    void seedVintages() {
        UUID v1 = loan(UUID.randomUUID(), "BB", "0.0300", "1995-10-15", "100000.00");
        defaulted(v1, "1996-01-20", null);
        UUID v2 = loan(UUID.randomUUID(), "BB", "0.0300", "1995-11-30", "200000.00");
        defaulted(v2, "1996-05-31", "1996-04-10", "1996-02-29");
        day(v2, "1996-02-29", "SUBSTANDARD", "200000.00", "90000.00", true);
        day(v2, "1996-04-10", "NORMAL", "180000.00", "2000.00", false);
        day(v2, "1996-05-31", "SUBSTANDARD", "180000.00", "81000.00", true);
        loan(UUID.randomUUID(), "BB", "0.0300", "1995-12-31", "300000.00");
        UUID v4 = loan(UUID.randomUUID(), "BB", "0.0300", "1995-12-01", "400000.00");
        defaulted(v4, "1996-07-15", null);
        UUID v5 = loan(UUID.randomUUID(), "BB", "0.0300", "1996-01-10", "500000.00");
        defaulted(v5, "1996-04-10", null);
        loan(UUID.randomUUID(), "BB", "0.0300", "1996-03-31", "500000.00");
        loan(UUID.randomUUID(), "BB", "0.0300", "1996-05-05", "100000.00");
        loan(UUID.randomUUID(), "BB", "0.0300", "1996-07-01", "100000.00");
    }

    UUID loan(UUID customer, String grade, String pd, String disbursedOn, String principal) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("INSERT INTO loan (id, application_id, customer_id, principal, currency, annual_rate, "
                        + "disbursed_on, maturity_date, grade, pd, lgd, status, unapplied_credit, warning_level, "
                        + "booked_at, version) VALUES ($1, $2, $3, $4, 'CNY', 0.0485, $5, $6, $7, $8, 0.45, "
                        + "'REPAID', 0, 0, now(), 0)")
                .execute(Tuple.tuple(List.of(id, UUID.randomUUID(), customer, n(principal),
                        LocalDate.parse(disbursedOn), LocalDate.parse(disbursedOn).plusYears(3), grade, n(pd))))
                .await().indefinitely();
        return id;
    }

    void defaulted(UUID loan, String defaultedOn, String restoredOn) {
        defaulted(loan, defaultedOn, restoredOn, defaultedOn);
    }

    /** As the daily run leaves a loan: the current episode's default date, its cure, and the first default ever. */
    void defaulted(UUID loan, String defaultedOn, String restoredOn, String firstDefaultedOn) {
        database.preparedQuery("UPDATE loan SET defaulted_on = $2, restored_on = $3, first_defaulted_on = $4 WHERE id = $1")
                .execute(Tuple.of(loan, LocalDate.parse(defaultedOn), restoredOn == null ? null : LocalDate.parse(restoredOn),
                        LocalDate.parse(firstDefaultedOn)))
                .await().indefinitely();
    }

    void run(String date) {
        database.preparedQuery("INSERT INTO daily_run (id, business_date, status, started_at, started_by, "
                        + "completed_at, version) VALUES ($1, $2, 'COMPLETED', now(), 'risk.li', now(), 0)")
                .execute(Tuple.of(UUID.randomUUID(), LocalDate.parse(date))).await().indefinitely();
    }

    void day(UUID loan, String date, String category, String outstanding, String ecl, boolean defaulted) {
        int stage = switch (category) {
            case "NORMAL" -> 1;
            case "SPECIAL_MENTION" -> 2;
            default -> 3;
        };
        database.preparedQuery("INSERT INTO loan_day (loan_id, business_date, days_past_due, category, stage, "
                        + "outstanding_principal, overdue_principal, overdue_interest, ead, pd, lgd, ecl, "
                        + "classification_changed, warnings_raised, defaulted, recorded_at) "
                        + "VALUES ($1, $2, 0, $3, $4, $5, 0, 0, $5, 0.0125, 0.45, $6, false, 0, $7, now())")
                .execute(Tuple.tuple(List.of(loan, LocalDate.parse(date), category, stage, n(outstanding), n(ecl),
                        defaulted)))
                .await().indefinitely();
    }

    void profile(UUID customer, String industry, String region, String sizeClass) {
        database.preparedQuery("INSERT INTO customer_profile (customer_id, legal_name, industry_code, region_code, "
                        + "size_class, updated_at, version) VALUES ($1, 'test borrower', $2, $3, $4, now(), 0)")
                .execute(Tuple.of(customer, industry, region, sizeClass)).await().indefinitely();
    }

    static RequestSpecification exact() {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    /** Asserts a slice: loans, exposure, ECL, NPL exposure, NPL ratio, share of the book. */
    static ValidatableResponse slice(ValidatableResponse r, String path, int loans, String exposure, String ecl,
                                     String npl, String nplRatio, String share) {
        return r.body(path + ".loans", equalTo(loans))
                .body(path + ".exposure", equalTo(n(exposure)))
                .body(path + ".ecl", equalTo(n(ecl)))
                .body(path + ".nplExposure", equalTo(n(npl)))
                .body(path + ".nplRatio", equalTo(n(nplRatio)))
                .body(path + ".share", equalTo(n(share)));
    }

    static ValidatableResponse cell(ValidatableResponse r, String path, int loans, String fromExposure,
                                    String toExposure) {
        return r.body(path + ".loans", equalTo(loans))
                .body(path + ".fromExposure", equalTo(n(fromExposure)))
                .body(path + ".toExposure", equalTo(n(toExposure)));
    }

    @Test
    void exposureAndNplRatioByIndustryRegionAndSizeClassWithAnUnknownBucket() {
        ValidatableResponse r = exact().queryParam("asOf", T).get("/api/monitoring/portfolio").then().statusCode(200)
                .body("loans", equalTo(6))
                .body("exposure", equalTo(n("650000.00")))
                .body("nplExposure", equalTo(n("60000.00")))
                // largest exposure first
                .body("byIndustry.keySet()", contains("I65", "C13", "F51", "UNKNOWN"))
                .body("byRegion.keySet()", contains("310000", "440000", "UNKNOWN"))
                .body("bySizeClass.keySet()", contains("UNKNOWN", "SMALL", "MEDIUM", "MICRO"));
        slice(r, "byIndustry.I65", 1, "300000.00", "3000.00", "0.00", "0.000000", "0.461538");
        slice(r, "byIndustry.C13", 2, "270000.00", "6500.00", "0.00", "0.000000", "0.415385");
        slice(r, "byIndustry.F51", 2, "60000.00", "32500.00", "60000.00", "1.000000", "0.092308");
        slice(r, "byIndustry.UNKNOWN", 1, "20000.00", "200.00", "0.00", "0.000000", "0.030769");
        slice(r, "byRegion.'310000'", 3, "430000.00", "26300.00", "50000.00", "0.116279", "0.661538");
        slice(r, "byRegion.'440000'", 1, "190000.00", "5700.00", "0.00", "0.000000", "0.292308");
        slice(r, "byRegion.UNKNOWN", 2, "30000.00", "10200.00", "10000.00", "0.333333", "0.046154");
        slice(r, "bySizeClass.UNKNOWN", 2, "320000.00", "3200.00", "0.00", "0.000000", "0.492308");
        slice(r, "bySizeClass.SMALL", 2, "240000.00", "28200.00", "50000.00", "0.208333", "0.369231");
        slice(r, "bySizeClass.MEDIUM", 1, "80000.00", "800.00", "0.00", "0.000000", "0.123077");
        slice(r, "bySizeClass.MICRO", 1, "10000.00", "10000.00", "10000.00", "1.000000", "0.015385");

        List<String> csv = given().queryParam("asOf", T).queryParam("format", "csv").get("/api/monitoring/portfolio")
                .then().statusCode(200).extract().asString().lines().toList();
        assertEquals(List.of(
                "1997-12-31,industry,I65,1,300000.00,3000.00,,0.00,0.000000,0.461538",
                "1997-12-31,industry,C13,2,270000.00,6500.00,,0.00,0.000000,0.415385",
                "1997-12-31,industry,F51,2,60000.00,32500.00,,60000.00,1.000000,0.092308",
                "1997-12-31,industry,UNKNOWN,1,20000.00,200.00,,0.00,0.000000,0.030769",
                "1997-12-31,region,310000,3,430000.00,26300.00,,50000.00,0.116279,0.661538",
                "1997-12-31,region,440000,1,190000.00,5700.00,,0.00,0.000000,0.292308",
                "1997-12-31,region,UNKNOWN,2,30000.00,10200.00,,10000.00,0.333333,0.046154",
                "1997-12-31,size_class,UNKNOWN,2,320000.00,3200.00,,0.00,0.000000,0.492308",
                "1997-12-31,size_class,SMALL,2,240000.00,28200.00,,50000.00,0.208333,0.369231",
                "1997-12-31,size_class,MEDIUM,1,80000.00,800.00,,0.00,0.000000,0.123077",
                "1997-12-31,size_class,MICRO,1,10000.00,10000.00,,10000.00,1.000000,0.015385"),
                csv.subList(csv.size() - 11, csv.size()));
    }

    @Test
    void categoryMigrationReconcilesToBothBooks() {
        ValidatableResponse r = exact().queryParam("from", F).queryParam("to", T)
                .get("/api/monitoring/portfolio/migration").then().statusCode(200)
                .body("by", equalTo("category"))
                .body("rows", contains("NORMAL", "SPECIAL_MENTION", "SUBSTANDARD", "DOUBTFUL", "LOSS", "NEW"))
                .body("columns", contains("NORMAL", "SPECIAL_MENTION", "SUBSTANDARD", "DOUBTFUL", "LOSS", "CLOSED"))
                .body("matrix.NORMAL.keySet()", hasSize(6))
                .body("fromBook.loans", equalTo(6))
                .body("fromBook.exposure", equalTo(n("430000.00")))
                .body("toBook.loans", equalTo(6))
                .body("toBook.exposure", equalTo(n("650000.00")));
        cell(r, "matrix.NORMAL.NORMAL", 1, "100000.00", "80000.00");
        cell(r, "matrix.NORMAL.SPECIAL_MENTION", 1, "200000.00", "190000.00");
        cell(r, "matrix.NORMAL.CLOSED", 1, "40000.00", "0.00");
        cell(r, "matrix.NORMAL.LOSS", 0, "0.00", "0.00");
        cell(r, "matrix.SPECIAL_MENTION.SUBSTANDARD", 1, "50000.00", "50000.00");
        cell(r, "matrix.SUBSTANDARD.NORMAL", 1, "30000.00", "20000.00");
        cell(r, "matrix.DOUBTFUL.LOSS", 1, "10000.00", "10000.00");
        cell(r, "matrix.NEW.NORMAL", 1, "0.00", "300000.00");
        cell(r, "matrix.NEW.CLOSED", 0, "0.00", "0.00");
        cell(r, "rowTotals.NORMAL", 3, "340000.00", "270000.00");
        cell(r, "rowTotals.NEW", 1, "0.00", "300000.00");
        cell(r, "columnTotals.NORMAL", 3, "130000.00", "400000.00");
        cell(r, "columnTotals.CLOSED", 1, "40000.00", "0.00");

        // the two books are the portfolio snapshots of the two dates
        exact().queryParam("asOf", F).get("/api/monitoring/portfolio").then()
                .body("loans", equalTo(6)).body("exposure", equalTo(n("430000.00")))
                .body("byCategory.NORMAL.exposure", equalTo(n("340000.00")));
        exact().queryParam("asOf", T).get("/api/monitoring/portfolio").then()
                .body("byCategory.NORMAL.exposure", equalTo(n("400000.00")));

        List<String> csv = given().accept("text/csv").queryParam("from", F).queryParam("to", T)
                .get("/api/monitoring/portfolio/migration").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString().lines().toList();
        assertEquals("from,to,by,from_state,to_state,loans,from_exposure,to_exposure", csv.get(0));
        assertEquals(1 + 6 * 6, csv.size());
        assertEquals("1997-06-30,1997-12-31,category,NORMAL,NORMAL,1,100000.00,80000.00", csv.get(1));
        assertEquals("1997-06-30,1997-12-31,category,NORMAL,CLOSED,1,40000.00,0.00", csv.get(6));
        assertTrue(csv.contains("1997-06-30,1997-12-31,category,DOUBTFUL,LOSS,1,10000.00,10000.00"));
        assertEquals("1997-06-30,1997-12-31,category,NEW,CLOSED,0,0.00,0.00", csv.get(36));
    }

    static RatingAssigned rating(UUID customer, String grade, String pd, String ratedOn, String previousGrade) {
        return new RatingAssigned(UUID.randomUUID(), customer, grade, new BigDecimal(pd), 600, "sme-scorecard-test",
                "STATEMENT_FILED", LocalDate.parse(ratedOn), null, List.of(), previousGrade);
    }

    static int auditCount(String entityType, Object entityId, String action) {
        return given().queryParam("entityType", entityType).queryParam("entityId", entityId.toString())
                .queryParam("action", action)
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    /**
     * Grades from the rating history the rating consumer keeps: c1 BBB on 1997-01-10, then on 1997-09-01 BBB and (later
     * the same day) BB, and an old CCC of 1996 delivered last; c3 BB on 1997-03-01 and B on F itself; c6 A on
     * 1997-08-01. The others have no rating here and keep their origination grade. Grades by PD: A, BBB, BB, B.
     */
    @Test
    void gradeMigrationFromTheRatingHistory() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/rating");
        RatingAssigned sameDayLast = rating(c1, "BB", "0.0300", "1997-09-01", "BBB");
        List<RatingAssigned> ratings = List.of(
                rating(c1, "BBB", "0.0100", "1997-01-10", null),
                rating(c1, "BBB", "0.0100", "1997-09-01", "BBB"),
                sameDayLast,
                rating(c1, "CCC", "0.2000", "1996-12-01", "BB"),
                rating(c3, "BB", "0.0300", "1997-03-01", null),
                rating(c3, "B", "0.0800", F, "BB"),
                rating(c6, "A", "0.0050", "1997-08-01", null));
        for (RatingAssigned a : ratings) {
            kafka.publish(EventTypes.RATING_ASSIGNED, a.customerId(), a);
        }
        // the same rating again under its CloudEvent id and under a new one: history keeps it once
        String json = CloudEventsKafka.toJson(sameDayLast);
        String ceId = UUID.randomUUID().toString();
        kafka.publish(Topics.RATING_EVENTS, EventTypes.RATING_ASSIGNED.type(), c1.toString(), ceId, json);
        kafka.publish(Topics.RATING_EVENTS, EventTypes.RATING_ASSIGNED.type(), c1.toString(), ceId, json);
        RatingAssigned marker = rating(c1, "BB", "0.0300", "1997-09-01", "BB");
        kafka.publish(EventTypes.RATING_ASSIGNED, c1, marker);
        for (RatingAssigned a : ratings) {
            await().atMost(WAIT).until(() -> auditCount("rating_history", a.ratingId(), "rating-history.recorded") == 1);
        }
        await().atMost(WAIT).until(() -> auditCount("rating_history", marker.ratingId(), "rating-history.recorded") == 1);
        assertEquals(1, auditCount("rating_history", sameDayLast.ratingId(), "rating-history.recorded"));

        ValidatableResponse r = exact().queryParam("from", F).queryParam("to", T).queryParam("by", "grade")
                .get("/api/monitoring/portfolio/migration").then().statusCode(200)
                .body("by", equalTo("grade"))
                .body("rows", contains("A", "BBB", "BB", "B", "NEW"))
                .body("columns", contains("A", "BBB", "BB", "B", "CLOSED"))
                .body("fromBook.exposure", equalTo(n("430000.00")))
                .body("toBook.exposure", equalTo(n("650000.00")));
        cell(r, "matrix.BBB.BB", 1, "100000.00", "80000.00");
        cell(r, "matrix.BBB.BBB", 1, "200000.00", "190000.00");
        cell(r, "matrix.BB.CLOSED", 1, "40000.00", "0.00");
        cell(r, "matrix.B.B", 3, "90000.00", "80000.00");
        cell(r, "matrix.NEW.A", 1, "0.00", "300000.00");
        cell(r, "rowTotals.A", 0, "0.00", "0.00");
        cell(r, "rowTotals.BBB", 2, "300000.00", "270000.00");
        cell(r, "columnTotals.BB", 1, "100000.00", "80000.00");
        cell(r, "columnTotals.B", 3, "90000.00", "80000.00");
    }

    @Test
    void vintageCurvesByQuarterCountACuredLoanFromItsFirstDefault() {
        ValidatableResponse r = exact().queryParam("cohort", "quarter").queryParam("asOf", "1996-06-30")
                .get("/api/monitoring/portfolio/vintages").then().statusCode(200)
                .body("asOf", equalTo("1996-06-30"))
                .body("cohort", equalTo("quarter"))
                .body("cohorts.cohort", contains("1995-Q4", "1996-Q1", "1996-Q2"))
                .body("cohorts[0].start", equalTo("1995-10-01"))
                .body("cohorts[0].end", equalTo("1995-12-31"))
                .body("cohorts[0].loans", equalTo(4))
                .body("cohorts[0].disbursedAmount", equalTo(n("1000000.00")))
                .body("cohorts[0].points.mob", contains(0, 1, 2, 3, 4, 5, 6))
                .body("cohorts[0].points.defaultedLoans", contains(0, 0, 0, 1, 2, 2, 2))
                .body("cohorts[0].points[2].defaultRateByCount", equalTo(n("0.000000")))
                .body("cohorts[0].points[3].defaultedAmount", equalTo(n("200000.00")))
                .body("cohorts[0].points[3].defaultRateByCount", equalTo(n("0.250000")))
                .body("cohorts[0].points[3].defaultRateByAmount", equalTo(n("0.200000")))
                .body("cohorts[0].points[6].defaultedAmount", equalTo(n("300000.00")))
                .body("cohorts[0].points[6].defaultRateByCount", equalTo(n("0.500000")))
                .body("cohorts[0].points[6].defaultRateByAmount", equalTo(n("0.300000")))
                .body("cohorts[1].loans", equalTo(2))
                .body("cohorts[1].points.mob", contains(0, 1, 2, 3))
                .body("cohorts[1].points.defaultedLoans", contains(0, 0, 0, 1))
                .body("cohorts[1].points[3].defaultRateByAmount", equalTo(n("0.500000")))
                .body("cohorts[2].loans", equalTo(1))
                .body("cohorts[2].points.mob", contains(0));
        r.body("cohorts[2].points[0].defaultRateByCount", equalTo(n("0.000000")));
    }

    @Test
    void vintageCsvInLongFormByMonth() {
        List<String> csv = given().queryParam("cohort", "month").queryParam("asOf", "1996-12-31")
                .queryParam("format", "csv").get("/api/monitoring/portfolio/vintages").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString().lines().toList();
        assertEquals("as_of,cohort,cohort_start,cohort_end,loans,disbursed_amount,mob,defaulted_loans,defaulted_amount,"
                + "default_rate_by_count,default_rate_by_amount", csv.get(0));
        // 1995-10 .. 1995-12: mob 0..14, 0..13, 0..12; 1996-01 0..11; 1996-03 0..9; 1996-05 0..7; 1996-07 0..5
        assertEquals(1 + 15 + 14 + 13 + 12 + 10 + 8 + 6, csv.size());
        assertTrue(csv.contains("1996-12-31,1995-10,1995-10-01,1995-10-31,1,100000.00,3,0,0.00,0.000000,0.000000"));
        assertTrue(csv.contains("1996-12-31,1995-10,1995-10-01,1995-10-31,1,100000.00,4,1,100000.00,1.000000,1.000000"));
        assertTrue(csv.contains("1996-12-31,1995-12,1995-12-01,1995-12-31,2,700000.00,7,0,0.00,0.000000,0.000000"));
        assertTrue(csv.contains("1996-12-31,1995-12,1995-12-01,1995-12-31,2,700000.00,8,1,400000.00,0.500000,0.571429"));
        assertEquals("1996-12-31,1996-07,1996-07-01,1996-07-31,1,100000.00,5,0,0.00,0.000000,0.000000",
                csv.get(csv.size() - 1));
    }

    @Test
    void badInputIs400NamingTheField() {
        problem(given().queryParam("to", T), "/migration", "from");
        problem(given().queryParam("from", F).queryParam("to", "31.12.1997"), "/migration", "to");
        problem(given().queryParam("from", T).queryParam("to", F), "/migration", "from");
        problem(given().queryParam("from", T).queryParam("to", T), "/migration", "from");
        problem(given().queryParam("from", F).queryParam("to", T).queryParam("by", "industry"), "/migration", "by");
        problem(given().queryParam("from", F).queryParam("to", T).queryParam("format", "xlsx"), "/migration", "format");
        problem(given().queryParam("cohort", "week"), "/vintages", "cohort");
        problem(given().queryParam("asOf", "1996/06/30"), "/vintages", "asOf");
        // defaults after the latest completed run are not known yet
        problem(given().queryParam("asOf", "2999-01-01"), "/vintages", "asOf");
        // a date without a completed run
        given().queryParam("from", "1997-07-01").queryParam("to", T).get("/api/monitoring/portfolio/migration")
                .then().statusCode(404);
        given().queryParam("from", F).queryParam("to", "1997-12-30").get("/api/monitoring/portfolio/migration")
                .then().statusCode(404);
    }

    static void problem(RequestSpecification request, String path, String field) {
        request.get("/api/monitoring/portfolio" + path).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo(field));
    }

    @Test
    @TestSecurity(user = "rm.wang", roles = "relationship-manager")
    void aRelationshipManagerMayNotSeeThem() {
        given().queryParam("from", F).queryParam("to", T).get("/api/monitoring/portfolio/migration")
                .then().statusCode(403);
        given().get("/api/monitoring/portfolio/vintages").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "approver.chen", roles = "credit-approver")
    void aCreditApproverMay() {
        given().queryParam("from", F).queryParam("to", T).get("/api/monitoring/portfolio/migration")
                .then().statusCode(200);
        given().get("/api/monitoring/portfolio/vintages").then().statusCode(200).body("cohort", equalTo("quarter"));
    }

    @Test
    void withoutAsOfTheVintagesAreObservedAtTheLatestCompletedRun() {
        String latest = database.query("SELECT max(business_date) AS d FROM daily_run WHERE status = 'COMPLETED'")
                .execute().await().indefinitely().iterator().next().getLocalDate("d").toString();
        given().get("/api/monitoring/portfolio/vintages").then().statusCode(200).body("asOf", equalTo(latest));
        exact().queryParam("asOf", "1995-01-31").get("/api/monitoring/portfolio/vintages").then().statusCode(200)
                .body("cohorts", hasSize(0))
                .body("asOf", equalTo("1995-01-31"));
        given().queryParam("asOf", "1995-01-31").queryParam("format", "csv").get("/api/monitoring/portfolio/vintages")
                .then().statusCode(200).body(equalTo(
                        "as_of,cohort,cohort_start,cohort_end,loans,disbursed_amount,mob,defaulted_loans,"
                                + "defaulted_amount,default_rate_by_count,default_rate_by_amount\r\n"));
    }
}
