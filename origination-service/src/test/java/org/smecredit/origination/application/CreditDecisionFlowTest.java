package org.smecredit.origination.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smecredit.origination.support.Flows.WAIT;
import static org.smecredit.origination.support.Flows.application;
import static org.smecredit.origination.support.Flows.knownCustomer;
import static org.smecredit.origination.support.Flows.rated;
import static org.smecredit.origination.support.Flows.submit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.Topics;
import org.smecredit.origination.support.Borrowers;
import org.smecredit.origination.support.Flows;
import org.smecredit.origination.support.Identities;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static org.awaitility.Awaitility.await;

/**
 * Issue 5 end to end against real PostgreSQL and Kafka: credit support and LGD, the head-office committee's two
 * approvals and four eyes, limit breaches, knock-outs (sanctions, expired statement, special mention with a risk
 * manager's override), re-pricing on a new rating, withdrawal, repayment types and bad inputs.
 */
@QuarkusTest
class CreditDecisionFlowTest {
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

    private static Map<String, Object> support(String type, String value, String haircut, UUID guarantor) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", type);
        s.put("value", new BigDecimal(value));
        s.put("valuationDate", LocalDate.now().minusMonths(1).toString());
        s.put("haircut", new BigDecimal(haircut));
        if (guarantor != null) {
            s.put("guarantorCustomerId", guarantor.toString());
        }
        return s;
    }

    private static Map<String, Object> withSupport(Map<String, Object> app, List<Map<String, Object>> support) {
        app.put("creditSupport", support);
        return app;
    }

    private static void as(TestIdentityAssociation identities, String user, String role) {
        Identities.as(identities, user, role);
    }

    @Test
    @TestSecurity(user = "rm.li", roles = {"relationship-manager", "integration"})
    void aMortgageLowersTheLgdRaisesTheAutomaticAuthorityAndTravelsWithTheLoan() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0100");
        // 4,000,000 unsecured would need a branch approver; real estate 6,000,000 (haircut 0) secures
        // 6,000,000 / 1.40 ≥ 4,000,000 at the F-IRB 35 % (Basel II ¶295): secured share 100 %, automatic
        var body = withSupport(application(customerId, "WORKING_CAPITAL", "4000000.00", 12),
                List.of(support("MORTGAGE_REAL_ESTATE", "6000000.00", "0", null)));
        String id = submit(body).statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("authorityLevel", equalTo("AUTOMATIC"))
                .body("creditSupport.unsecured", equalTo(false))
                .body("creditSupport.securedShare", equalTo(new BigDecimal("1.0000")))
                .body("creditSupport.lgd", equalTo(new BigDecimal("0.3500")))
                .body("creditSupport.items[0].recognisedValue", equalTo(new BigDecimal("6000000.00")))
                .body("pricing.lgd", equalTo(new BigDecimal("0.3500")))
                // RW is linear in LGD: 0.923168 × 35/45 = 0.718020 (no statement: corporate curve);
                // 0.03 + 0.01 × 0.35 + 0.718020 × 0.105 × 0.12 + 0.01 = 0.0525471 → 0.0525
                .body("pricing.riskWeight", equalTo(new BigDecimal("0.71802")))
                .body("pricing.annualRate", equalTo(new BigDecimal("0.0525")))
                .extract().path("id");
        String loanId = Flows.acceptAndDisburse(id);
        // the loan and origination.loan-disbursed carry the F-IRB LGD of the credit support (monitoring's ECL uses it)
        given().get("/api/loans/" + loanId).then().statusCode(200)
                .body("lgd", equalTo(new BigDecimal("0.3500")))
                .body("securedShare", equalTo(new BigDecimal("1.0000")));
        var disbursed = kafka.await(Topics.ORIGINATION_EVENTS, e -> loanId.equals(e.key())
                && EventTypes.ORIGINATION_LOAN_DISBURSED.type().equals(e.type()), WAIT).json();
        assertEquals(new BigDecimal("0.3500"), disbursed.get("lgd").decimalValue());
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void theHeadOfficeCommitteeNeedsTwoDistinctApproversAndNeverTheSubmitter() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BBB", "0.0120");
        String id = submit(application(customerId, "TERM_LOAN", "6000000.00", 36)).statusCode(201)
                .body("status", equalTo("REFERRED"))
                .body("authorityLevel", equalTo("HEAD_OFFICE_COMMITTEE"))
                .body("requiredApprovals", equalTo(2))
                .body("decisions[0].reasons", hasItem(containsString("head-office credit committee")))
                .extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("comment", "my customer"))
                .post("/api/applications/" + id + "/approval").then().statusCode(403);

        as(identities, "committee.wu", "credit-approver");
        given().contentType(ContentType.JSON).body(Map.of("comment", "strong order book"))
                .post("/api/applications/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("REFERRED"))
                .body("approvals", hasSize(1))
                .body("approvals[0].approver", equalTo("committee.wu"))
                .body("loanId", equalTo(null));
        // the same member cannot supply the second pair of eyes
        given().contentType(ContentType.JSON).body(Map.of("comment", "again"))
                .post("/api/applications/" + id + "/approval").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/four-eyes"));

        as(identities, "committee.sun", "credit-approver");
        given().contentType(ContentType.JSON).body(Map.of("comment", "agree; covenant on leverage"))
                .post("/api/applications/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvals", hasSize(2))
                .body("decisions", hasSize(2))
                .body("decisions[1].reasons[0]", equalTo(
                        "approved by the head-office credit committee: committee.wu, committee.sun"))
                .body("offer.expiresOn", notNullValue())
                .body("loanId", equalTo(null));
        var decided = kafka.collect(Topics.ORIGINATION_EVENTS, e -> customerId.toString().equals(e.key())
                && EventTypes.ORIGINATION_APPLICATION_DECIDED.type().equals(e.type()), 2, WAIT);
        assertEquals(List.of("REFERRED", "APPROVED"), decided.stream().map(e -> e.json().get("decision").asText()).toList());
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aSingleBorrowerLimitBreachIsAHardDeclineWithTheReason() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0080");
        Flows.acceptAndDisburse(submit(application(customerId, "WORKING_CAPITAL", "3000000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED")).extract().path("id"));
        // 3,000,000 live + 9,500,000 = 12,500,000 above the 12,000,000 limit of the test profile
        submit(application(customerId, "TERM_LOAN", "9500000.00", 36)).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("pricing", equalTo(null))
                .body("decisions[0].reasons", hasItem(startsWith("knock-out: limit breach (DECLINE): single-borrower "
                        + "exposure of the borrower after this loan 12500000.00 CNY (drawn 3000000.00 + committed 0.00 "
                        + "+ this loan 9500000.00) above 12000000.00 CNY")));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aGuarantorInTheBorrowersGuaranteeCircleIsFlaggedAndTheCaseReferred() {
        UUID borrower = knownCustomer(kafka);
        UUID guarantor = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        kafka.publish(EventTypes.CUSTOMER_GUARANTEE_LINKED, borrower,
                Borrowers.guarantee(guarantor, borrower, List.of(borrower, guarantor, third)));
        // a registration behind it on the same key (same partition): once it is known, the link was processed
        UUID marker = UUID.randomUUID();
        kafka.publish(Topics.CUSTOMER_EVENTS, EventTypes.CUSTOMER_REGISTERED.type(), borrower.toString(),
                UUID.randomUUID().toString(), CloudEventsKafka.toJson(Borrowers.registered(marker)));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                given().get("/api/borrowers/" + marker).statusCode() == 200);
        rated(kafka, borrower, "A", "0.0050");

        submit(withSupport(application(borrower, "WORKING_CAPITAL", "1000000.00", 12),
                List.of(support("GUARANTEE_CORPORATE", "1000000.00", "0", guarantor)))).statusCode(201)
                .body("status", equalTo("REFERRED"))
                .body("authorityLevel", equalTo("BRANCH"))
                .body("creditSupport.items[0].inGuaranteeCircle", equalTo(true))
                .body("creditSupport.securedShare", equalTo(new BigDecimal("0.0000")))
                .body("decisions[0].reasons", hasItem("referral: a guarantor sits in the borrower's guarantee circle"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aSpecialMentionBorrowerGetsNoNewCreditUntilARiskManagerOverrides() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BBB", "0.0100");
        UUID loanId = UUID.randomUUID();
        kafka.publish(EventTypes.MONITORING_LOAN_CLASSIFIED, loanId,
                Borrowers.classified(customerId, loanId, LoanCategory.SPECIAL_MENTION, 15));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                given().get("/api/borrowers/" + customerId).path("watch") != null);
        submit(application(customerId, "WORKING_CAPITAL", "500000.00", 12)).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("decisions[0].reasons[0]", containsString("special mention"));

        given().contentType(ContentType.JSON).body(Map.of("comment", "overdue was a bank transfer glitch"))
                .post("/api/borrowers/" + customerId + "/watch-override").then().statusCode(403);
        as(identities, "risk.liu", "risk-manager");
        given().contentType(ContentType.JSON).body(Map.of("comment", "overdue was a bank transfer glitch"))
                .post("/api/borrowers/" + customerId + "/watch-override").then().statusCode(200)
                .body("watch.overridden", equalTo(true))
                .body("watch.overriddenBy", equalTo("risk.liu"));

        as(identities, "rm.li", "relationship-manager");
        submit(application(customerId, "WORKING_CAPITAL", "500000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("decisions[0].reasons", hasItem(startsWith("special mention watch overridden by a risk manager")));
    }

    @Test
    @TestSecurity(user = "risk.liu", roles = {"risk-manager", "relationship-manager"})
    void aSanctionsFlagIsAKnockOut() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        given().contentType(ContentType.JSON).body(Map.of("flagged", true, "reason", "name match on the UN list"))
                .put("/api/borrowers/" + customerId + "/sanctions-screening").then().statusCode(200)
                .body("sanctions.flagged", equalTo(true));
        submit(application(customerId, "WORKING_CAPITAL", "500000.00", 12)).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("decisions[0].reasons[0]", equalTo(
                        "knock-out: borrower on the sanctions list (name match on the UN list)"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void anExpiredStatementIsAKnockOut() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        // the 2022 statement: its period ended more than 18 months before the business date
        Flows.filed(kafka, customerId, LocalDate.now().minusYears(3).withDayOfYear(1).minusDays(1));
        submit(application(customerId, "WORKING_CAPITAL", "500000.00", 12)).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("decisions[0].reasons", hasItem(containsString("financial statement (period end")));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aStatementGivesTheSmeFirmSizeAdjustment() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BBB", "0.0100");
        // revenue CNY 39m = EUR 5m at 7.80: the Annex 5 SME column, RW 72.3947 %; the hand-computed 5.36 %
        Flows.filed(kafka, customerId, LocalDate.now().withDayOfYear(1).minusDays(1));
        submit(application(customerId, "WORKING_CAPITAL", "500000.00", 12)).statusCode(201)
                .body("pricing.salesEurMillion", equalTo(new BigDecimal("5.0000")))
                .body("pricing.riskWeight", equalTo(new BigDecimal("0.723947")))
                .body("pricing.annualRate", equalTo(new BigDecimal("0.0536")));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = {"relationship-manager", "auditor"})
    void aNewRatingRepricesAReferredOfferAndTheRelationshipManagerCanWithdrawIt() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BB", "0.0300");
        String id = submit(application(customerId, "WORKING_CAPITAL", "1000000.00", 12)).statusCode(201)
                .body("status", equalTo("REFERRED"))
                .body("pricing.annualRate", equalTo(new BigDecimal("0.0697")))
                .extract().path("id");
        var newer = rated(kafka, customerId, "BB", "0.0350");
        // 0.03 + 0.035 × 0.45 + 1.341667 × 0.0126 + 0.01 = 0.0726550 → 0.0727
        given().get("/api/applications/" + id).then()
                .body("status", equalTo("REFERRED"))
                .body("rating.ratingId", equalTo(newer.ratingId().toString()))
                .body("pricing.pd", equalTo(new BigDecimal("0.0350")))
                .body("pricing.annualRate", equalTo(new BigDecimal("0.0727")))
                .body("offer.priceVersion", equalTo(2));
        given().queryParam("entityId", id).queryParam("action", "application.repriced").get("/api/audit").then()
                .body("$", hasSize(1))
                .body("[0].before.offer.priceVersion", equalTo(1))
                .body("[0].after.offer.priceVersion", equalTo(2));

        given().contentType(ContentType.JSON).body(Map.of("comment", "customer found cheaper funding"))
                .post("/api/applications/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnBy", equalTo("rm.li"));
        as(identities, "approver.zhao", "credit-approver");
        given().contentType(ContentType.JSON).body(Map.of("comment", "late"))
                .post("/api/applications/" + id + "/approval").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void anEqualPrincipalLoanRepaysTheAmountExactly() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        var body = application(customerId, "TERM_LOAN", "250000.00", 12);
        body.put("repaymentType", "EQUAL_PRINCIPAL");
        String loanId = Flows.acceptAndDisburse(submit(body).statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("repaymentType", equalTo("EQUAL_PRINCIPAL"))
                .body("productVersion", equalTo(1))
                .extract().path("id"));
        var loan = given().get("/api/loans/" + loanId).then().statusCode(200)
                .body("repaymentType", equalTo("EQUAL_PRINCIPAL"))
                .body("schedule[0].principal", equalTo(new BigDecimal("20833.33")))
                .body("schedule[11].principal", equalTo(new BigDecimal("20833.37")))
                .extract();
        List<BigDecimal> principal = loan.path("schedule.principal");
        assertEquals(new BigDecimal("250000.00"), principal.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void badCreditSupportAndRepaymentInputsAreAnsweredWithTheField() {
        UUID customerId = knownCustomer(kafka);
        // syntax / bean validation: 400 naming the field
        submit(withSupport(application(customerId, "WORKING_CAPITAL", "500000.00", 12),
                List.of(support("MORTGAGE_REAL_ESTATE", "900000.00", "1.5", null)))).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("haircut")));
        submit(withSupport(application(customerId, "WORKING_CAPITAL", "500000.00", 12),
                List.of(Map.of("type", "PLEDGE_GOLD", "value", 1, "valuationDate", "2026-01-01", "haircut", 0))))
                .statusCode(400);
        // business rules: 422 naming the field
        submit(withSupport(application(customerId, "INVOICE_FINANCING", "500000.00", 3),
                List.of(support("MORTGAGE_EQUIPMENT", "900000.00", "0.2", null)))).statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/outside-product-bounds"))
                .body("violations[0].field", equalTo("creditSupport[0].type"));
        var bullet = application(customerId, "TERM_LOAN", "500000.00", 24);
        bullet.put("repaymentType", "INTEREST_ONLY_BULLET");
        submit(bullet).statusCode(422).body("violations[0].field", equalTo("repaymentType"));
        submit(withSupport(application(customerId, "WORKING_CAPITAL", "500000.00", 12),
                List.of(support("MORTGAGE_REAL_ESTATE", "900000.00", "0.2", UUID.randomUUID())))).statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/invalid-credit-support"))
                .body("violations[0].field", equalTo("creditSupport[0].guarantorCustomerId"));
        var future = support("PLEDGE_DEPOSITS", "100000.00", "0", null);
        future.put("valuationDate", LocalDate.now().plusDays(30).toString());
        submit(withSupport(application(customerId, "WORKING_CAPITAL", "500000.00", 12), List.of(future)))
                .statusCode(422).body("violations[0].field", equalTo("creditSupport[0].valuationDate"));
        // nothing half-written: the customer has no application
        given().queryParam("customerId", customerId).get("/api/applications").then().body("$", hasSize(0));
    }
}
