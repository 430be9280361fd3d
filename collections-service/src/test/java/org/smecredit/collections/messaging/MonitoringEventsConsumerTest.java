package org.smecredit.collections.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smecredit.collections.CollectionsTestSupport.EAD;
import static org.smecredit.collections.CollectionsTestSupport.OFFICERS;
import static org.smecredit.collections.CollectionsTestSupport.SERVICE;
import static org.smecredit.collections.CollectionsTestSupport.WAIT;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.awaitProcessedUpTo;
import static org.smecredit.collections.CollectionsTestSupport.casesOf;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.manualRecovery;
import static org.smecredit.collections.CollectionsTestSupport.openCase;
import static org.smecredit.collections.CollectionsTestSupport.publishPoisonAndAwaitDeadLetter;
import static org.smecredit.collections.CollectionsTestSupport.writeOffFourEyes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.collections.proposals.ProposalService;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.SchemaValidator;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class MonitoringEventsConsumerTest {
    static CloudEventsKafka kafka;

    @Inject
    ProposalService proposals;

    @Inject
    BusinessClock clock;

    /** The contract's JSON Schema: what this service emits is what consumers validate against. */
    @Inject
    SchemaValidator schemas;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/monitoring");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = {"collections-officer", "auditor"})
    void opensACaseOnLoanDefaultedAndPublishesCaseOpenedKeyedByLoan() {
        UUID loanId = UUID.randomUUID();
        LocalDate defaultDate = clock.today().minusDays(2);
        LoanDefaulted d = defaulted(loanId, defaultDate);
        String caseId = openCase(kafka, d);

        api().get("/api/cases/" + caseId).then().statusCode(200)
                .body("loanId", equalTo(loanId.toString()))
                .body("customerId", equalTo(d.customerId().toString()))
                .body("status", equalTo("OPEN"))
                .body("outcome", nullValue())
                .body("exposureAtDefault", equalTo(EAD))
                .body("totalRecovered", equalTo(new BigDecimal("0.00")))
                .body("currency", equalTo("CNY"))
                .body("openedOn", equalTo(defaultDate.toString()))
                .body("daysPastDue", equalTo(91))
                .body("categoryAtDefault", equalTo("SUBSTANDARD"))
                .body("assignedTo", in(OFFICERS));

        // filtered by case: a collections-service of a running local stack on the same broker opens its own case
        var event = kafka.await(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_OPENED.type().equals(e.type())
                && caseId.equals(e.json().get("caseId").asText()), WAIT);
        schemas.validate(EventTypes.COLLECTIONS_CASE_OPENED, event.json());
        assertEquals(caseId, event.json().get("caseId").asText());
        assertEquals(EAD, event.json().get("exposure").decimalValue());
        assertEquals(defaultDate.toString(), event.json().get("openedOn").asText());
        assertTrue(OFFICERS.contains(event.json().get("assignedTo").asText()));

        // the event-driven change is audited under the service's own name, with the cause's event id
        api().queryParam("entityId", caseId).get("/api/audit").then().statusCode(200)
                .body("[0].action", equalTo("case.opened"))
                .body("[0].actor", equalTo("system:" + SERVICE))
                .body("[0].after.status", equalTo("OPEN"));
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void aLoanWithAnOpenCaseGetsNoSecondCaseFromARepeatedDefault() {
        UUID loanId = UUID.randomUUID();
        LoanDefaulted d = defaulted(loanId, clock.today().minusDays(1));
        String caseId = openCase(kafka, d);

        // another default report of the same loan (new event id, later date, higher exposure) ...
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, loanId, new LoanDefaulted(loanId, d.customerId(),
                clock.today(), 92, LoanCategory.SUBSTANDARD, "CNY", new BigDecimal("1000000.00"),
                new BigDecimal("11000.00")));
        // ... and the first one redelivered with its own event id
        String eventId = UUID.randomUUID().toString();
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), loanId.toString(),
                eventId, CloudEventsKafka.toJson(d));
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), loanId.toString(),
                eventId, CloudEventsKafka.toJson(d));
        awaitProcessedUpTo(kafka, Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), loanId);

        var cases = casesOf(loanId);
        assertEquals(1, cases.size());
        assertEquals(caseId, cases.get(0).get("id"));
        assertEquals(EAD, cases.get(0).get("exposureAtDefault"));
        // counted for this case: a collections-service of a running local stack on the same broker publishes its own
        assertEquals(1, kafka.collect(Topics.COLLECTIONS_EVENTS, e -> loanId.toString().equals(e.key())
                && EventTypes.COLLECTIONS_CASE_OPENED.type().equals(e.type())
                && caseId.equals(e.json().get("caseId").asText()), 2, java.time.Duration.ofSeconds(3)).size());
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void sendsPoisonAndDefaultsWithoutExposureToTheDeadLetterTopic() {
        UUID loanId = UUID.randomUUID();
        publishPoisonAndAwaitDeadLetter(kafka, Topics.MONITORING_EVENTS,
                EventTypes.MONITORING_LOAN_DEFAULTED.type(), loanId);

        // well-formed, but violates the contract (negative principal)
        String invalid = CloudEventsKafka.toJson(new LoanDefaulted(loanId, UUID.randomUUID(), clock.today(), 91,
                LoanCategory.SUBSTANDARD, "CNY", new BigDecimal("-1.00"), new BigDecimal("0.00")));
        String invalidId = UUID.randomUUID().toString();
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), loanId.toString(),
                invalidId, invalid);
        kafka.await(Topics.deadLetter(SERVICE), r -> invalidId.equals(r.id()), WAIT);

        // valid by the schema, but there is nothing to collect: rejected by the handler
        String empty = CloudEventsKafka.toJson(new LoanDefaulted(loanId, UUID.randomUUID(), clock.today(), 91,
                LoanCategory.SUBSTANDARD, "CNY", new BigDecimal("0.00"), new BigDecimal("0.00")));
        String emptyId = UUID.randomUUID().toString();
        kafka.publish(Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), loanId.toString(),
                emptyId, empty);
        kafka.await(Topics.deadLetter(SERVICE), r -> emptyId.equals(r.id()), WAIT);

        assertEquals(0, casesOf(loanId).size());
    }

    @Test
    @TestSecurity(user = "col.wang.fang", roles = "collections-officer")
    void aLoanRepaidInFullMayDefaultAgainButAWrittenOffLoanDoesNot() {
        LocalDate today = clock.today();
        UUID cured = UUID.randomUUID();
        String first = openCase(kafka, defaulted(cured, today.minusDays(5)));
        api().body(manualRecovery("1010912.50", today)).post("/api/cases/" + first + "/recoveries")
                .then().statusCode(201);
        UUID writtenOff = UUID.randomUUID();
        String lost = openCase(kafka, defaulted(writtenOff, today.minusDays(5)));
        writeOffFourEyes(proposals, lost);

        // a stale report of the first default does not reopen the repaid loan
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, cured, defaulted(cured, today.minusDays(5)));
        awaitProcessedUpTo(kafka, Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), cured);
        assertEquals(1, casesOf(cured).size());

        clock.setToday(today.plusDays(40));
        try {
            kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, cured, defaulted(cured, today.plusDays(40)));
            kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, writtenOff, defaulted(writtenOff, today.plusDays(40)));
            awaitProcessedUpTo(kafka, Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), cured);
            awaitProcessedUpTo(kafka, Topics.MONITORING_EVENTS, EventTypes.MONITORING_LOAN_DEFAULTED.type(), writtenOff);
        } finally {
            clock.reset();
        }
        var curedCases = casesOf(cured);
        assertEquals(2, curedCases.size(), "the cured loan defaulted again: a new case");
        assertEquals("OPEN", curedCases.get(0).get("status"));
        assertEquals(today.plusDays(40).toString(), curedCases.get(0).get("openedOn"));
        assertEquals(1, casesOf(writtenOff).size(), "the written-off claim stays on its case");
    }
}
