package org.smecredit.origination.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/** Steps shared by the component tests: make a borrower known, rated or blocked through Kafka, then submit. */
public final class Flows {
    public static final Duration WAIT = Duration.ofSeconds(60);

    private Flows() {
    }

    /** JSON numbers as BigDecimal, so money and rates compare exactly. */
    public static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /**
     * Publishes customer.registered.v1 and waits until origination knows the customer. No statement: a statement on
     * the shared broker would also be rated by a rating-service test run at the same time, whose rating could
     * supersede the one a test publishes; tests that need a statement publish it with {@link #filed}.
     */
    public static UUID knownCustomer(CloudEventsKafka kafka) {
        UUID customerId = UUID.randomUUID();
        kafka.publish(EventTypes.CUSTOMER_REGISTERED, customerId, Borrowers.registered(customerId));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                given().get("/api/borrowers/" + customerId).statusCode() == 200);
        return customerId;
    }

    /** Publishes customer.statement-filed.v1 with this period end and waits until it is the borrower's latest. */
    public static void filed(CloudEventsKafka kafka, UUID customerId, LocalDate periodEnd) {
        var statement = Borrowers.statement(customerId, periodEnd);
        kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customerId, statement);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> statement.statementId().toString()
                .equals(given().get("/api/borrowers/" + customerId).path("statement.statementId")));
    }

    /** Publishes rating.assigned.v1 and waits until it is the borrower's latest rating. */
    public static RatingAssigned rated(CloudEventsKafka kafka, UUID customerId, String grade, String pd) {
        RatingAssigned rating = Borrowers.rating(customerId, grade, pd);
        kafka.publish(EventTypes.RATING_ASSIGNED, customerId, rating);
        awaitRating(customerId, rating.ratingId());
        return rating;
    }

    public static void awaitRating(UUID customerId, UUID ratingId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
            var r = given().get("/api/borrowers/" + customerId);
            return r.statusCode() == 200 && ratingId.toString().equals(r.path("rating.ratingId"));
        });
    }

    /** Publishes monitoring.loan-classified.v1 SUBSTANDARD and waits until the borrower is blocked. */
    public static UUID blocked(CloudEventsKafka kafka, UUID customerId) {
        UUID loanId = UUID.randomUUID();
        kafka.publish(EventTypes.MONITORING_LOAN_CLASSIFIED, loanId,
                Borrowers.classified(customerId, loanId, LoanCategory.SUBSTANDARD, 95));
        awaitBlocked(customerId);
        return loanId;
    }

    public static void awaitBlocked(UUID customerId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
            var r = given().get("/api/borrowers/" + customerId);
            return r.statusCode() == 200 && Boolean.TRUE.equals(r.path("blocked"));
        });
    }

    public static Map<String, Object> application(UUID customerId, String product, String amount, int months) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId.toString());
        body.put("productCode", product);
        body.put("amount", new BigDecimal(amount));
        body.put("termMonths", months);
        body.put("purpose", "raw materials for the Q3 export orders");
        return body;
    }

    public static ValidatableResponse submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/applications").then();
    }

    /**
     * The borrower accepts the APPROVED application's current offer and the loan is disbursed on the business date
     * (the caller needs the relationship-manager role). Returns the loan id.
     */
    public static String acceptAndDisburse(String applicationId) {
        int priceVersion = given().get("/api/applications/" + applicationId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPROVED"))
                .extract().path("offer.priceVersion");
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", priceVersion))
                .post("/api/applications/" + applicationId + "/acceptance")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("CONTRACTED"));
        return given().contentType(ContentType.JSON).post("/api/applications/" + applicationId + "/disbursement")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DISBURSED"))
                .extract().path("loanId");
    }

    /** Waits until the application reaches {@code status}. */
    public static void awaitStatus(String applicationId, String status) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                status.equals(given().get("/api/applications/" + applicationId).path("status")));
    }
}
