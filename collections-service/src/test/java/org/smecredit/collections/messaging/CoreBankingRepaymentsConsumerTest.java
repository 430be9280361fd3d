package org.smecredit.collections.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smecredit.collections.CollectionsTestSupport.SERVICE;
import static org.smecredit.collections.CollectionsTestSupport.WAIT;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.openCase;
import static org.smecredit.collections.CollectionsTestSupport.publishPoisonAndAwaitDeadLetter;
import static org.smecredit.collections.CollectionsTestSupport.recoveriesOf;
import static org.smecredit.collections.CollectionsTestSupport.repayment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.corebanking.v1.RepaymentReceived;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class CoreBankingRepaymentsConsumerTest {
    static CloudEventsKafka kafka;
    static final String TYPE = EventTypes.COREBANKING_REPAYMENT_RECEIVED.type();

    @Inject
    BusinessClock clock;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/corebanking");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static void awaitRecoveries(String caseId, int count) {
        await().atMost(WAIT).pollInSameThread().pollInterval(Duration.ofMillis(250))
                .until(() -> recoveriesOf(caseId).size() >= count);
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void booksARepaymentOnALoanInCollectionsAsACoreBankingRecovery() {
        UUID loanId = UUID.randomUUID();
        LocalDate today = clock.today();
        String caseId = openCase(kafka, defaulted(loanId, today.minusDays(10)));

        RepaymentReceived r = repayment(loanId, "104850.00", today);
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId, r);
        awaitRecoveries(caseId, 1);

        var recovery = recoveriesOf(caseId).get(0);
        assertEquals("COREBANKING", recovery.get("source"));
        assertEquals(new BigDecimal("104850.00"), recovery.get("amount"));
        assertEquals(r.repaymentId().toString(), recovery.get("repaymentId"));
        assertEquals("system:" + SERVICE, recovery.get("recordedBy"));
        api().get("/api/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("totalRecovered", equalTo(new BigDecimal("104850.00")))
                .body("remainingExposure", equalTo(new BigDecimal("906062.50")));

        // filtered by case: a collections-service of a running local stack on the same broker books the same
        // repayment on its own case of the loan
        var event = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_RECOVERY_RECORDED.type().equals(e.type())
                && caseId.equals(e.json().get("caseId").asText()), WAIT);
        assertEquals(caseId, event.json().get("caseId").asText());
        assertEquals("COREBANKING", event.json().get("source").asText());
        assertEquals(new BigDecimal("104850.00"), event.json().get("amount").decimalValue());
        assertEquals(new BigDecimal("104850.00"), event.json().get("recoveredToDate").decimalValue());
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void aRepaymentDeliveredTwiceIsBookedOnce() {
        UUID loanId = UUID.randomUUID();
        LocalDate today = clock.today();
        String caseId = openCase(kafka, defaulted(loanId, today.minusDays(10)));

        RepaymentReceived r = repayment(loanId, "50000.00", today);
        String payload = CloudEventsKafka.toJson(r);
        String eventId = UUID.randomUUID().toString();
        // the same CloudEvent twice, then the same booking again under a new event id
        kafka.publish(Topics.COREBANKING_REPAYMENTS, TYPE, loanId.toString(), eventId, payload);
        kafka.publish(Topics.COREBANKING_REPAYMENTS, TYPE, loanId.toString(), eventId, payload);
        kafka.publish(Topics.COREBANKING_REPAYMENTS, TYPE, loanId.toString(), UUID.randomUUID().toString(), payload);
        // a different booking afterwards: once it is there, everything before it was processed
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId, repayment(loanId, "1.00", today));
        awaitRecoveries(caseId, 2);

        assertEquals(2, recoveriesOf(caseId).size());
        api().get("/api/cases/" + caseId).then().statusCode(200)
                .body("totalRecovered", equalTo(new BigDecimal("50001.00")));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void ignoresRepaymentsOfLoansWithoutACase() {
        UUID loanId = UUID.randomUUID();
        String ignoredId = kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId,
                repayment(loanId, "104850.00", clock.today()));
        // a poison record after it on the same partition: by the time it is dead-lettered the repayment was handled
        publishPoisonAndAwaitDeadLetter(kafka, Topics.COREBANKING_REPAYMENTS, TYPE, loanId);

        assertTrue(kafka.collect(Topics.deadLetter(SERVICE), e -> ignoredId.equals(e.id()), 1,
                Duration.ofSeconds(2)).isEmpty(), "an ordinary repayment is acknowledged, not dead-lettered");
        api().queryParam("loanId", loanId).get("/api/cases").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void sendsPoisonAndRepaymentsInAnotherCurrencyToTheDeadLetterTopic() {
        UUID loanId = UUID.randomUUID();
        publishPoisonAndAwaitDeadLetter(kafka, Topics.COREBANKING_REPAYMENTS, TYPE, loanId);

        String caseId = openCase(kafka, defaulted(loanId, clock.today().minusDays(3)));
        RepaymentReceived usd = new RepaymentReceived(UUID.randomUUID(), loanId, new BigDecimal("100.00"), "USD",
                clock.today(), "wrong currency");
        String usdId = kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId, usd);
        kafka.await(Topics.deadLetter(SERVICE), e -> usdId.equals(e.id()), WAIT);
        assertEquals(0, recoveriesOf(caseId).size());
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void ignoresRepaymentsValueDatedBeforeTheDefault() {
        UUID loanId = UUID.randomUUID();
        LocalDate today = clock.today();
        String caseId = openCase(kafka, defaulted(loanId, today.minusDays(10)));

        // a regular installment paid before the default, delivered late: already netted in the exposure
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId, repayment(loanId, "104850.00",
                today.minusDays(40)));
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId, repayment(loanId, "1.00", today));
        awaitRecoveries(caseId, 1);

        assertEquals(1, recoveriesOf(caseId).size());
        api().get("/api/cases/" + caseId).then().body("totalRecovered", equalTo(new BigDecimal("1.00")));
    }
}
