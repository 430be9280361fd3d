package org.smecredit.collections.reports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.smecredit.collections.CollectionsTestSupport.EAD;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.manualRecovery;
import static org.smecredit.collections.CollectionsTestSupport.openCase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class ReportResourceTest {
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/reports");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    @TestSecurity(user = "col.chen.jing", roles = "collections-officer")
    void reportsRecoveryByStrategyAndTheCuredShareOverTheClosingPeriod() {
        // a business day no other test closes cases on
        LocalDate day = clock.today().plusDays(1000 + (long) (Math.random() * 1000));
        clock.setToday(day);
        try {
            String cured = openCase(kafka, defaulted(UUID.randomUUID(), day.minusDays(30)));
            api().body(Map.of("restructuring", Map.of("annualRate", new BigDecimal("0.08"), "termMonths", 36,
                    "cureProbability", new BigDecimal("0.9")))).put("/api/cases/" + cured + "/strategy/inputs")
                    .then().statusCode(200).body("recommended", equalTo("RESTRUCTURING"));
            api().body(Map.of("strategy", "RESTRUCTURING")).post("/api/cases/" + cured + "/strategy").then().statusCode(201);
            api().body(manualRecovery(EAD.toPlainString(), day)).post("/api/cases/" + cured + "/recoveries").then().statusCode(201);

            String settled = openCase(kafka, defaulted(UUID.randomUUID(), day.minusDays(60)));
            api().body(manualRecovery("810730.00", day)).post("/api/cases/" + settled + "/recoveries").then().statusCode(201);
            api().body(Map.of("outcome", "SETTLED", "reason", "discounted payoff")).post("/api/cases/" + settled + "/closure")
                    .then().statusCode(200);

            // 1,821,642.50 / 2,021,825.00 = 0.90098… → 0.9010; (30 + 60) / 2 days
            api().queryParam("closedFrom", day.toString()).queryParam("closedTo", day.toString())
                    .get("/api/reports/recovery").then().statusCode(200)
                    .body("closedCases", equalTo(2))
                    .body("cured", equalTo(1))
                    .body("curedShare", equalTo(new BigDecimal("0.5000")))
                    .body("liquidated", equalTo(0))
                    .body("recoveryRate", equalTo(new BigDecimal("0.9010")))
                    .body("byStrategy.strategy", hasItem("RESTRUCTURING"))
                    .body("byStrategy.find { it.strategy == 'RESTRUCTURING' }.recoveryRate", equalTo(new BigDecimal("1.0000")))
                    .body("byStrategy.find { it.strategy == 'NONE' }.averageDaysToClose", equalTo(new BigDecimal("60.0")))
                    // no collateral entered on either case; both were assigned to one of the collectors
                    .body("byCollateralType.group", equalTo(java.util.List.of("NONE")))
                    .body("byCollateralType[0].cases", equalTo(2))
                    .body("byOfficer.cases.sum()", equalTo(2));
        } finally {
            clock.reset();
        }
        api().queryParam("closedFrom", "2027-02-01").queryParam("closedTo", "2027-01-01").get("/api/reports/recovery")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void relationshipManagersDoNotSeeTheReport() {
        api().get("/api/reports/recovery").then().statusCode(403);
    }
}
