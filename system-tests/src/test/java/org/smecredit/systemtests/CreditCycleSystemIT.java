package org.smecredit.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.demo.CoreBankingSimulator;
import org.smecredit.demo.CreditCycle;
import org.smecredit.platform.testing.CloudEventsKafka;

import com.fasterxml.jackson.databind.JsonNode;

/** The whole credit cycle across the five running services, through their REST APIs and topics. */
class CreditCycleSystemIT {
    static CloudEventsKafka kafka;
    static CoreBankingSimulator coreBanking;

    @BeforeAll
    static void connect() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/system-tests");
        coreBanking = new CoreBankingSimulator(CloudEventsKafka.defaultBootstrap());
    }

    @AfterAll
    static void close() {
        kafka.close();
        coreBanking.close();
    }

    @Test
    void takesThreeSmesFromRegistrationThroughRepaymentDefaultAndRecovery() {
        List<CreditCycle.Outcome> outcomes = new CreditCycle(Stack.API, coreBanking, System.out).run();

        for (CreditCycle.Outcome o : outcomes) {
            JsonNode loan = o.loan;
            boolean paysAll = !o.defaults();
            assertEquals("DISBURSED", o.application.get("status").asText());
            // approved, then accepted by the borrower at the price version it was shown, then disbursed
            JsonNode offer = o.application.get("offer");
            assertEquals(offer.get("priceVersion").asInt(), offer.get("acceptedPriceVersion").asInt(), offer.toString());
            assertNotNull(o.rating.get("grade"));
            if (paysAll) {
                assertEquals(0, loan.get("daysPastDue").asInt(), o.borrower.legalName());
                assertEquals("NORMAL", loan.get("category").asText());
                assertEquals(1, loan.get("stage").asInt());
                assertTrue(loan.get("defaultedOn").isNull());
                assertNull(o.collectionCase, "no collection case for a borrower who pays");
                BigDecimal principalPaid = sum(loan.get("installments"), "principalPaid");
                assertEquals(0, loan.get("principal").decimalValue().subtract(principalPaid)
                        .compareTo(loan.get("outstandingPrincipal").decimalValue()));
            } else {
                // defaulted (more than 90 days past due), accelerated, then repaid by the recoveries: monitoring's
                // end of day after the collateral proceeds closes the loan and ends its default episode
                assertTrue(loan.hasNonNull("defaultedOn"), "defaultedOn set");
                assertTrue(loan.hasNonNull("restoredOn"), "restoredOn set");
                assertEquals("REPAID", loan.get("status").asText(), loan.toString());
                assertEquals(0, loan.get("outstandingPrincipal").decimalValue().signum(), loan.toString());
                assertEquals(0, loan.get("daysPastDue").asInt());
                assertEquals(0, loan.get("ecl").decimalValue().signum(), "nothing left to provision for");
                JsonNode c = o.collectionCase;
                assertEquals("CLOSED", c.get("status").asText());
                assertEquals("REPAID_IN_FULL", c.get("outcome").asText());
                assertEquals(0, c.get("totalRecovered").decimalValue().compareTo(c.get("exposureAtDefault").decimalValue()));
                assertEquals(0, c.get("realizedLgd").decimalValue().signum());
                // origination blocked the classified borrower from new credit and lifts the block once its only
                // non-performing loan is restored
                JsonNode borrower = Stack.API.await(CreditCycle.RM, org.smecredit.demo.Api.Service.ORIGINATION,
                        "/api/borrowers/" + o.customerId, b -> !b.get("blocked").asBoolean(), Duration.ofSeconds(30));
                assertTrue(borrower.get("block").isNull(), borrower.toString());
                JsonNode trail = Stack.API.get(CreditCycle.AUDITOR, org.smecredit.demo.Api.Service.ORIGINATION,
                        "/api/audit/origination?entityType=borrower&size=500&entityId=" + o.customerId);
                List<String> actions = new java.util.ArrayList<>();
                trail.forEach(e -> actions.add(e.get("action").asText()));
                assertTrue(actions.indexOf("borrower.blocked") >= 0, actions.toString());
                assertTrue(actions.indexOf("borrower.unblocked") > actions.indexOf("borrower.blocked"), actions.toString());
            }
        }

        // every stage published its events, keyed by its aggregate
        Set<String> loanIds = outcomes.stream().map(o -> o.loanId.toString()).collect(Collectors.toSet());
        CreditCycle.Outcome defaulter = CreditCycle.defaulter(outcomes);
        String d = defaulter.loanId.toString();
        for (var type : List.of(EventTypes.ORIGINATION_LOAN_DISBURSED, EventTypes.COREBANKING_DISBURSEMENT_REQUESTED)) {
            assertEquals(3, kafka.collect(type.topic(), e -> type.type().equals(e.type()) && loanIds.contains(e.key()),
                    3, Duration.ofSeconds(20)).size(), type.type());
        }
        assertEquals(1, kafka.collect(Topics.MONITORING_EVENTS, e -> d.equals(e.key())
                && EventTypes.MONITORING_LOAN_DEFAULTED.type().equals(e.type()), 2, Duration.ofSeconds(5)).size(),
                "loan-defaulted exactly once");
        assertEquals(1, kafka.collect(Topics.MONITORING_EVENTS, e -> d.equals(e.key())
                && EventTypes.MONITORING_LOAN_RESTORED.type().equals(e.type()), 2, Duration.ofSeconds(5)).size(),
                "loan-restored exactly once");
        for (var type : List.of(EventTypes.COLLECTIONS_CASE_OPENED, EventTypes.COLLECTIONS_CASE_CLOSED)) {
            assertEquals(1, kafka.collect(Topics.COLLECTIONS_EVENTS, e -> d.equals(e.key()) && type.type().equals(e.type()),
                    2, Duration.ofSeconds(5)).size(), type.type());
        }
        assertEquals(2, kafka.collect(Topics.COLLECTIONS_EVENTS, e -> d.equals(e.key())
                && EventTypes.COLLECTIONS_RECOVERY_RECORDED.type().equals(e.type()), 3, Duration.ofSeconds(5)).size());
        // the redelivered booking counted once: repayments listed = bookings sent
        for (CreditCycle.Outcome o : outcomes) {
            long distinct = o.bookings.stream().distinct().count();
            long recoveries = o == defaulter ? 2 : 0;
            assertEquals(distinct + recoveries, o.loan.get("repayments").size(), o.borrower.legalName());
        }
    }

    static BigDecimal sum(JsonNode rows, String field) {
        BigDecimal s = BigDecimal.ZERO;
        for (JsonNode r : rows) {
            s = s.add(r.get(field).decimalValue());
        }
        return s;
    }
}
