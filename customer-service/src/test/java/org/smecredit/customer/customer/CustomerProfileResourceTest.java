package org.smecredit.customer.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.customer.v1.ProfileUpdated;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
class CustomerProfileResourceTest {
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static Map<String, Object> fullRegistration(String uscc, String industryCode, int employees) {
        Map<String, Object> r = new HashMap<>();
        r.put("uscc", uscc);
        r.put("legalName", "Zhuzhou Rail Fasteners Co., Ltd.");
        r.put("industryCode", industryCode);
        r.put("regionCode", "430200");
        r.put("employees", employees);
        r.put("establishedOn", "2009-08-01");
        r.put("registeredAddress", "88 Liyu Rd, Tianyuan District, Zhuzhou");
        r.put("legalForm", "LIMITED_LIABILITY_COMPANY");
        r.put("registeredCapital", "8000000.00");
        r.put("legalRepresentative", "Liu Min");
        r.put("shareholders", List.of(
                Map.of("name", "Liu Min", "kind", "INDIVIDUAL", "stake", "0.55"),
                Map.of("name", "Xiangtan Steel Parts Co.", "kind", "ENTERPRISE", "uscc", "91110000600037341L", "stake", "0.45")));
        return r;
    }

    static String register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/customers")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> statement(String periodEnd, String revenue, String totalAssets) {
        Map<String, Object> s = new HashMap<>();
        s.put("periodEnd", periodEnd);
        s.put("audited", true);
        s.put("currency", "CNY");
        s.put("totalAssets", totalAssets);
        s.put("totalLiabilities", "0.00");
        s.put("totalEquity", totalAssets);
        s.put("currentAssets", "0.00");
        s.put("currentLiabilities", "0.00");
        s.put("revenue", revenue);
        s.put("operatingProfit", "100000.00");
        s.put("netProfit", "80000.00");
        s.put("interestExpense", "10000.00");
        s.put("operatingCashFlow", "90000.00");
        return s;
    }

    @Test
    @TestSecurity(user = "rm.liu", roles = "relationship-manager")
    void registersTheFullIdentityOfAnSme() {
        String id = register(fullRegistration(Fixtures.randomUscc(), "C3311", 85));
        given().get("/api/customers/" + id).then().statusCode(200)
                .body("registeredAddress", containsString("Zhuzhou"))
                .body("legalForm", equalTo("LIMITED_LIABILITY_COMPANY"))
                .body("registeredCapital", equalTo(8000000.00f))
                .body("legalRepresentative", equalTo("Liu Min"))
                .body("shareholders.name", hasItem("Xiangtan Steel Parts Co."))
                .body("shareholders[1].stake", equalTo(0.45f))
                .body("sizeClass", nullValue());
    }

    @Test
    @TestSecurity(user = "rm.liu", roles = "relationship-manager")
    void answersAnUnknownIndustryCodeWith422NamingTheFieldAndWritesNothing() {
        String uscc = Fixtures.randomUscc();
        given().contentType(ContentType.JSON).body(fullRegistration(uscc, "C99", 10)).post("/api/customers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/unknown-industry-code"))
                .body("violations.field", hasItem("industryCode"));
        given().queryParam("uscc", uscc).get("/api/customers").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rm.liu", roles = "relationship-manager")
    void answersBadIdentityInputWith4xxNamingTheField() {
        given().contentType(ContentType.JSON).body(fullRegistration(Fixtures.randomUscc(), "C33", -1)).post("/api/customers")
                .then().statusCode(400).body("violations.field", hasItem("employees"));

        Map<String, Object> badForm = fullRegistration(Fixtures.randomUscc(), "C33", 10);
        badForm.put("legalForm", "PIRATE_SHIP");
        given().contentType(ContentType.JSON).body(badForm).post("/api/customers")
                .then().statusCode(400).body("violations.field", hasItem("legalForm"));

        Map<String, Object> overOwned = fullRegistration(Fixtures.randomUscc(), "C33", 10);
        overOwned.put("shareholders", List.of(Map.of("name", "A", "kind", "INDIVIDUAL", "stake", "0.7"),
                Map.of("name", "B", "kind", "INDIVIDUAL", "stake", "0.4")));
        given().contentType(ContentType.JSON).body(overOwned).post("/api/customers")
                .then().statusCode(422).body("violations.field", hasItem("shareholders"));

        Map<String, Object> badOwnerUscc = fullRegistration(Fixtures.randomUscc(), "C33", 10);
        badOwnerUscc.put("shareholders", List.of(Map.of("name", "A", "kind", "ENTERPRISE", "uscc", "91110000600037341A", "stake", "0.7")));
        given().contentType(ContentType.JSON).body(badOwnerUscc).post("/api/customers")
                .then().statusCode(422).body("violations.field", hasItem("shareholders[0].uscc"));
    }

    @Test
    @TestSecurity(user = "rm.liu", roles = {"relationship-manager", "auditor"})
    void updatesAProfilePartlyAuditsItAndPublishesProfileUpdated() {
        String id = register(fullRegistration(Fixtures.randomUscc(), "C33", 85));
        given().contentType(ContentType.JSON).body(Map.of("employees", 120, "registeredAddress", "9 Xingsha Rd, Changsha",
                        "relationshipManager", "rm.zhou"))
                .patch("/api/customers/" + id)
                .then().statusCode(200)
                .body("employees", equalTo(120))
                .body("registeredAddress", equalTo("9 Xingsha Rd, Changsha"))
                .body("relationshipManager", equalTo("rm.zhou"))
                .body("legalRepresentative", equalTo("Liu Min"))
                .body("updatedBy", equalTo("rm.liu"));

        var event = kafka.await(Topics.CUSTOMER_EVENTS, e -> id.equals(e.key())
                && EventTypes.CUSTOMER_PROFILE_UPDATED.type().equals(e.type()), Duration.ofSeconds(30));
        ProfileUpdated payload = event.as(ProfileUpdated.class);
        assertEquals(120, payload.employees());
        assertTrue(payload.changedFields().containsAll(List.of("employees", "registeredAddress", "relationshipManager")));

        given().queryParam("entityId", id).get("/api/audit").then().statusCode(200)
                .body("action", hasItem("customer.profile-updated"))
                .body("find { it.action == 'customer.profile-updated' }.before.employees", equalTo(85))
                .body("find { it.action == 'customer.profile-updated' }.after.employees", equalTo(120));
    }

    @Test
    @TestSecurity(user = "rm.liu", roles = "relationship-manager")
    void refusesAnUpdateWithAnUnknownIndustryCodeAndLeavesTheProfileAlone() {
        String id = register(fullRegistration(Fixtures.randomUscc(), "C33", 85));
        given().contentType(ContentType.JSON).body(Map.of("industryCode", "F53", "employees", 1))
                .patch("/api/customers/" + id)
                .then().statusCode(422).body("violations.field", hasItem("industryCode"));
        given().get("/api/customers/" + id).then().body("industryCode", equalTo("C33")).body("employees", equalTo(85));
        given().contentType(ContentType.JSON).body(Map.of("employees", -5)).patch("/api/customers/" + id)
                .then().statusCode(400).body("violations.field", hasItem("employees"));
        given().contentType(ContentType.JSON).body(Map.of("employees", 5))
                .patch("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rm.liu", roles = "relationship-manager")
    void replacesAProfileClearingOptionalFieldsLeftOut() {
        String id = register(fullRegistration(Fixtures.randomUscc(), "C33", 85));
        given().contentType(ContentType.JSON).body(Map.of("legalName", "Zhuzhou Rail Fasteners Group Co., Ltd.",
                        "industryCode", "C34", "regionCode", "430200", "employees", 90))
                .put("/api/customers/" + id)
                .then().statusCode(200)
                .body("legalName", equalTo("Zhuzhou Rail Fasteners Group Co., Ltd."))
                .body("industryCode", equalTo("C34"))
                .body("employees", equalTo(90))
                .body("registeredAddress", nullValue())
                .body("legalRepresentative", nullValue())
                .body("shareholders", org.hamcrest.Matchers.empty())
                .body("relationshipManager", equalTo("rm.liu"));
        given().contentType(ContentType.JSON).body(Map.of("industryCode", "C34", "regionCode", "430200"))
                .put("/api/customers/" + id)
                .then().statusCode(400).body("violations.field", hasItem("legalName"));
        given().contentType(ContentType.JSON).body(Map.of("legalName", "X", "industryCode", "C99", "regionCode", "430200"))
                .put("/api/customers/" + id)
                .then().statusCode(422).body("violations.field", hasItem("industryCode"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "credit-analyst")
    void forbidsProfileUpdatesToAnalysts() {
        given().contentType(ContentType.JSON).body(Map.of("employees", 5))
                .patch("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "rm.liu", roles = {"relationship-manager", "credit-analyst"})
    void recomputesTheSizeClassOnEachStatementAndFlagsLargeFirms() {
        // industry row: medium needs >= 300 employees and >= 2,000万 revenue; large >= 1,000 and >= 40,000万
        String id = register(fullRegistration(Fixtures.randomUscc(), "C33", 1200));
        given().contentType(ContentType.JSON).body(statement("2024-12-31", "25000000.00", "30000000.00"))
                .post("/api/customers/" + id + "/statements").then().statusCode(201);
        given().get("/api/customers/" + id).then()
                .body("sizeClass", equalTo("MEDIUM")).body("outOfSegment", equalTo(false))
                .body("sizeClassBasis", equalTo("2024-12-31"));

        given().contentType(ContentType.JSON).body(statement("2025-12-31", "400000000.00", "500000000.00"))
                .post("/api/customers/" + id + "/statements").then().statusCode(201);
        given().get("/api/customers/" + id).then()
                .body("sizeClass", equalTo("LARGE")).body("outOfSegment", equalTo(true))
                .body("sizeClassBasis", equalTo("2025-12-31"));

        // a restatement of the older period does not displace the latest statement
        given().contentType(ContentType.JSON).body(statement("2024-12-31", "1000000.00", "30000000.00"))
                .post("/api/customers/" + id + "/statements").then().statusCode(201);
        given().get("/api/customers/" + id).then().body("sizeClass", equalTo("LARGE"));

        // fewer employees recompute from the latest statement: 999 < 1,000 -> medium
        given().contentType(ContentType.JSON).body(Map.of("employees", 999)).patch("/api/customers/" + id)
                .then().statusCode(200).body("sizeClass", equalTo("MEDIUM")).body("outOfSegment", equalTo(false));

        var events = kafka.collect(Topics.CUSTOMER_EVENTS, e -> id.equals(e.key())
                && EventTypes.CUSTOMER_PROFILE_UPDATED.type().equals(e.type()), 3, Duration.ofSeconds(30));
        assertEquals(List.of("MEDIUM", "LARGE", "MEDIUM"),
                events.stream().map(e -> e.as(ProfileUpdated.class).sizeClass()).toList());
        assertTrue(events.get(1).as(ProfileUpdated.class).outOfSegment());
    }
}
