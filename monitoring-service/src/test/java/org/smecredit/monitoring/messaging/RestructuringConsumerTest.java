package org.smecredit.monitoring.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.collections.v1.LoanRestructured;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.monitoring.Loans;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * collections.loan-restructured.v1 on sme.collections.events: the unpaid remaining schedule is replaced by the new
 * terms (what was paid of each installment stays), and the observation period starts. Loans disbursed in 2030 so that
 * no daily run of the other test classes assesses them.
 */
@QuarkusTest
@TestSecurity(user = "risk.li", roles = "risk-manager")
class RestructuringConsumerTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final LocalDate DISBURSED = LocalDate.parse("2030-01-01");
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/collections");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static LoanRestructured restructuring(UUID loanId, UUID customerId, String principal, int months, String payment) {
        return new LoanRestructured(UUID.randomUUID(), loanId, customerId, new BigDecimal(principal), "CNY",
                new BigDecimal("0.05"), months, new BigDecimal(payment), LocalDate.parse("2030-04-15"),
                LocalDate.parse("2030-03-20"), "col.wang", "risk.liu");
    }

    @Test
    void keepsWhatWasPaidOfEachInstallmentAndReplacesTheRestByTheNewTerms() {
        LoanDisbursed loan = Loans.monthly(UUID.randomUUID(), DISBURSED, 6, "1000.00");
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, loan.loanId(), loan);
        // installment 1 in full, then 500.00: installment 2's interest and 500.00 - interest of its principal
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loan.loanId(), Loans.paying(loan, 1));
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loan.loanId(),
                Loans.repayment(loan.loanId(), new BigDecimal("500.00"), LocalDate.parse("2030-03-01")));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + loan.loanId()).then()
                .statusCode(200).body("repayments.size()", equalTo(2)));
        BigDecimal principalPaid = new BigDecimal("1000.00").add(new BigDecimal("500.00")).subtract(Loans.interest(loan, 2));
        BigDecimal restructured = new BigDecimal("6000.00").subtract(principalPaid);

        var r = restructuring(loan.loanId(), loan.customerId(), restructured.toPlainString(), 4, "1140.00");
        kafka.publish(EventTypes.COLLECTIONS_LOAN_RESTRUCTURED, loan.loanId(), r);
        var exact = given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
        await().atMost(WAIT).untilAsserted(() -> exact.get("/api/monitoring/loans/" + loan.loanId()).then()
                .body("restructuring.caseId", equalTo(r.caseId().toString())));
        var view = exact.get("/api/monitoring/loans/" + loan.loanId()).then().statusCode(200)
                .body("restructuring.restructuredOn", equalTo("2030-03-20"))
                .body("restructuring.observationStart", equalTo("2030-04-15"))
                .body("restructuring.observationUntil", equalTo("2031-04-15"))
                .body("restructuring.observationEndedOn", org.hamcrest.Matchers.nullValue())
                .body("annualRate", equalTo(new BigDecimal("0.050000")))
                .body("maturityDate", equalTo("2030-07-15"))
                .extract().jsonPath();
        List<Map<String, Object>> installments = view.getList("installments");
        // 1 kept whole, 2 cut to what was paid, 3-6 gone (nothing paid), 7-10 the new terms
        assertEquals(List.of(1, 2, 7, 8, 9, 10), installments.stream().map(i -> ((Number) i.get("number")).intValue()).toList());
        assertEquals(true, installments.get(0).get("fullyPaid"));
        assertEquals(true, installments.get(1).get("fullyPaid"));
        assertEquals(new BigDecimal("500.00").subtract(Loans.interest(loan, 2)), installments.get(1).get("principalDue"));
        assertEquals(Loans.interest(loan, 2), installments.get(1).get("interestDue"));
        assertEquals("2030-04-15", installments.get(2).get("dueDate"));
        assertEquals("2030-05-15", installments.get(3).get("dueDate"));
        // month 1 of the new terms: interest on the restructured principal at 5 % / 12, the rest of 1,140.00 principal
        BigDecimal interest = restructured.multiply(new BigDecimal("0.05")).divide(new BigDecimal("12"), 2,
                java.math.RoundingMode.HALF_UP);
        assertEquals(interest, installments.get(2).get("interestDue"));
        assertEquals(new BigDecimal("1140.00").subtract(interest), installments.get(2).get("principalDue"));
        // the loan's principal still adds up with its schedule: repaid so far + restructured
        assertEquals(new BigDecimal("6000.00"), view.get("principal"));
        assertEquals(restructured, view.get("outstandingPrincipal"));
        assertEquals(restructured, installments.subList(2, 6).stream().map(i -> (BigDecimal) i.get("principalDue"))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        given().queryParam("entityType", "loan").queryParam("entityId", loan.loanId().toString())
                .queryParam("action", "loan.restructured").get("/api/audit").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].after.caseId", equalTo(r.caseId().toString()))
                .body("[0].after.approvedBy", equalTo("risk.liu"));

        // a later repayment is allocated on the new schedule
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loan.loanId(),
                Loans.repayment(loan.loanId(), new BigDecimal("1140.00"), LocalDate.parse("2030-04-15")));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + loan.loanId()).then()
                .body("installments[2].fullyPaid", equalTo(true)).body("installments[3].fullyPaid", equalTo(false)));
    }

    static Stream<Arguments> poison() {
        UUID unknown = UUID.randomUUID();
        return Stream.of(
                Arguments.of("an unknown loan", unknown,
                        restructuring(unknown, UUID.randomUUID(), "1000.00", 12, "100.00")),
                Arguments.of("a payment below a month's interest", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poison")
    void sendsRestructuringsThatCannotApplyToTheDeadLetterTopic(String what, UUID loanId, LoanRestructured given) {
        LoanRestructured r = given;
        if (r == null) {
            LoanDisbursed loan = Loans.monthly(UUID.randomUUID(), DISBURSED, 3, "1000.00");
            kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, loan.loanId(), loan);
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + loan.loanId()).then()
                    .statusCode(200));
            // 3,000.00 at 5 % is 12.50 of interest a month
            r = restructuring(loan.loanId(), loan.customerId(), "3000.00", 12, "12.00");
        }
        String key = r.loanId().toString();
        String payload = CloudEventsKafka.toJson(r);
        kafka.publish(Topics.COLLECTIONS_EVENTS, EventTypes.COLLECTIONS_LOAN_RESTRUCTURED.type(), key,
                UUID.randomUUID().toString(), payload);
        var dead = kafka.await(Topics.deadLetter("monitoring-service"), e -> key.equals(e.key()), WAIT);
        assertEquals(payload, dead.payload());
        given().get("/api/monitoring/loans/" + key).then().body("restructuring", org.hamcrest.Matchers.nullValue());
    }
}
