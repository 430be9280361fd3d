package org.smecredit.rating.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.rating.Ratings;
import org.smecredit.rating.Statements;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Model governance over REST: the verified versions, activation with four eyes (the proposer is refused with a 403
 * problem), the new version rating the next statement, and the back-test of grades against reported defaults.
 */
@QuarkusTest
class ModelGovernanceResourceTest {
    static final String PROBLEMS = "https://smecredit.org/problems/";
    static final String SHIPPED = "fin-scorecard-1.0.0";
    static final String CANDIDATE = "fin-scorecard-1.0.1-candidate";
    static CloudEventsKafka kafka;

    @Inject
    TestIdentityAssociation identities;
    @Inject
    BusinessClock clock;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/governance");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    void as(String user, String... roles) {
        identities.setTestIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user))
                .addRoles(Set.of(roles)).build());
    }

    void activate(String version, String proposer, String approver) {
        as(proposer, "risk-manager");
        given().contentType(ContentType.JSON).body(Map.of("comment", "validation report reviewed"))
                .post("/api/rating-models/" + version + "/activation-proposal")
                .then().statusCode(200).body("status", equalTo("PROPOSED"));
        as(approver, "risk-manager");
        given().post("/api/rating-models/" + version + "/activation-approval")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("rating", equalTo(true));
    }

    @Test
    @TestSecurity(user = "risk.liu", roles = "risk-manager")
    void aVersionIsActivatedOnlyByASecondRiskManagerAndThenRates() {
        given().get("/api/rating-models").then().statusCode(200)
                .body("version", hasItems(SHIPPED, CANDIDATE))
                .body("find { it.version == '" + SHIPPED + "' }.status", equalTo("ACTIVE"))
                .body("find { it.version == '" + SHIPPED + "' }.rating", equalTo(true))
                .body("find { it.version == '" + CANDIDATE + "' }.status", equalTo("AVAILABLE"))
                .body("find { it.version == '" + CANDIDATE + "' }.sha256",
                        equalTo("51b645e6554e86c6454edf211173a7a689d5041e6e38ebea62844f24944ed508"));

        given().contentType(ContentType.JSON).body(Map.of("comment", "recalibrated, committee minute 2026/41"))
                .post("/api/rating-models/" + CANDIDATE + "/activation-proposal")
                .then().statusCode(200).body("status", equalTo("PROPOSED")).body("proposedBy", equalTo("risk.liu"));
        // the proposer cannot approve
        given().post("/api/rating-models/" + CANDIDATE + "/activation-approval")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "four-eyes"));
        given().get("/api/rating-models").then()
                .body("find { it.version == '" + CANDIDATE + "' }.status", equalTo("PROPOSED"))
                .body("find { it.version == '" + SHIPPED + "' }.rating", equalTo(true));

        as("risk.wang", "risk-manager");
        given().post("/api/rating-models/" + CANDIDATE + "/activation-approval")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("approvedBy", equalTo("risk.wang"));
        try {
            given().get("/api/rating-models").then()
                    .body("find { it.version == '" + SHIPPED + "' }.status", equalTo("RETIRED"))
                    .body("find { it.version == '" + CANDIDATE + "' }.rating", equalTo(true));
            UUID customer = UUID.randomUUID();
            String event = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer,
                    Statements.bbbManufacturer(customer, LocalDate.of(2025, 12, 31), 1));
            Ratings.awaitRatingCausedBy(customer, event);
            given().get("/api/ratings/" + customer).then().body("modelVersion", equalTo(CANDIDATE));
            given().queryParam("entityId", CANDIDATE).get("/api/audit").then().statusCode(200)
                    .body("action", hasItems("rating.model-activation-proposed", "rating.model-activated"));
        } finally {
            activate(SHIPPED, "risk.wang", "risk.liu");
        }
        given().get("/api/rating-models").then()
                .body("find { it.version == '" + SHIPPED + "' }.rating", equalTo(true))
                .body("find { it.version == '" + CANDIDATE + "' }.status", equalTo("RETIRED"));
    }

    @Test
    @TestSecurity(user = "risk.liu", roles = "risk-manager")
    void badGovernanceRequestsAreProblems() {
        given().contentType(ContentType.JSON).body(Map.of("comment", "x"))
                .post("/api/rating-models/no-such-model/activation-proposal")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/rating-models/" + CANDIDATE + "/activation-proposal")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems(org.hamcrest.Matchers.containsString("comment")));
        // already active: nothing to propose; not proposed: nothing to approve
        given().contentType(ContentType.JSON).body(Map.of("comment", "x"))
                .post("/api/rating-models/" + SHIPPED + "/activation-proposal")
                .then().statusCode(409).contentType("application/problem+json");
        as("risk.wang", "risk-manager");
        given().post("/api/rating-models/" + CANDIDATE + "/activation-approval")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/api/rating-models/back-test?from=2026-01-01&to=2025-01-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("from"));
        given().get("/api/rating-models/back-test?horizonMonths=0")
                .then().statusCode(400).body("violations.field", hasItems("horizonMonths"));
        given().get("/api/rating-models/back-test?from=yesterday")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "analyst.zhao", roles = "credit-analyst")
    void analystsMayReadButNotActivate() {
        given().get("/api/rating-models").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("comment", "x"))
                .post("/api/rating-models/" + CANDIDATE + "/activation-proposal").then().statusCode(403);
        given().get("/api/rating-models/back-test").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "risk.liu", roles = "risk-manager")
    void theBackTestSpreadsReportedDefaultsOverTheGradesTheRatingsGave() {
        LocalDate day = LocalDate.of(2019, 3, 1); // a window no other test rates in
        clock.setToday(day);
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        try {
            String e1 = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, good,
                    Statements.aaaDistributor(good, LocalDate.of(2018, 12, 31), 1));
            String e2 = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, bad,
                    Statements.bbbManufacturer(bad, LocalDate.of(2018, 12, 31), 1));
            Ratings.awaitRatingCausedBy(good, e1);
            Ratings.awaitRatingCausedBy(bad, e2);
        } finally {
            clock.reset();
        }
        // events other suites publish meanwhile may be rated on the pinned day too: compare before and after
        String window = "/api/rating-models/back-test?from=2019-03-01&to=2019-03-01";
        io.restassured.path.json.JsonPath before = given().get(window).then().statusCode(200).extract().jsonPath();
        int defaultsBefore = before.getInt("defaults");
        int bbMinusBefore = before.getInt("grades.find { it.grade == 'BB-' }.defaults");
        int sixMonthsBefore = given().get(window + "&horizonMonths=6").then().statusCode(200)
                .extract().<Integer>path("defaults");
        org.junit.jupiter.api.Assertions.assertTrue(before.getInt("grades.find { it.grade == 'BB-' }.customers") >= 1);
        org.junit.jupiter.api.Assertions.assertTrue(before.getInt("grades.find { it.grade == 'BB' }.customers") >= 1);

        UUID loan = UUID.randomUUID();
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, loan, new LoanDefaulted(loan, bad, day.plusMonths(7), 91,
                LoanCategory.SUBSTANDARD, "CNY", new java.math.BigDecimal("1000000.00"),
                new java.math.BigDecimal("1000.00")));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> given()
                .get(window).then().statusCode(200).extract().<Integer>path("defaults") == defaultsBefore + 1);
        given().get(window + "&horizonMonths=12").then()
                .statusCode(200)
                .body("grades.find { it.grade == 'BB-' }.defaults", equalTo(bbMinusBefore + 1))
                .body("grades.find { it.grade == 'BB-' }.pd", equalTo(0.0161f))
                .body("grades.find { it.grade == 'BB' }.pd", equalTo(0.0081f));
        // a six-month horizon ends before the default (seven months after the rating)
        given().get(window + "&horizonMonths=6").then()
                .statusCode(200).body("defaults", equalTo(sixMonthsBefore));
        // the same default again (a redelivery with a new event id) counts once
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, loan, new LoanDefaulted(loan, bad, day.plusMonths(7), 91,
                LoanCategory.SUBSTANDARD, "CNY", new java.math.BigDecimal("1000000.00"),
                new java.math.BigDecimal("1000.00")));
        UUID other = UUID.randomUUID();
        String marker = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, other,
                Statements.bbbManufacturer(other, LocalDate.of(2025, 12, 31), 1));
        Ratings.awaitRatingCausedBy(other, marker);
        given().get(window).then().body("defaults", equalTo(defaultsBefore + 1));
    }
}
