package org.smecredit.origination.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.smecredit.origination.support.Flows.application;
import static org.smecredit.origination.support.Flows.knownCustomer;
import static org.smecredit.origination.support.Flows.submit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.origination.support.Flows;
import org.smecredit.origination.support.Identities;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The REST contract of applications and loans: validation, problems, roles, idempotency. */
@QuarkusTest
class LoanApplicationResourceTest {
    static CloudEventsKafka kafka;

    @Inject
    TestIdentityAssociation identities;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/origination");
        Flows.exactNumbers();
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void answersAnUnknownCustomerWith422CustomerUnknown() {
        submit(application(UUID.randomUUID(), "WORKING_CAPITAL", "500000.00", 12))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/customer-unknown"))
                .body("violations[0].field", equalTo("customerId"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void answersBadFieldsWith400NamingThem() {
        UUID customerId = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(application(customerId, "WORKING_CAPITAL", "500000.00", 12));
        body.put("productCode", "OVERDRAFT");
        submit(body).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("productCode"));

        body = new HashMap<>(application(customerId, "WORKING_CAPITAL", "500000.001", 12));
        body.remove("purpose");
        submit(body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("amount"))
                .body("violations.field", hasItem("purpose"));

        submit(application(customerId, "WORKING_CAPITAL", "0.00", 0)).statusCode(400)
                .body("violations.field", hasItem("amount"))
                .body("violations.field", hasItem("termMonths"));

        given().contentType(ContentType.JSON).body("{\"customerId\": \"not-a-uuid\"}")
                .post("/api/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("customerId"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void answersAnApplicationOutsideTheProductBoundsWith422NamingTheField() {
        UUID customerId = knownCustomer(kafka);
        submit(application(customerId, "TERM_LOAN", "500000.00", 6))
                .statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/outside-product-bounds"))
                .body("violations[0].field", equalTo("termMonths"));
        submit(application(customerId, "WORKING_CAPITAL", "99999.99", 12))
                .statusCode(422)
                .body("violations[0].field", equalTo("amount"));
        submit(application(customerId, "WORKING_CAPITAL", "10000000.01", 12))
                .statusCode(422)
                .body("violations[0].field", equalTo("amount"));
        submit(application(customerId, "WORKING_CAPITAL", "10000000.00", 36)).statusCode(201);
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void replaysARetriedSubmissionWithTheSameIdempotencyKey() {
        UUID customerId = knownCustomer(kafka);
        String key = "retry-" + UUID.randomUUID();
        var body = application(customerId, "WORKING_CAPITAL", "700000.00", 18);
        String id = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/applications").then().statusCode(201).extract().path("id");

        // the same request again, formatted differently: the original application, not a second one
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"purpose\": \"raw materials for the Q3 export orders\", \"termMonths\": 18, \"amount\": 700000,"
                        + " \"productCode\": \"WORKING_CAPITAL\", \"customerId\": \"" + customerId + "\"}")
                .post("/api/applications").then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        given().queryParam("customerId", customerId.toString()).get("/api/applications")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(id));

        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(application(customerId, "WORKING_CAPITAL", "900000.00", 18))
                .post("/api/applications").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/idempotency-key-reused"))
                .body("applicationId", equalTo(id));

        // keys are the caller's own: another caller's identical key is a different request
        Identities.as(identities, "core-banking-gateway", "integration");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/applications").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void refusesAnUnusableIdempotencyKey() {
        given().header("Idempotency-Key", "k".repeat(101)).contentType(ContentType.JSON)
                .body(application(UUID.randomUUID(), "WORKING_CAPITAL", "500000.00", 12))
                .post("/api/applications").then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    @TestSecurity(user = "collector", roles = {"collections-officer", "auditor", "credit-analyst"})
    void letsReadersReadButNotSubmitOrDecide() {
        submit(application(UUID.randomUUID(), "WORKING_CAPITAL", "500000.00", 12))
                .statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("comment", "fine"))
                .post("/api/applications/" + UUID.randomUUID() + "/approval")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("comment", "no"))
                .post("/api/applications/" + UUID.randomUUID() + "/rejection")
                .then().statusCode(403);
        given().get("/api/applications/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/loans/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/borrowers/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "approver.zhao", roles = "credit-approver")
    void aDecisionNeedsAComment() {
        given().contentType(ContentType.JSON).body(Map.of("comment", " "))
                .post("/api/applications/" + UUID.randomUUID() + "/approval")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("comment"));
        given().contentType(ContentType.JSON).body(Map.of("comment", "reason"))
                .post("/api/applications/" + UUID.randomUUID() + "/rejection")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void listingNeedsTheCustomerId() {
        given().get("/api/applications").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("customerId"));
        given().queryParam("customerId", UUID.randomUUID().toString()).get("/api/applications")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "risk", roles = "risk-manager")
    void forbidsSubmissionToRolesThatMayOnlyRead() {
        submit(application(UUID.randomUUID(), "WORKING_CAPITAL", "500000.00", 12)).statusCode(403);
    }

    @Test
    void refusesAnonymousCallers() {
        submit(application(UUID.randomUUID(), "WORKING_CAPITAL", "500000.00", 12)).statusCode(401);
        given().get("/api/loans/" + UUID.randomUUID()).then().statusCode(401);
    }
}
