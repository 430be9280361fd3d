package org.smecredit.origination.application;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.smecredit.origination.support.Flows.WAIT;
import static org.smecredit.origination.support.Flows.application;
import static org.smecredit.origination.support.Flows.knownCustomer;
import static org.smecredit.origination.support.Flows.rated;
import static org.smecredit.origination.support.Flows.submit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.contracts.monitoring.v1.LoanRestored;
import org.smecredit.origination.support.Borrowers;
import org.smecredit.origination.support.Flows;
import org.smecredit.origination.support.Identities;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Open offers and contracted loans count as exposure in every credit decision (automatic and a credit approver's),
 * a credit approver's approval checks the knock-outs again, and a borrower's block lasts while any of its loans is
 * non-performing; against real PostgreSQL and Kafka. The test profile's single-borrower limit is 12,000,000 CNY,
 * a hard decline.
 */
@QuarkusTest
class CommitmentsAndDefaultsTest {
    private static final String SINGLE = "single-borrower exposure of the borrower after this loan ";

    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

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

    @AfterEach
    void realClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void twoOffersThatEachFitButNotTogetherDeclineTheSecondUntilTheFirstExpires() {
        clock.setToday(LocalDate.of(2026, 6, 1));
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        submit(application(customerId, "WORKING_CAPITAL", "3000000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("offer.expiresOn", equalTo("2026-07-01"))
                .body("decisions[0].reasons", hasItem("limit: " + SINGLE + "3000000.00 CNY (drawn 0.00 + committed "
                        + "0.00 + this loan 3000000.00) within 12000000.00 CNY"));
        // the open offer is a commitment: 3,000,000 + 9,500,000 = 12,500,000 above the hard limit
        submit(application(customerId, "TERM_LOAN", "9500000.00", 36)).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("decisions[0].reasons", hasItem("knock-out: limit breach (DECLINE): " + SINGLE
                        + "12500000.00 CNY (drawn 0.00 + committed 3000000.00 + this loan 9500000.00) above "
                        + "12000000.00 CNY"));
        // on its last day the offer still binds the bank
        clock.setToday(LocalDate.of(2026, 7, 1));
        submit(application(customerId, "TERM_LOAN", "9500000.00", 36)).statusCode(201)
                .body("status", equalTo("REJECTED"));
        // expired, it binds nothing: the same application alone fits and goes to the committee
        clock.setToday(LocalDate.of(2026, 7, 2));
        submit(application(customerId, "TERM_LOAN", "9500000.00", 36)).statusCode(201)
                .body("status", equalTo("REFERRED"))
                .body("authorityLevel", equalTo("HEAD_OFFICE_COMMITTEE"))
                .body("decisions[0].reasons", hasItem("limit: " + SINGLE + "9500000.00 CNY (drawn 0.00 + committed "
                        + "0.00 + this loan 9500000.00) within 12000000.00 CNY"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void drawnLoansContractedLoansAndOpenOffersAllCountAndTheLimitIsInclusive() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        Flows.acceptAndDisburse(submit(application(customerId, "WORKING_CAPITAL", "3000000.00", 12))
                .statusCode(201).extract().path("id"));
        String contracted = submit(application(customerId, "WORKING_CAPITAL", "2000000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("decisions[0].reasons", hasItem("limit: " + SINGLE + "5000000.00 CNY (drawn 3000000.00 + "
                        + "committed 0.00 + this loan 2000000.00) within 12000000.00 CNY"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("priceVersion", 1))
                .post("/api/applications/" + contracted + "/acceptance").then().statusCode(200)
                .body("status", equalTo("CONTRACTED"));
        submit(application(customerId, "WORKING_CAPITAL", "1000000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("decisions[0].reasons", hasItem("limit: " + SINGLE + "6000000.00 CNY (drawn 3000000.00 + "
                        + "committed 2000000.00 + this loan 1000000.00) within 12000000.00 CNY"));
        // drawn 3,000,000 + contracted 2,000,000 + offered 1,000,000 + 6,500,000 = 12,500,000
        submit(application(customerId, "TERM_LOAN", "6500000.00", 36)).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("decisions[0].reasons", hasItem("knock-out: limit breach (DECLINE): " + SINGLE
                        + "12500000.00 CNY (drawn 3000000.00 + committed 3000000.00 + this loan 6500000.00) above "
                        + "12000000.00 CNY"));
        // exactly at the limit is within it
        submit(application(customerId, "TERM_LOAN", "6000000.00", 36)).statusCode(201)
                .body("status", equalTo("REFERRED"))
                .body("decisions[0].reasons", hasItem("limit: " + SINGLE + "12000000.00 CNY (drawn 3000000.00 + "
                        + "committed 3000000.00 + this loan 6000000.00) within 12000000.00 CNY"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aCreditApproverCannotApproveWhatAnOfferMadeSinceTheReferralLeavesNoRoomFor() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "A", "0.0050");
        String referred = submit(application(customerId, "TERM_LOAN", "9500000.00", 36)).statusCode(201)
                .body("status", equalTo("REFERRED")).extract().path("id");
        // a referred application binds nothing: the smaller one is offered automatically
        String offered = submit(application(customerId, "WORKING_CAPITAL", "3000000.00", 12)).statusCode(201)
                .body("status", equalTo("APPROVED")).extract().path("id");

        Identities.as(identities, "committee.wu", "credit-approver");
        given().contentType(ContentType.JSON).body(Map.of("comment", "order book supports it"))
                .post("/api/applications/" + referred + "/approval").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/exposure-limit-breached"))
                .body("detail", containsString("12500000.00 CNY (drawn 0.00 + committed 3000000.00 + this loan "
                        + "9500000.00) above 12000000.00 CNY"));
        given().get("/api/applications/" + referred).then()
                .body("status", equalTo("REFERRED"))
                .body("approvals", hasSize(0));

        Identities.as(identities, "rm.li", "relationship-manager");
        given().contentType(ContentType.JSON).body(Map.of("comment", "borrower prefers the term loan"))
                .post("/api/applications/" + offered + "/withdrawal").then().statusCode(200);
        for (String approver : List.of("committee.wu", "committee.sun")) {
            Identities.as(identities, approver, "credit-approver");
            given().contentType(ContentType.JSON).body(Map.of("comment", "order book supports it"))
                    .post("/api/applications/" + referred + "/approval").then().statusCode(200);
        }
        given().get("/api/applications/" + referred).then()
                .body("status", equalTo("APPROVED"))
                .body("decisions[1].reasons", hasItem("limit: " + SINGLE + "9500000.00 CNY (drawn 0.00 + committed "
                        + "0.00 + this loan 9500000.00) within 12000000.00 CNY"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void anApprovalChecksTheKnockOutsAgainOnTheLatestRating() {
        UUID customerId = knownCustomer(kafka);
        rated(kafka, customerId, "BB", "0.0350");
        String id = submit(application(customerId, "WORKING_CAPITAL", "800000.00", 12)).statusCode(201)
                .body("status", equalTo("REFERRED")).extract().path("id");
        // a new rating above the policy's maximum PD (0.06) after the referral
        rated(kafka, customerId, "CCC", "0.0900");

        Identities.as(identities, "approver.zhao", "credit-approver");
        given().contentType(ContentType.JSON).body(Map.of("comment", "long-standing customer"))
                .post("/api/applications/" + id + "/approval").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/knock-out"))
                .body("knockOuts", hasItem(containsString("knock-out: PD 0.09")));
        given().get("/api/applications/" + id).then()
                .body("status", equalTo("REFERRED"))
                .body("approvals", hasSize(0));

        // the knock-out gone with a better rating, the approval goes through
        rated(kafka, customerId, "BB", "0.0350");
        given().contentType(ContentType.JSON).body(Map.of("comment", "long-standing customer"))
                .post("/api/applications/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = {"relationship-manager", "auditor"})
    void curingTheLaterOfTwoDefaultedLoansKeepsTheBlockUntilTheEarlierIsCuredToo() {
        UUID customerId = knownCustomer(kafka);
        UUID earlier = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, earlier, defaulted(customerId, earlier, "2026-04-02"));
        awaitBlockedBy(customerId, earlier);
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, later, defaulted(customerId, later, "2026-05-10"));
        awaitBlockedBy(customerId, later);

        kafka.publish(EventTypes.MONITORING_LOAN_RESTORED, later, restored(customerId, later, "2026-05-10"));
        // the block stays and now names the loan still in default
        awaitBlockedBy(customerId, earlier);
        given().get("/api/borrowers/" + customerId).then()
                .body("blocked", equalTo(true))
                .body("block.reason", containsString("loan " + earlier + " defaulted on 2026-04-02"));
        given().queryParam("entityId", customerId.toString()).queryParam("action", "borrower.block-continued")
                .get("/api/audit").then()
                .body("$", hasSize(1))
                .body("[0].before.loanId", equalTo(later.toString()))
                .body("[0].after.loanId", equalTo(earlier.toString()));
        given().queryParam("entityId", customerId.toString()).queryParam("action", "borrower.unblocked")
                .get("/api/audit").then().body("$", hasSize(0));

        kafka.publish(EventTypes.MONITORING_LOAN_RESTORED, earlier, restored(customerId, earlier, "2026-04-02"));
        awaitUnblocked(customerId);
        given().queryParam("entityId", customerId.toString()).queryParam("action", "borrower.unblocked")
                .get("/api/audit").then()
                .body("$", hasSize(1))
                .body("[0].before.blocked", equalTo(true))
                .body("[0].after.blocked", equalTo(false))
                .body("[0].after.reason", containsString(earlier + " restored"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = {"relationship-manager", "auditor"})
    void curingTheEarlierOfTwoNonPerformingLoansKeepsTheBlockAndRedeliveriesChangeNothing() {
        UUID customerId = knownCustomer(kafka);
        UUID earlier = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        // the earlier loan classified substandard, the later one in default
        kafka.publish(EventTypes.MONITORING_LOAN_CLASSIFIED, earlier,
                Borrowers.classified(customerId, earlier, LoanCategory.SUBSTANDARD, 95));
        awaitBlockedBy(customerId, earlier);
        LoanDefaulted laterDefault = defaulted(customerId, later, "2026-05-10");
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, later, laterDefault);
        awaitBlockedBy(customerId, later);

        // the earlier one cured: processed once a marker behind it on the same key is; the block stays
        kafka.publish(EventTypes.MONITORING_LOAN_RESTORED, earlier, restored(customerId, earlier, "2026-03-01"));
        awaitMarker(earlier);
        given().get("/api/borrowers/" + customerId).then()
                .body("blocked", equalTo(true))
                .body("block.loanId", equalTo(later.toString()));

        String cure = UUID.randomUUID().toString();
        String cureJson = CloudEventsKafka.toJson(restored(customerId, later, "2026-05-10"));
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_RESTORED.type(), later.toString(), cure,
                cureJson);
        awaitUnblocked(customerId);

        // redeliveries: the same cure (same event id, then republished with a new id), the old default with a new id
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_RESTORED.type(), later.toString(), cure,
                cureJson);
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_RESTORED.type(), later.toString(),
                UUID.randomUUID().toString(), cureJson);
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, later, laterDefault);
        awaitMarker(later);
        given().get("/api/borrowers/" + customerId).then().body("blocked", equalTo(false));
        given().queryParam("entityId", customerId.toString()).queryParam("action", "borrower.unblocked")
                .get("/api/audit").then()
                .body("$", hasSize(1))
                .body("[0].after.reason", containsString(later + " restored"));
        given().queryParam("entityId", customerId.toString()).queryParam("action", "borrower.blocked")
                .get("/api/audit").then().body("$", hasSize(2));

        // a new default of the cured loan after its cure blocks again
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, later, defaulted(customerId, later, "2026-08-20"));
        awaitBlockedBy(customerId, later);
    }

    /** A default of another customer's loan on the same key: once it is processed, so is everything before it. */
    private static void awaitMarker(UUID key) {
        UUID marker = knownCustomer(kafka);
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, key, Borrowers.defaulted(marker, UUID.randomUUID()));
        Flows.awaitBlocked(marker);
    }

    private static void awaitBlockedBy(UUID customerId, UUID loanId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
            var r = given().get("/api/borrowers/" + customerId);
            return Boolean.TRUE.equals(r.path("blocked")) && loanId.toString().equals(r.path("block.loanId"));
        });
    }

    private static void awaitUnblocked(UUID customerId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                Boolean.FALSE.equals(given().get("/api/borrowers/" + customerId).path("blocked")));
    }

    private static LoanDefaulted defaulted(UUID customerId, UUID loanId, String on) {
        return new LoanDefaulted(loanId, customerId, LocalDate.parse(on), 91, LoanCategory.SUBSTANDARD, "CNY",
                new BigDecimal("750000.00"), new BigDecimal("18250.00"));
    }

    private static LoanRestored restored(UUID customerId, UUID loanId, String defaultedOn) {
        return new LoanRestored(loanId, customerId, LocalDate.of(2026, 6, 30), LocalDate.parse(defaultedOn),
                LoanCategory.NORMAL, 1, "CNY", new BigDecimal("800000.00"));
    }
}
