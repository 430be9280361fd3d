package org.smecredit.monitoring.loan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A risk manager's judgment can only make a loan worse than its floor (CBIRC/PBOC Order [2023] No. 1): the floor is
 * the overdue floor of the last assessment, the restructuring floor under observation, and substandard while a
 * default episode is open. The loans are written straight to the database with a 2030 disbursement, so no daily run
 * of the other test classes (2011-2012) assesses them.
 */
@QuarkusTest
@TestSecurity(user = "risk.li", roles = "risk-manager")
class LoanJudgmentResourceTest {

    @Inject
    Pool database;

    /** A loan last assessed at {@code dpd} (null: never), optionally defaulted or under restructuring observation. */
    UUID loan(Integer dpd, boolean openDefault, String observedAfter, String status) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("""
                        INSERT INTO loan (id, application_id, customer_id, principal, currency, annual_rate, disbursed_on,
                                          maturity_date, grade, pd, lgd, status, unapplied_credit, warning_level,
                                          booked_at, version, days_past_due, defaulted_on, pre_restructuring_category,
                                          observation_start, observation_until, observation_months)
                        VALUES ($1, $2, $3, 5000.00, 'CNY', 0.0485, '2030-01-01', '2032-01-01', 'BBB', 0.0125, 0.45, $4, 0,
                                0, now(), 0, $5, $6, $7, $8, $9, $10)""")
                .execute(Tuple.tuple(Arrays.asList(id, UUID.randomUUID(), UUID.randomUUID(), status, dpd,
                        openDefault ? LocalDate.parse("2030-05-01") : null, observedAfter,
                        observedAfter == null ? null : LocalDate.parse("2030-06-01"),
                        observedAfter == null ? null : LocalDate.parse("2031-06-01"), observedAfter == null ? null : 12)))
                .await().indefinitely();
        return id;
    }

    @ParameterizedTest(name = "{0}: judged {5} -> {6} (floor {7})")
    @CsvSource({
            "never assessed,                 ,    false, ,            ACTIVE, SPECIAL_MENTION, 200, ",
            "never assessed,                 ,    false, ,            ACTIVE, NORMAL,          422, NORMAL",
            "within the grace,               7,   false, ,            ACTIVE, SPECIAL_MENTION, 200, ",
            "special mention by DPD,         8,   false, ,            ACTIVE, SPECIAL_MENTION, 422, SPECIAL_MENTION",
            "special mention by DPD,         8,   false, ,            ACTIVE, SUBSTANDARD,     200, ",
            "substandard by DPD,             91,  false, ,            ACTIVE, SUBSTANDARD,     422, SUBSTANDARD",
            "substandard by DPD,             91,  false, ,            ACTIVE, SPECIAL_MENTION, 422, SUBSTANDARD",
            "substandard by DPD,             91,  false, ,            ACTIVE, DOUBTFUL,        200, ",
            "loss by DPD,                    361, false, ,            ACTIVE, LOSS,            422, LOSS",
            "open default episode,           20,  true,  ,            ACTIVE, SUBSTANDARD,     422, SUBSTANDARD",
            "open default episode,           20,  true,  ,            ACTIVE, DOUBTFUL,        200, ",
            "restructured performing,        0,   false, NORMAL,      ACTIVE, SPECIAL_MENTION, 422, SPECIAL_MENTION",
            "restructured performing,        0,   false, NORMAL,      ACTIVE, SUBSTANDARD,     200, ",
            "restructured doubtful,          0,   false, DOUBTFUL,    ACTIVE, DOUBTFUL,        422, DOUBTFUL",
            "restructured doubtful,          0,   false, DOUBTFUL,    ACTIVE, LOSS,            200, ",
            "repaid,                         0,   false, ,            REPAID, LOSS,            409, "
    })
    void aJudgmentMustBeWorseThanTheFloor(String what, Integer dpd, boolean openDefault, String observedAfter,
                                          String status, String category, int expected, String floor) {
        UUID id = loan(dpd, openDefault, observedAfter, status);
        var response = given().contentType(ContentType.JSON)
                .body(Map.of("category", category, "reason", "Borrower's main buyer stopped paying (" + what + ")"))
                .put("/api/monitoring/loans/" + id + "/judgment").then().statusCode(expected);
        if (expected == 200) {
            response.body("category", equalTo(category)).body("judgedBy", equalTo("risk.li"));
            given().get("/api/monitoring/loans/" + id).then().statusCode(200)
                    .body("judgment.category", equalTo(category))
                    .body("judgment.reason", equalTo("Borrower's main buyer stopped paying (" + what + ")"));
            given().queryParam("entityType", "loan").queryParam("entityId", id.toString())
                    .queryParam("action", "loan.judgment-recorded").get("/api/audit").then().statusCode(200)
                    .body("size()", equalTo(1)).body("[0].actor", equalTo("risk.li"));
        } else if (expected == 422) {
            response.contentType("application/problem+json").body("violations.field", hasItem("category"))
                    .body("floorCategory", equalTo(floor));
            given().get("/api/monitoring/loans/" + id).then().body("judgment", nullValue());
        } else {
            response.contentType("application/problem+json");
        }
    }

    @Test
    void aJudgmentIsReplacedAndWithdrawnOnce() {
        UUID id = loan(0, false, null, "ACTIVE");
        String url = "/api/monitoring/loans/" + id + "/judgment";
        given().contentType(ContentType.JSON).body(Map.of("category", "SPECIAL_MENTION", "reason", "first look"))
                .put(url).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("category", "DOUBTFUL", "reason", "fraud found"))
                .put(url).then().statusCode(200).body("category", equalTo("DOUBTFUL"));
        given().get("/api/monitoring/loans/" + id).then().body("judgment.category", equalTo("DOUBTFUL"))
                .body("judgment.reason", equalTo("fraud found"));
        given().delete(url).then().statusCode(204);
        given().delete(url).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/monitoring/loans/" + id).then().body("judgment", nullValue());
        given().queryParam("entityType", "loan").queryParam("entityId", id.toString())
                .queryParam("action", "loan.judgment-withdrawn").get("/api/audit").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].before.judgmentCategory", equalTo("DOUBTFUL")).body("[0].after.judgmentCategory", nullValue());
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"reason\":\"no class\"}                         | category",
            "{\"category\":\"WORSE\",\"reason\":\"not a class\"} | category",
            "{\"category\":\"DOUBTFUL\"}                       | reason",
            "{\"category\":\"DOUBTFUL\",\"reason\":\"  \"}      | reason"
    })
    void badInputIs400NamingTheField(String body, String field) {
        UUID id = loan(0, false, null, "ACTIVE");
        given().contentType(ContentType.JSON).body(body).put("/api/monitoring/loans/" + id + "/judgment").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    void anUnknownLoanIs404() {
        given().contentType(ContentType.JSON).body(Map.of("category", "LOSS", "reason", "x"))
                .put("/api/monitoring/loans/" + UUID.randomUUID() + "/judgment").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "analyst.chen", roles = "credit-analyst")
    void onlyRiskManagersJudge() {
        UUID id = loan(0, false, null, "ACTIVE");
        given().contentType(ContentType.JSON).body(Map.of("category", "LOSS", "reason", "x"))
                .put("/api/monitoring/loans/" + id + "/judgment").then().statusCode(403);
        given().delete("/api/monitoring/loans/" + id + "/judgment").then().statusCode(403);
    }
}
