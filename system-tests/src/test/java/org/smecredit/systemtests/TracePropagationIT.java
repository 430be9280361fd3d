package org.smecredit.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.demo.Api;
import org.smecredit.demo.CreditCycle;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

/**
 * One business transaction keeps one trace id across services: the analyst's request to customer-service, the
 * statement event it publishes, and the rating that rating-service assigns on consuming it.
 */
class TracePropagationIT {
    static CloudEventsKafka kafka;

    @BeforeAll
    static void connect() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/system-tests");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void theRatingCarriesTheTraceOfTheStatementFilingThatTriggeredIt() {
        String customerId = Stack.API.post(CreditCycle.RM, Api.Service.CUSTOMER, "/api/customers", Map.of(
                "uscc", Fixtures.randomUscc(), "legalName", "Xiangtan Motor Windings Co., Ltd.", "industryCode", "C38",
                "regionCode", "430300", "employees", 120, "establishedOn", "2009-06-01")).get("id").asText();

        String traceId = "7be0c5d3a1f24e6b9c8d7e6f5a4b3c2d";
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("periodEnd", LocalDate.now().withDayOfYear(1).minusDays(1).toString());
        statement.put("audited", true);
        statement.put("currency", "CNY");
        statement.put("totalAssets", "52000000.00");
        statement.put("totalLiabilities", "30000000.00");
        statement.put("totalEquity", "22000000.00");
        statement.put("currentAssets", "24000000.00");
        statement.put("currentLiabilities", "15000000.00");
        statement.put("revenue", "68000000.00");
        statement.put("operatingProfit", "6100000.00");
        statement.put("netProfit", "4300000.00");
        statement.put("interestExpense", "900000.00");
        statement.put("operatingCashFlow", "5200000.00");
        Stack.API.post(CreditCycle.RM, Api.Service.CUSTOMER, "/api/customers/" + customerId + "/statements", statement,
                Map.of("traceparent", "00-" + traceId + "-a1b2c3d4e5f60718-01"));

        var filed = kafka.await(Topics.CUSTOMER_EVENTS, e -> customerId.equals(e.key())
                && EventTypes.CUSTOMER_STATEMENT_FILED.type().equals(e.type()), Duration.ofSeconds(60));
        assertEquals(traceId, filed.traceId(), "customer-service stamps its event with the request's trace");

        var rated = kafka.await(Topics.RATING_EVENTS, e -> customerId.equals(e.key())
                && EventTypes.RATING_ASSIGNED.type().equals(e.type()), Duration.ofSeconds(90));
        assertEquals(traceId, rated.traceId(), "rating-service continues the trace it consumed");
    }
}
