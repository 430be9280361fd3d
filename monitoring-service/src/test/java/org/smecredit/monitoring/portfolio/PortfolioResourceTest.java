package org.smecredit.monitoring.portfolio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Portfolio metrics over a book with known amounts, written as two completed daily runs of 1999 (before every date
 * the other suites run, so they neither see these rows nor move the run order): the loans are REPAID, so no later
 * run assesses them. {@code DailyRunResourceTest} checks the snapshot against a real run's summary.
 *
 * <p>1999-12-31: NORMAL/1/BBB 600,000.00 ECL 8,100.00; SPECIAL_MENTION/2/BB 250,000.00 ECL 9,000.00;
 * SUBSTANDARD/3/BB 100,000.00 ECL 45,000.00; LOSS/3/B 50,000.00 ECL 50,000.00. Exposure 1,000,000.00, NPL 150,000.00
 * → NPL ratio 0.150000, special mention 0.250000, ECL 112,100.00, coverage 112,100 / 150,000 = 0.747333.
 * 1999-12-30: only the NORMAL loan (600,000.00, ECL 8,100.00): NPL ratio 0, coverage undefined (null).
 */
@QuarkusTest
@TestSecurity(user = "risk.li", roles = "risk-manager")
class PortfolioResourceTest {
    static final String DAY1 = "1999-12-30";
    static final String DAY2 = "1999-12-31";
    static boolean seeded;

    @Inject
    Pool database;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        UUID normal = loan("BBB");
        UUID watched = loan("BB");
        UUID substandard = loan("BB");
        UUID loss = loan("B");
        run(DAY1);
        day(normal, DAY1, "NORMAL", 1, "600000.00", "8100.00");
        run(DAY2);
        day(normal, DAY2, "NORMAL", 1, "600000.00", "8100.00");
        day(watched, DAY2, "SPECIAL_MENTION", 2, "250000.00", "9000.00");
        day(substandard, DAY2, "SUBSTANDARD", 3, "100000.00", "45000.00");
        day(loss, DAY2, "LOSS", 3, "50000.00", "50000.00");
        seeded = true;
    }

    UUID loan(String grade) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("INSERT INTO loan (id, application_id, customer_id, principal, currency, annual_rate, "
                        + "disbursed_on, maturity_date, grade, pd, lgd, status, unapplied_credit, warning_level, "
                        + "booked_at, version) VALUES ($1, $2, $3, 1000000.00, 'CNY', 0.0485, '1999-01-01', "
                        + "'2000-01-01', $4, 0.0125, 0.45, 'REPAID', 0, 0, now(), 0)")
                .execute(Tuple.of(id, UUID.randomUUID(), UUID.randomUUID(), grade)).await().indefinitely();
        return id;
    }

    void run(String date) {
        database.preparedQuery("INSERT INTO daily_run (id, business_date, status, started_at, started_by, "
                        + "completed_at, version) VALUES ($1, $2, 'COMPLETED', now(), 'risk.li', now(), 0)")
                .execute(Tuple.of(UUID.randomUUID(), LocalDate.parse(date))).await().indefinitely();
    }

    void day(UUID loan, String date, String category, int stage, String outstanding, String ecl) {
        database.preparedQuery("INSERT INTO loan_day (loan_id, business_date, days_past_due, category, stage, "
                        + "outstanding_principal, overdue_principal, overdue_interest, ead, pd, lgd, ecl, "
                        + "classification_changed, warnings_raised, defaulted, recorded_at) "
                        + "VALUES ($1, $2, 0, $3, $4, $5, 0, 0, $5, 0.0125, 0.45, $6, "
                        + "false, 0, false, now())")
                .execute(Tuple.of(loan, LocalDate.parse(date), category, stage, n(outstanding), n(ecl))).await().indefinitely();
    }

    static RequestSpecification exact() {
        // read amounts and ratios exactly as sent (scale included), not as floats
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theBookAsOfARunWithItsHeadlineRatiosAndSlices() {
        exact().queryParam("asOf", DAY2).get("/api/monitoring/portfolio").then().statusCode(200)
                .body("asOf", equalTo(DAY2))
                .body("loans", equalTo(4))
                .body("exposure", equalTo(n("1000000.00")))
                .body("nplExposure", equalTo(n("150000.00")))
                .body("specialMentionExposure", equalTo(n("250000.00")))
                .body("totalEcl", equalTo(n("112100.00")))
                .body("nplRatio", equalTo(n("0.150000")))
                .body("specialMentionRatio", equalTo(n("0.250000")))
                .body("provisionCoverage", equalTo(n("0.747333")))
                .body("byCategory.NORMAL.loans", equalTo(1))
                .body("byCategory.NORMAL.exposure", equalTo(n("600000.00")))
                .body("byCategory.SUBSTANDARD.exposure", equalTo(n("100000.00")))
                .body("byCategory.DOUBTFUL.loans", equalTo(0))
                .body("byCategory.DOUBTFUL.exposure", equalTo(n("0.00")))
                .body("byCategory.LOSS.ecl", equalTo(n("50000.00")))
                .body("byStage.'1'.exposure", equalTo(n("600000.00")))
                .body("byStage.'2'.ecl", equalTo(n("9000.00")))
                .body("byStage.'3'.loans", equalTo(2))
                .body("byStage.'3'.exposure", equalTo(n("150000.00")))
                .body("byStage.'3'.ecl", equalTo(n("95000.00")))
                .body("byGrade.BB.loans", equalTo(2))
                .body("byGrade.BB.exposure", equalTo(n("350000.00")))
                .body("byGrade.B.exposure", equalTo(n("50000.00")))
                .body("byGrade.BBB.ecl", equalTo(n("8100.00")))
                .body("byGrade.BB.nplExposure", equalTo(n("100000.00")))
                .body("byGrade.BB.nplRatio", equalTo(n("0.285714")))
                .body("byGrade.BB.share", equalTo(n("0.350000")))
                .body("byCategory.DOUBTFUL.nplRatio", nullValue())
                .body("byIndustry.UNKNOWN.loans", equalTo(4))
                .body("byRegion.UNKNOWN.exposure", equalTo(n("1000000.00")))
                .body("bySizeClass.UNKNOWN.nplRatio", equalTo(n("0.150000")));
    }

    @Test
    void withoutNonPerformingLoansCoverageIsNull() {
        exact().queryParam("asOf", DAY1).get("/api/monitoring/portfolio").then().statusCode(200)
                .body("loans", equalTo(1))
                .body("nplRatio", equalTo(n("0.000000")))
                .body("provisionCoverage", nullValue());
    }

    @Test
    void historyCarriesTheHeadlineMetricsPerCompletedRun() {
        exact().queryParam("from", "1999-12-01").queryParam("to", DAY2)
                .get("/api/monitoring/portfolio/history").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].businessDate", equalTo(DAY1))
                .body("[0].exposure", equalTo(n("600000.00")))
                .body("[0].provisionCoverage", nullValue())
                .body("[1].businessDate", equalTo(DAY2))
                .body("[1].loans", equalTo(4))
                .body("[1].nplRatio", equalTo(n("0.150000")))
                .body("[1].specialMentionRatio", equalTo(n("0.250000")))
                .body("[1].totalEcl", equalTo(n("112100.00")))
                .body("[1].provisionCoverage", equalTo(n("0.747333")));
    }

    @Test
    void csvForTheRiskCommittee() {
        String history = given().accept("text/csv").queryParam("from", DAY1).queryParam("to", DAY2)
                .get("/api/monitoring/portfolio/history").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertEquals(List.of(
                "business_date,loans,exposure,special_mention_exposure,npl_exposure,total_ecl,npl_ratio,"
                        + "special_mention_ratio,provision_coverage",
                "1999-12-30,1,600000.00,0.00,0.00,8100.00,0.000000,0.000000,",
                "1999-12-31,4,1000000.00,250000.00,150000.00,112100.00,0.150000,0.250000,0.747333"),
                history.lines().toList());

        String snapshot = given().queryParam("asOf", DAY2).queryParam("format", "csv")
                .get("/api/monitoring/portfolio").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertEquals(List.of(
                "as_of,dimension,key,loans,exposure,ecl,ratio,npl_exposure,npl_ratio,exposure_share",
                "1999-12-31,total,ALL,4,1000000.00,112100.00,,150000.00,0.150000,1.000000",
                "1999-12-31,ratio,npl_ratio,,,,0.150000,,,",
                "1999-12-31,ratio,special_mention_ratio,,,,0.250000,,,",
                "1999-12-31,ratio,provision_coverage,,,,0.747333,,,",
                "1999-12-31,category,NORMAL,1,600000.00,8100.00,,0.00,0.000000,0.600000",
                "1999-12-31,category,SPECIAL_MENTION,1,250000.00,9000.00,,0.00,0.000000,0.250000",
                "1999-12-31,category,SUBSTANDARD,1,100000.00,45000.00,,100000.00,1.000000,0.100000",
                "1999-12-31,category,DOUBTFUL,0,0.00,0.00,,0.00,,0.000000",
                "1999-12-31,category,LOSS,1,50000.00,50000.00,,50000.00,1.000000,0.050000",
                "1999-12-31,stage,1,1,600000.00,8100.00,,0.00,0.000000,0.600000",
                "1999-12-31,stage,2,1,250000.00,9000.00,,0.00,0.000000,0.250000",
                "1999-12-31,stage,3,2,150000.00,95000.00,,150000.00,1.000000,0.150000",
                "1999-12-31,grade,B,1,50000.00,50000.00,,50000.00,1.000000,0.050000",
                "1999-12-31,grade,BB,2,350000.00,54000.00,,100000.00,0.285714,0.350000",
                "1999-12-31,grade,BBB,1,600000.00,8100.00,,0.00,0.000000,0.600000",
                // no customer profile for these borrowers: one explicit UNKNOWN bucket per dimension
                "1999-12-31,industry,UNKNOWN,4,1000000.00,112100.00,,150000.00,0.150000,1.000000",
                "1999-12-31,region,UNKNOWN,4,1000000.00,112100.00,,150000.00,0.150000,1.000000",
                "1999-12-31,size_class,UNKNOWN,4,1000000.00,112100.00,,150000.00,0.150000,1.000000"),
                snapshot.lines().toList());

        // JSON stays the default
        given().queryParam("asOf", DAY2).get("/api/monitoring/portfolio").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void badInputIs400NamingTheField() {
        problem(given().queryParam("from", "2011-13-01").queryParam("to", "2011-12-31"), "from");
        problem(given().queryParam("to", "2011-12-31"), "from");
        problem(given().queryParam("from", "2011-01-01").queryParam("to", "yesterday"), "to");
        problem(given().queryParam("from", "2011-02-01").queryParam("to", "2011-01-31"), "from");
        // 367 days: over the cap; 366 days is allowed
        problem(given().queryParam("from", "2011-01-01").queryParam("to", "2012-01-02"), "to");
        given().queryParam("from", "2011-01-01").queryParam("to", "2012-01-01")
                .get("/api/monitoring/portfolio/history").then().statusCode(200);
        given().queryParam("format", "xlsx").queryParam("from", DAY1).queryParam("to", DAY2)
                .get("/api/monitoring/portfolio/history").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
        given().queryParam("asOf", "31.12.1999").get("/api/monitoring/portfolio").then().statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        // a date without a completed run
        given().queryParam("asOf", "1999-12-29").get("/api/monitoring/portfolio").then().statusCode(404);
    }

    void problem(RequestSpecification request, String field) {
        request.get("/api/monitoring/portfolio/history").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo(field));
    }

    @Test
    @TestSecurity(user = "rm.wang", roles = "relationship-manager")
    void aRelationshipManagerMayNotSeeThePortfolio() {
        given().get("/api/monitoring/portfolio").then().statusCode(403);
        given().queryParam("from", DAY1).queryParam("to", DAY2).get("/api/monitoring/portfolio/history")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor.zhou", roles = "auditor")
    void anAuditorMay() {
        given().queryParam("asOf", DAY2).get("/api/monitoring/portfolio").then().statusCode(200);
    }
}
