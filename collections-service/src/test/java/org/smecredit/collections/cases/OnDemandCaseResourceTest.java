package org.smecredit.collections.cases;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smecredit.collections.CollectionsTestSupport.WAIT;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.awaitProcessedUpTo;
import static org.smecredit.collections.CollectionsTestSupport.casesOf;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.openCase;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.GuaranteeLinked;
import org.smecredit.contracts.customer.v1.ProfileUpdated;
import org.smecredit.contracts.monitoring.v1.LoanClassified;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.SchemaValidator;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Cases opened on demand for substandard loans (classification from monitoring.loan-classified.v1), assignment by
 * region and size class (customer events; test rule: Zhejiang small and micro firms to col.sun.li / col.qian.yu),
 * and the guarantee-circle exposure of a case (customer.guarantee-linked.v1).
 */
@QuarkusTest
class OnDemandCaseResourceTest {
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    @Inject
    SchemaValidator schemas;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/on-demand");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private LoanClassified classified(UUID loanId, UUID customerId, LoanCategory category, int dpd, LocalDate asOf) {
        return new LoanClassified(loanId, customerId, asOf, LoanCategory.NORMAL, category, dpd,
                category == LoanCategory.SPECIAL_MENTION ? 2 : 3, new BigDecimal("18360.00"), new BigDecimal("800000.00"));
    }

    private static Map<String, Object> open(UUID loanId) {
        return Map.of("loanId", loanId.toString(), "reason", "cash flow collapsed; act before the default");
    }

    @Test
    @TestSecurity(user = "risk.zhou", roles = "risk-manager")
    void aRiskManagerOpensACaseForASubstandardLoanOnly() {
        UUID loanId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        LocalDate today = clock.today();

        api().body(Map.of()).post("/api/cases").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("loanId", "reason"));
        api().body(open(loanId)).post("/api/cases").then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/classification-unknown"))
                .body("violations.field", hasItem("loanId"));

        kafka.publish(EventTypes.MONITORING_LOAN_CLASSIFIED, loanId,
                classified(loanId, customerId, LoanCategory.SPECIAL_MENTION, 45, today.minusDays(1)));
        awaitProcessedUpTo(kafka, Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_CLASSIFIED.type(), loanId);
        api().body(open(loanId)).post("/api/cases").then().statusCode(422)
                .body("type", equalTo("https://smecredit.org/problems/not-substandard"));

        // a later daily run classifies it substandard; an older report arriving late changes nothing
        kafka.publish(EventTypes.MONITORING_LOAN_CLASSIFIED, loanId,
                classified(loanId, customerId, LoanCategory.SUBSTANDARD, 95, today));
        kafka.publish(EventTypes.MONITORING_LOAN_CLASSIFIED, loanId,
                classified(loanId, customerId, LoanCategory.SPECIAL_MENTION, 40, today.minusDays(5)));
        awaitProcessedUpTo(kafka, Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_CLASSIFIED.type(), loanId);

        String caseId = api().header("Idempotency-Key", "open-" + loanId).body(open(loanId)).post("/api/cases")
                .then().statusCode(201)
                .body("origin", equalTo("ON_DEMAND"))
                .body("openedBy", equalTo("risk.zhou"))
                .body("status", equalTo("OPEN"))
                .body("categoryAtDefault", equalTo("SUBSTANDARD"))
                .body("daysPastDue", equalTo(95))
                .body("exposureAtDefault", equalTo(new BigDecimal("800000.00")))
                .body("openedOn", equalTo(today.toString()))
                .extract().path("id");
        api().header("Idempotency-Key", "open-" + loanId).body(open(loanId)).post("/api/cases")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(caseId));
        api().header("Idempotency-Key", "open-" + loanId).body(open(UUID.randomUUID())).post("/api/cases")
                .then().statusCode(422).body("type", equalTo("https://smecredit.org/problems/idempotency-key-reused"));
        api().body(open(loanId)).post("/api/cases").then().statusCode(409)
                .body("type", equalTo("https://smecredit.org/problems/case-exists"));

        var event = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_OPENED.type().equals(e.type())
                && caseId.equals(e.json().get("caseId").asText()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_CASE_OPENED, event.json());
        assertEquals(caseId, event.json().get("caseId").asText());

        // the default monitoring reports later opens no second case
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, loanId, new LoanDefaulted(loanId, customerId, today, 96,
                LoanCategory.SUBSTANDARD, "CNY", new BigDecimal("800000.00"), new BigDecimal("9000.00")));
        awaitProcessedUpTo(kafka, Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), loanId);
        assertEquals(1, casesOf(loanId).size());
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void relationshipManagersCannotOpenCases() {
        api().body(open(UUID.randomUUID())).post("/api/cases").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void aZhejiangSmallFirmGoesToTheSmeTeamAndItsCaseShowsTheCircleExposure() {
        UUID borrower = UUID.randomUUID();
        UUID guarantor = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        LocalDate today = clock.today();
        kafka.publish(EventTypes.CUSTOMER_REGISTERED, borrower, new CustomerRegistered(borrower, "91330106MA2XXXXX0X",
                "杭州远航纺织有限公司", "C17", "330106", 40, LocalDate.of(2015, 3, 1), "rm.zhang.wei"));
        kafka.publish(EventTypes.CUSTOMER_PROFILE_UPDATED, borrower, new ProfileUpdated(borrower, "91330106MA2XXXXX0X",
                "杭州远航纺织有限公司", "C17", "330106", 40, LocalDate.of(2015, 3, 1), "rm.zhang.wei", "LLC",
                new BigDecimal("5000000.00"), "SMALL", false, List.of("sizeClass")));
        // borrower and guarantor guarantee each other: one circle with a loop; the outsider is not in it
        kafka.publish(EventTypes.CUSTOMER_GUARANTEE_LINKED, borrower, new GuaranteeLinked(UUID.randomUUID(), guarantor,
                borrower, new BigDecimal("3000000.00"), today.minusYears(1), today.plusYears(2),
                List.of(borrower, guarantor), true));
        awaitProcessedUpTo(kafka, Topics.CUSTOMER_EVENTS, EventTypes.CUSTOMER_PROFILE_UPDATED.type(), borrower);

        // the guarantor and the outsider defaulted too
        UUID guarantorLoan = UUID.randomUUID();
        openCase(kafka, new LoanDefaulted(guarantorLoan, guarantor, today.minusDays(3), 91, LoanCategory.SUBSTANDARD,
                "CNY", new BigDecimal("500000.00"), new BigDecimal("4000.00")));
        openCase(kafka, defaulted(UUID.randomUUID(), today.minusDays(3)));

        UUID loanId = UUID.randomUUID();
        String caseId = openCase(kafka, new LoanDefaulted(loanId, borrower, today.minusDays(2), 91,
                LoanCategory.SUBSTANDARD, "CNY", new BigDecimal("1000000.00"), new BigDecimal("10912.50")));
        String assigned = api().get("/api/cases/" + caseId).then().statusCode(200).extract().path("assignedTo");
        assertEquals(true, List.of("col.sun.li", "col.qian.yu").contains(assigned), assigned);

        api().get("/api/cases/" + caseId + "/guarantee-circle").then().statusCode(200)
                .body("circleHasCycle", equalTo(true))
                .body("circleMemberIds", hasItems(borrower.toString(), guarantor.toString()))
                .body("linkedDefaultedLoans", equalTo(1))
                .body("linkedOpenCases[0].loanId", equalTo(guarantorLoan.toString()))
                .body("linkedExposure", equalTo(new BigDecimal("504000.00")));
        api().get("/api/cases/" + UUID.randomUUID() + "/guarantee-circle").then().statusCode(404);
    }
}
