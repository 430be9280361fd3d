package org.smecredit.collections.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.awaitProcessedUpTo;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.openCase;
import static org.smecredit.collections.CollectionsTestSupport.publishPoisonAndAwaitDeadLetter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class OriginationEventsConsumerTest {
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/origination");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static LoanDisbursed disbursed(UUID loanId, UUID customerId, LocalDate on) {
        return new LoanDisbursed(loanId, UUID.randomUUID(), customerId, new BigDecimal("1200000.00"), "CNY",
                new BigDecimal("0.0485"), on, on.plusYears(1), "BBB", new BigDecimal("0.0125"),
                new BigDecimal("0.4500"), List.of(new LoanDisbursed.Installment(1, on.plusMonths(1),
                new BigDecimal("1200000.00"), new BigDecimal("4850.00"))));
    }

    static int loanAuditEntries(UUID loanId) {
        return api().queryParam("entityType", "loan").queryParam("entityId", loanId).get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = {"collections-officer", "auditor"})
    void remembersDisbursedLoansOnceAndShowsTheirPrincipalOnTheCase() {
        UUID loanId = UUID.randomUUID();
        LocalDate today = clock.today();
        var d = defaulted(loanId, today.minusDays(1));
        String payload = CloudEventsKafka.toJson(disbursed(loanId, d.customerId(), today.minusMonths(6)));
        String eventId = UUID.randomUUID().toString();
        kafka.publish(Topics.ORIGINATION_EVENTS, EventTypes.ORIGINATION_LOAN_DISBURSED.type(), loanId.toString(),
                eventId, payload);
        kafka.publish(Topics.ORIGINATION_EVENTS, EventTypes.ORIGINATION_LOAN_DISBURSED.type(), loanId.toString(),
                eventId, payload);
        awaitProcessedUpTo(kafka, Topics.ORIGINATION_EVENTS, EventTypes.ORIGINATION_LOAN_DISBURSED.type(), loanId);
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> loanAuditEntries(loanId) >= 1);
        assertEquals(1, loanAuditEntries(loanId), "a redelivered disbursement is recorded once");

        String caseId = openCase(kafka, d);
        api().get("/api/cases/" + caseId).then().statusCode(200)
                .body("disbursedPrincipal", equalTo(new BigDecimal("1200000.00")));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void sendsPoisonDisbursementsToTheDeadLetterTopic() {
        publishPoisonAndAwaitDeadLetter(kafka, Topics.ORIGINATION_EVENTS,
                EventTypes.ORIGINATION_LOAN_DISBURSED.type(), UUID.randomUUID());
    }
}
