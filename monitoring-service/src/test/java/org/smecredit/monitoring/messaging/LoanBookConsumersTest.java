package org.smecredit.monitoring.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.collections.v1.RecoveryRecorded;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.monitoring.Loans;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The three consumers: loans from origination, repayments from core banking, ratings. */
@QuarkusTest
@TestSecurity(user = "risk.li", roles = "risk-manager")
class LoanBookConsumersTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final LocalDate DISBURSED = LocalDate.parse("2011-01-01");
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/origination");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static LoanDisbursed publishedLoan(UUID customerId) {
        LoanDisbursed loan = Loans.monthly(customerId, DISBURSED, 6, "100000.00");
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, loan.loanId(), loan);
        awaitLoan(loan.loanId());
        return loan;
    }

    static void awaitLoan(UUID loanId) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + loanId).then().statusCode(200));
    }

    static int auditCount(String entityType, Object entityId, String action) {
        return given().queryParam("entityType", entityType).queryParam("entityId", entityId.toString())
                .queryParam("action", action)
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void booksADisbursedLoanWithItsScheduleOnce() {
        UUID customer = UUID.randomUUID();
        LoanDisbursed loan = Loans.monthly(customer, DISBURSED, 6, "100000.00");
        String json = CloudEventsKafka.toJson(loan);
        String ceId = UUID.randomUUID().toString();
        kafka.publish(Topics.ORIGINATION_EVENTS, EventTypes.ORIGINATION_LOAN_DISBURSED.type(), loan.loanId().toString(), ceId, json);
        // the same CloudEvent again, and the same loan republished under a new id
        kafka.publish(Topics.ORIGINATION_EVENTS, EventTypes.ORIGINATION_LOAN_DISBURSED.type(), loan.loanId().toString(), ceId, json);
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, loan.loanId(), loan);
        awaitLoan(loan.loanId());

        given().get("/api/monitoring/loans/" + loan.loanId()).then().statusCode(200)
                .body("customerId", equalTo(customer.toString()))
                .body("principal", equalTo(600000.00f))
                .body("outstandingPrincipal", equalTo(600000.00f))
                .body("status", equalTo("ACTIVE"))
                .body("pd", equalTo(0.0125f)).body("pdSource", equalTo("ORIGINATION"))
                .body("category", nullValue())
                .body("installments", hasSize(6))
                .body("installments[0].dueDate", equalTo("2011-02-01"))
                .body("installments[0].interestDue", equalTo(Loans.interest(loan, 1).floatValue()))
                .body("installments[5].dueDate", equalTo("2011-07-01"))
                .body("installments[0].principalPaid", equalTo(0.0f));
        given().queryParam("customerId", customer.toString()).get("/api/monitoring/loans")
                .then().statusCode(200).body("", hasSize(1)).body("[0].loanId", equalTo(loan.loanId().toString()));

        // a marker loan published on the same key (same partition) shows when the duplicates before it were consumed
        LoanDisbursed marker = Loans.monthly(customer, DISBURSED, 3, "1000.00");
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, loan.loanId(), marker);
        awaitLoan(marker.loanId());
        assertEquals(1, auditCount("loan", loan.loanId(), "loan.booked"));
        given().queryParam("customerId", customer.toString()).get("/api/monitoring/loans")
                .then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void allocatesRepaymentsOnceEachInterestFirstAndKeepsOverpaymentAsCredit() {
        LoanDisbursed loan = publishedLoan(UUID.randomUUID());
        var first = Loans.repayment(loan.loanId(), new BigDecimal("3000.00"), LocalDate.parse("2011-02-01"));
        String firstJson = CloudEventsKafka.toJson(first);
        String ceId = UUID.randomUUID().toString();
        String key = loan.loanId().toString();
        String type = EventTypes.COREBANKING_REPAYMENT_RECEIVED.type();
        kafka.publish(Topics.COREBANKING_REPAYMENTS, type, key, ceId, firstJson);
        // redelivered with the same CloudEvent id, then the same booking under a new CloudEvent id
        kafka.publish(Topics.COREBANKING_REPAYMENTS, type, key, ceId, firstJson);
        kafka.publish(Topics.COREBANKING_REPAYMENTS, type, key, UUID.randomUUID().toString(), firstJson);
        // a second booking, valued earlier than the first: allocation does not depend on arrival order
        var second = Loans.repayment(loan.loanId(), new BigDecimal("102000.00"), LocalDate.parse("2011-01-31"));
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loan.loanId(), second);

        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + loan.loanId())
                .then().body("repayments", hasSize(2)));
        // 105,000 received: installment 1 (interest then principal), then interest of installment 2, then principal 2
        BigDecimal total = new BigDecimal("105000.00");
        BigDecimal toPrincipal2 = total.subtract(Loans.due(loan, 1)).subtract(Loans.interest(loan, 2));
        given().get("/api/monitoring/loans/" + loan.loanId()).then()
                .body("installments[0].principalPaid", equalTo(100000.00f))
                .body("installments[0].interestPaid", equalTo(Loans.interest(loan, 1).floatValue()))
                .body("installments[0].fullyPaid", equalTo(true))
                .body("installments[1].interestPaid", equalTo(Loans.interest(loan, 2).floatValue()))
                .body("installments[1].principalPaid", equalTo(toPrincipal2.floatValue()))
                .body("installments[1].fullyPaid", equalTo(false))
                .body("outstandingPrincipal", equalTo(new BigDecimal("500000.00").subtract(toPrincipal2).floatValue()))
                .body("unappliedCredit", equalTo(0.0f));

        // paying off everything and 88.88 more leaves that as unapplied credit
        BigDecimal rest = BigDecimal.ZERO;
        for (int k = 1; k <= 6; k++) {
            rest = rest.add(Loans.due(loan, k));
        }
        rest = rest.subtract(total).add(new BigDecimal("88.88"));
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loan.loanId(),
                Loans.repayment(loan.loanId(), rest, LocalDate.parse("2011-02-15")));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + loan.loanId())
                .then().body("repayments", hasSize(3))
                .body("unappliedCredit", equalTo(88.88f))
                .body("outstandingPrincipal", equalTo(0.0f))
                .body("installments.fullyPaid", equalTo(List.of(true, true, true, true, true, true))));
    }

    @Test
    void appliesCollectionsRecoveriesOnceExceptThoseCoreBankingAlreadySent() {
        LoanDisbursed loan = publishedLoan(UUID.randomUUID());
        UUID caseId = UUID.randomUUID();
        var auction = new RecoveryRecorded(UUID.randomUUID(), caseId, loan.loanId(), new BigDecimal("150000.00"), "CNY",
                "COLLATERAL_AUCTION", LocalDate.parse("2011-09-01"), new BigDecimal("150000.00"), null);
        // the same money core banking booked (and sent on corebanking.repayments): not applied a second time
        var viaCoreBanking = new RecoveryRecorded(UUID.randomUUID(), caseId, loan.loanId(), new BigDecimal("7000.00"),
                "CNY", "COREBANKING", LocalDate.parse("2011-09-02"), new BigDecimal("157000.00"), null);
        kafka.publish(EventTypes.COLLECTIONS_RECOVERY_RECORDED, loan.loanId(), auction);
        kafka.publish(EventTypes.COLLECTIONS_RECOVERY_RECORDED, loan.loanId(), viaCoreBanking);
        // redelivered under a new CloudEvent id: still one repayment
        kafka.publish(EventTypes.COLLECTIONS_RECOVERY_RECORDED, loan.loanId(), auction);
        var marker = new RecoveryRecorded(UUID.randomUUID(), caseId, loan.loanId(), new BigDecimal("1.00"), "CNY",
                "MANUAL", LocalDate.parse("2011-09-03"), new BigDecimal("157001.00"), null);
        kafka.publish(EventTypes.COLLECTIONS_RECOVERY_RECORDED, loan.loanId(), marker);

        await().atMost(WAIT).untilAsserted(() -> given().get("/api/monitoring/loans/" + loan.loanId())
                .then().body("repayments.repaymentId", hasItem(marker.recoveryId().toString())));
        BigDecimal toPrincipal = new BigDecimal("150001.00").subtract(Loans.interest(loan, 1))
                .subtract(Loans.interest(loan, 2));
        given().get("/api/monitoring/loans/" + loan.loanId()).then()
                .body("repayments", hasSize(2))
                .body("repayments.repaymentId", hasItem(auction.recoveryId().toString()))
                .body("outstandingPrincipal", equalTo(new BigDecimal("600000.00").subtract(toPrincipal).floatValue()));
    }

    @Test
    void keepsARepaymentThatArrivesBeforeItsLoanAndAppliesItWhenTheLoanIsBooked() {
        LoanDisbursed loan = Loans.monthly(UUID.randomUUID(), DISBURSED, 6, "100000.00");
        var early = Loans.paying(loan, 1);
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loan.loanId(), early);
        await().atMost(WAIT).until(() -> auditCount("repayment", early.repaymentId(), "repayment.pending") == 1);
        given().get("/api/monitoring/loans/" + loan.loanId()).then().statusCode(404)
                .contentType("application/problem+json");

        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, loan.loanId(), loan);
        awaitLoan(loan.loanId());
        given().get("/api/monitoring/loans/" + loan.loanId()).then()
                .body("repayments[0].repaymentId", equalTo(early.repaymentId().toString()))
                .body("installments[0].fullyPaid", equalTo(true))
                .body("outstandingPrincipal", equalTo(500000.00f));
    }

    @Test
    void keepsTheLatestRatingPdOfTheBorrower() {
        UUID customer = UUID.randomUUID();
        LoanDisbursed loan = publishedLoan(customer);
        var current = Loans.rating(customer, "0.0450", LocalDate.parse("2011-01-10"));
        String currentJson = CloudEventsKafka.toJson(current);
        String ceId = UUID.randomUUID().toString();
        String type = EventTypes.RATING_ASSIGNED.type();
        kafka.publish(Topics.RATING_EVENTS, type, customer.toString(), ceId, currentJson);
        kafka.publish(Topics.RATING_EVENTS, type, customer.toString(), ceId, currentJson);
        // an older rating delivered late does not replace it
        kafka.publish(EventTypes.RATING_ASSIGNED, customer, Loans.rating(customer, "0.9000", LocalDate.parse("2010-12-01")));
        // a marker on the same key (another borrower) shows when everything before it was consumed
        UUID marker = UUID.randomUUID();
        kafka.publish(EventTypes.RATING_ASSIGNED, customer, Loans.rating(marker, "0.0100", LocalDate.parse("2011-01-10")));
        await().atMost(WAIT).until(() -> auditCount("customer_pd", marker, "customer-pd.updated") == 1);

        given().get("/api/monitoring/loans/" + loan.loanId()).then()
                .body("pd", equalTo(0.045f)).body("pdSource", equalTo("RATING"));
        assertEquals(1, auditCount("customer_pd", customer, "customer-pd.updated"));
    }

    static Stream<Arguments> poison() {
        String key = UUID.randomUUID().toString();
        LoanDisbursed inconsistent = Loans.monthly(UUID.randomUUID(), DISBURSED, 3, "1000.00");
        inconsistent = new LoanDisbursed(inconsistent.loanId(), inconsistent.applicationId(), inconsistent.customerId(),
                new BigDecimal("3000.01"), "CNY", inconsistent.annualRate(), DISBURSED, inconsistent.maturityDate(),
                "BBB", Loans.ORIGINATION_PD, Loans.LGD, inconsistent.schedule());
        return Stream.of(
                Arguments.of("not JSON", Topics.ORIGINATION_EVENTS, EventTypes.ORIGINATION_LOAN_DISBURSED.type(), key,
                        UUID.randomUUID().toString(), "{not json"),
                Arguments.of("schedule not summing to the principal", Topics.ORIGINATION_EVENTS,
                        EventTypes.ORIGINATION_LOAN_DISBURSED.type(), inconsistent.loanId().toString(),
                        UUID.randomUUID().toString(), CloudEventsKafka.toJson(inconsistent)),
                Arguments.of("negative repayment", Topics.COREBANKING_REPAYMENTS,
                        EventTypes.COREBANKING_REPAYMENT_RECEIVED.type(), UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(), CloudEventsKafka.toJson(
                                Loans.repayment(UUID.randomUUID(), new BigDecimal("-5.00"), DISBURSED))),
                Arguments.of("rating without ce_id", Topics.RATING_EVENTS, EventTypes.RATING_ASSIGNED.type(),
                        UUID.randomUUID().toString(), null,
                        CloudEventsKafka.toJson(Loans.rating(UUID.randomUUID(), "0.01", DISBURSED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poison")
    void sendsPoisonMessagesToTheDeadLetterTopic(String what, String topic, String type, String key, String ceId,
                                                 String payload) {
        kafka.publish(topic, type, key, ceId, payload);
        var dead = kafka.await(Topics.deadLetter("monitoring-service"), e -> key.equals(e.key()), WAIT);
        assertEquals(payload, dead.payload());
    }

    @Test
    void answersAnUnknownLoanWith404() {
        given().get("/api/monitoring/loans/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://smecredit.org/problems/not-found"));
    }

    @Test
    void listingWithoutACustomerIs400NamingIt() {
        given().get("/api/monitoring/loans").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("customerId"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "guest")
    void readingLoansNeedsACreditRole() {
        given().get("/api/monitoring/loans/" + UUID.randomUUID()).then().statusCode(403);
        given().queryParam("customerId", UUID.randomUUID().toString()).get("/api/monitoring/loans").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor.zhou", roles = "auditor")
    void auditorsReadLoans() {
        given().queryParam("customerId", UUID.randomUUID().toString()).get("/api/monitoring/loans")
                .then().statusCode(200).body("", hasSize(0));
    }
}
