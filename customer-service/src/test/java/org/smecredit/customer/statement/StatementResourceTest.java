package org.smecredit.customer.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "rm.wang", roles = "relationship-manager")
class StatementResourceTest {
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static String newCustomer() {
        return given().contentType(ContentType.JSON).body(Map.of("uscc", Fixtures.randomUscc(),
                        "legalName", "Hunan Agri Foods Co.", "industryCode", "C13", "regionCode", "430100", "employees", 40))
                .post("/api/customers").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> statement(String totalAssets) {
        Map<String, Object> s = new HashMap<>();
        s.put("periodEnd", "2025-12-31");
        s.put("audited", true);
        s.put("currency", "CNY");
        s.put("totalAssets", totalAssets);
        s.put("totalLiabilities", "6000000.00");
        s.put("totalEquity", "4000000.00");
        s.put("currentAssets", "3000000.00");
        s.put("currentLiabilities", "2500000.00");
        s.put("revenue", "15000000.00");
        s.put("operatingProfit", "1200000.00");
        s.put("netProfit", "900000.00");
        s.put("interestExpense", "300000.00");
        s.put("operatingCashFlow", "1100000.00");
        return s;
    }

    @Test
    void filesAStatementAndKeepsRestatementsAsNewVersions() {
        String customer = newCustomer();
        String first = given().contentType(ContentType.JSON).body(statement("10000000.00"))
                .post("/api/customers/" + customer + "/statements")
                .then().statusCode(201).body("version", equalTo(1)).extract().path("id");
        given().contentType(ContentType.JSON).body(statement("10000000.50"))
                .post("/api/customers/" + customer + "/statements")
                .then().statusCode(201).body("version", equalTo(2));

        given().get("/api/customers/" + customer + "/statements")
                .then().statusCode(200).body("", hasSize(2)).body("[0].id", equalTo(first));

        var events = kafka.collect(Topics.CUSTOMER_EVENTS, e -> customer.equals(e.key())
                && EventTypes.CUSTOMER_STATEMENT_FILED.type().equals(e.type()), 2, Duration.ofSeconds(30));
        assertEquals(2, events.size());
        // money keeps its scale on the wire
        assertTrue(events.get(0).payload().contains("\"totalAssets\":10000000.00"), events.get(0).payload());
        assertEquals(2, events.get(1).json().get("version").asInt());
    }

    @Test
    void answersABrokenBalanceSheetWith422NamingTheLine() {
        String customer = newCustomer();
        given().contentType(ContentType.JSON).body(statement("12000000.00"))
                .post("/api/customers/" + customer + "/statements")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("totalAssets"));
        given().get("/api/customers/" + customer + "/statements").then().body("", hasSize(0));
    }

    @Test
    void answersNegativeTotalsAndTooManyDecimalsWith400() {
        String customer = newCustomer();
        Map<String, Object> s = statement("10000000.00");
        s.put("revenue", "-1.00");
        s.put("netProfit", "1.001");
        given().contentType(ContentType.JSON).body(s)
                .post("/api/customers/" + customer + "/statements")
                .then().statusCode(400)
                .body("violations.field", hasItem("revenue"))
                .body("violations.field", hasItem("netProfit"));
    }

    @Test
    void answersAStatementForAnUnknownCustomerWith404() {
        given().contentType(ContentType.JSON).body(statement("10000000.00"))
                .post("/api/customers/5d7e3c1a-0000-4000-8000-000000000000/statements")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void servesRatiosPerStatementWithGrowthAgainstThePreviousPeriod() {
        String customer = newCustomer();
        Map<String, Object> earlier = statement("10000000.00");
        earlier.put("periodEnd", "2024-12-31");
        earlier.put("revenue", "12000000.00");
        given().contentType(ContentType.JSON).body(earlier).post("/api/customers/" + customer + "/statements")
                .then().statusCode(201).body("ratios.revenueGrowth", org.hamcrest.Matchers.nullValue());
        given().contentType(ContentType.JSON).body(statement("10000000.00"))
                .post("/api/customers/" + customer + "/statements")
                .then().statusCode(201)
                .body("ratios.debtToAssets", equalTo(0.6f))
                .body("ratios.currentRatio", equalTo(1.2f))
                .body("ratios.interestCoverage", equalTo(4.0f))
                .body("ratios.revenueGrowth", equalTo(0.25f));
        given().get("/api/customers/" + customer + "/statements").then().statusCode(200)
                .body("[1].ratios.revenueGrowth", equalTo(0.25f))
                .body("[1].ratios.returnOnEquity", equalTo(0.225f));
    }
}
