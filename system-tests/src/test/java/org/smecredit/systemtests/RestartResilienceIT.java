package org.smecredit.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.demo.Api;
import org.smecredit.demo.CoreBankingSimulator;
import org.smecredit.demo.CreditCycle;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * kill -9 of a service in the middle of a stream of events, then a restart: no event is lost and none is applied
 * twice — on the consuming side (monitoring, fed by core banking) and on the publishing side (customer-service's
 * outbox).
 */
class RestartResilienceIT {
    static CloudEventsKafka kafka;
    static CoreBankingSimulator coreBanking;

    @BeforeAll
    static void connect() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/system-tests");
        coreBanking = new CoreBankingSimulator(CloudEventsKafka.defaultBootstrap());
    }

    @AfterAll
    static void close() throws Exception {
        Stack.up(); // leave the stack whole whatever happened
        kafka.close();
        coreBanking.close();
    }

    @Test
    void monitoringKilledMidStreamAppliesEveryRepaymentExactlyOnce() throws Exception {
        UUID loanId = UUID.randomUUID();
        LocalDate start = LocalDate.now().minusMonths(1); // repayments are value-dated in the past
        List<LoanDisbursed.Installment> schedule = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            schedule.add(new LoanDisbursed.Installment(n, start.plusMonths(n), new BigDecimal("10000.00"), new BigDecimal("500.00")));
        }
        kafka.publish(EventTypes.ORIGINATION_LOAN_DISBURSED, loanId, new LoanDisbursed(loanId, UUID.randomUUID(),
                UUID.randomUUID(), new BigDecimal("120000.00"), "CNY", new BigDecimal("0.0500"), start,
                start.plusMonths(12), "BBB", new BigDecimal("0.0030"), new BigDecimal("0.45"), schedule));
        Stack.API.await(CreditCycle.RISK, Api.Service.MONITORING, "/api/monitoring/loans/" + loanId,
                l -> l.has("installments"), Duration.ofSeconds(60));

        BigDecimal each = new BigDecimal("105.00");
        List<UUID> bookings = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            UUID booking = coreBanking.pay(loanId, each, start.plusDays(1 + i % 20), "payment " + i);
            bookings.add(booking);
            if (i % 4 == 0) {
                coreBanking.redeliver(booking, loanId, each, start.plusDays(1 + i % 20), "payment " + i);
            }
            if (i == 30) {
                Stack.killHard("monitoring-service");
            }
        }
        Stack.up();

        JsonNode loan = Stack.API.await(CreditCycle.RISK, Api.Service.MONITORING, "/api/monitoring/loans/" + loanId,
                l -> l.get("repayments").size() >= bookings.size(), Duration.ofSeconds(120));
        Thread.sleep(2000); // anything applied twice would show up now
        loan = Stack.API.get(CreditCycle.RISK, Api.Service.MONITORING, "/api/monitoring/loans/" + loanId);
        assertEquals(bookings.size(), loan.get("repayments").size(), "every booking exactly once");
        BigDecimal applied = loan.get("unappliedCredit").decimalValue();
        for (JsonNode inst : loan.get("installments")) {
            applied = applied.add(inst.get("principalPaid").decimalValue()).add(inst.get("interestPaid").decimalValue());
        }
        assertEquals(0, each.multiply(BigDecimal.valueOf(bookings.size())).compareTo(applied),
                "the money applied equals the money booked: " + applied);
    }

    @Test
    void customerServiceKilledRightAfterWritesStillPublishesEveryEvent() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            JsonNode c = Stack.API.post(CreditCycle.RM, Api.Service.CUSTOMER, "/api/customers", Map.of(
                    "uscc", Fixtures.randomUscc(), "legalName", "Restart Test Trading Co. " + i,
                    "industryCode", "F51", "regionCode", "430100", "employees", 12));
            ids.add(c.get("id").asText());
        }
        Stack.killHard("customer-service"); // the outbox relay had at most a second to publish
        // meanwhile the gateway answers for the dead service with its own problem+json
        GatewaySecurityIT.assertProblem(Gateway.get("/api/customers/" + ids.iterator().next(),
                Stack.TOKENS.token(CreditCycle.RM.name())), 502, "service-unreachable");
        Stack.up();
        var events = kafka.collect(Topics.CUSTOMER_EVENTS, e -> ids.contains(e.key())
                && EventTypes.CUSTOMER_REGISTERED.type().equals(e.type()), 1000, Duration.ofSeconds(15));
        Set<String> published = new HashSet<>();
        events.forEach(e -> published.add(e.key()));
        assertEquals(ids, published, "every registered customer's event was published");
        // at least once: a row sent just before the kill may be sent again, with the same CloudEvent id
        assertEquals(ids.size(), events.stream().map(CloudEventsKafka.Received::id).distinct().count());
    }
}
