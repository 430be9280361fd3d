package org.smecredit.customer.overview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smecredit.platform.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
class CustomerSearchAnd360ResourceTest {

    static String register(String uscc, String name, String industry, String region, String rm,
                           List<Map<String, Object>> shareholders) {
        Map<String, Object> body = new HashMap<>(Map.of("uscc", uscc, "legalName", name, "industryCode", industry,
                "regionCode", region, "employees", 40, "relationshipManager", rm));
        if (shareholders != null) {
            body.put("shareholders", shareholders);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/customers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "rm.search", roles = "relationship-manager")
    void listsCustomersByPageWithFilters() {
        String rm = "rm." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            register(Fixtures.randomUscc(), "Search Test Foundry " + i, "C33", "430102", rm, null);
        }
        register(Fixtures.randomUscc(), "Search Test Grocer", "F52", "440300", rm, null);

        given().queryParam("relationshipManager", rm).queryParam("size", 4).get("/api/customers/search")
                .then().statusCode(200)
                .body("total", equalTo(6)).body("items", hasSize(4)).body("page", equalTo(0));
        given().queryParam("relationshipManager", rm).queryParam("size", 4).queryParam("page", 1)
                .get("/api/customers/search").then().body("items", hasSize(2));
        given().queryParam("relationshipManager", rm).queryParam("industry", "C").queryParam("region", "4301")
                .get("/api/customers/search")
                .then().body("total", equalTo(5)).body("items.industryCode", everyItem(equalTo("C33")));
        given().queryParam("relationshipManager", rm).queryParam("name", "grocer").get("/api/customers/search")
                .then().body("total", equalTo(1)).body("items[0].legalName", startsWith("Search Test Grocer"));
        given().queryParam("size", 500).get("/api/customers/search").then().statusCode(400);
        given().queryParam("sizeClass", "GIANT").get("/api/customers/search").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rm.view", roles = {"relationship-manager", "credit-analyst"})
    void joinsProfileLatestRatiosSoftInformationGroupAndCircleInThe360View() {
        String parentUscc = Fixtures.randomUscc();
        String parent = register(parentUscc, "Hunan Holding Group", "L72", "430100", "rm.view", null);
        String child = register(Fixtures.randomUscc(), "Hunan Holding Castings", "C33", "430100", "rm.view",
                List.of(Map.of("name", "Hunan Holding Group", "kind", "ENTERPRISE", "uscc", parentUscc, "stake", "0.8")));
        given().contentType(ContentType.JSON).body(Map.of("guarantorId", parent, "borrowerId", child,
                "amount", "2000000.00", "validFrom", "2025-01-01")).post("/api/guarantee-links").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("kind", "ADMINISTRATIVE_PENALTY", "observedOn", "2026-03-01",
                        "source", "Hunan Ecology and Environment Department", "assessment", "NEGATIVE",
                        "amount", "50000.00", "summary", "Fined for waste-water discharge."))
                .post("/api/customers/" + child + "/soft-information").then().statusCode(201);
        Map<String, Object> statement = new HashMap<>(Map.of("periodEnd", "2025-12-31", "audited", true,
                "totalAssets", "10000000.00", "totalLiabilities", "6000000.00", "totalEquity", "4000000.00",
                "currentAssets", "3000000.00", "currentLiabilities", "2500000.00", "revenue", "15000000.00"));
        statement.putAll(Map.of("operatingProfit", "1200000.00", "netProfit", "900000.00", "interestExpense", "300000.00"));
        statement.put("operatingCashFlow", "1100000.00");
        given().contentType(ContentType.JSON).body(statement).post("/api/customers/" + child + "/statements")
                .then().statusCode(201);

        given().get("/api/customers/" + child + "/360").then().statusCode(200)
                .body("profile.id", equalTo(child))
                .body("profile.sizeClass", equalTo("SMALL"))
                .body("latestStatement.ratios.debtToAssets", equalTo(0.6f))
                .body("softInformation.items", equalTo(1))
                .body("softInformation.byAssessment.NEGATIVE", equalTo(1))
                .body("softInformation.recentNegatives[0].kind", equalTo("ADMINISTRATIVE_PENALTY"))
                .body("relatedParties.owners.customerId", hasItem(parent))
                .body("guaranteeCircle.size", equalTo(2))
                .body("guaranteeCircle.hasCycle", equalTo(false));
        given().get("/api/customers/" + parent + "/360").then().statusCode(200)
                .body("relatedParties.holdings.customerId", hasItem(child))
                .body("latestStatement", equalTo(null));
        given().get("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11/360").then().statusCode(404);
    }
}
