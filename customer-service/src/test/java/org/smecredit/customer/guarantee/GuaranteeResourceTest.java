package org.smecredit.customer.guarantee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.customer.v1.GuaranteeLinked;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
class GuaranteeResourceTest {
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static String firm(int n) {
        return given().contentType(ContentType.JSON).body(Map.of("uscc", Fixtures.randomUscc(),
                        "legalName", "Liuyang Fireworks Supplier No. " + n, "industryCode", "C26", "regionCode", "430181",
                        "employees", 30))
                .post("/api/customers").then().statusCode(201).extract().path("id");
    }

    static String link(String guarantor, String borrower) {
        return given().contentType(ContentType.JSON).body(Map.of("guarantorId", guarantor, "borrowerId", borrower,
                        "amount", "1000000.00", "validFrom", "2025-01-01"))
                .post("/api/guarantee-links").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "rm.he", roles = "relationship-manager")
    void answersTheCircleOfARingWithAChainAcrossFiftyFiveFirms() {
        List<String> ring = new ArrayList<>();
        List<String> chain = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ring.add(firm(i));
        }
        for (int i = 0; i < 35; i++) {
            chain.add(firm(100 + i));
        }
        List<String> outsiders = List.of(firm(900), firm(901));
        for (int i = 0; i < ring.size(); i++) {
            link(ring.get(i), ring.get((i + 1) % ring.size()));
        }
        link(ring.get(7), chain.get(0));
        for (int i = 0; i + 1 < chain.size(); i++) {
            link(chain.get(i), chain.get(i + 1));
        }
        link(outsiders.get(0), outsiders.get(1));
        // an expired guarantee does not tie the outsiders in
        given().contentType(ContentType.JSON).body(Map.of("guarantorId", outsiders.get(0), "borrowerId", chain.get(34),
                        "amount", "500.00", "validFrom", "2020-01-01", "validTo", "2021-12-31"))
                .post("/api/guarantee-links").then().statusCode(201);

        long start = System.nanoTime();
        var circle = given().get("/api/customers/" + chain.get(34) + "/guarantee-circle")
                .then().statusCode(200)
                .body("size", equalTo(55))
                .body("hasCycle", equalTo(true))
                .body("totalGuaranteed", equalTo(55_000_000.00f))
                .extract().jsonPath();
        System.out.printf("guarantee circle of 55 firms over REST: %.1f ms%n", (System.nanoTime() - start) / 1e6);

        Set<String> expected = new HashSet<>(ring);
        expected.addAll(chain);
        assertEquals(expected, new HashSet<>(circle.<String>getList("members.id")));
        assertEquals(1, circle.getList("cycles").size());
        assertEquals(new HashSet<>(ring), new HashSet<>(circle.<String>getList("cycles[0]")));
        assertEquals(20, circle.<Boolean>getList("members.inCycle").stream().filter(b -> b).count());

        var event = kafka.await(Topics.CUSTOMER_EVENTS, e -> chain.get(34).equals(e.key())
                && EventTypes.CUSTOMER_GUARANTEE_LINKED.type().equals(e.type())
                && e.as(GuaranteeLinked.class).guarantorCustomerId().toString().equals(chain.get(33)), Duration.ofSeconds(30));
        GuaranteeLinked payload = event.as(GuaranteeLinked.class);
        assertEquals(55, payload.circleMemberIds().size());
        assertTrue(payload.circleHasCycle());
    }

    @Test
    @TestSecurity(user = "rm.he", roles = "relationship-manager")
    void refusesSelfGuaranteesUnknownFirmsAndBackwardPeriodsNamingTheField() {
        String a = firm(1);
        given().contentType(ContentType.JSON).body(Map.of("guarantorId", a, "borrowerId", a, "amount", "1.00",
                        "validFrom", "2025-01-01"))
                .post("/api/guarantee-links").then().statusCode(422).body("violations.field", hasItem("guarantorId"));
        given().contentType(ContentType.JSON).body(Map.of("guarantorId", "7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11",
                        "borrowerId", a, "amount", "1.00", "validFrom", "2025-01-01"))
                .post("/api/guarantee-links").then().statusCode(422).body("violations.field", hasItem("guarantorId"));
        given().contentType(ContentType.JSON).body(Map.of("guarantorId", firm(2), "borrowerId", a, "amount", "1.00",
                        "validFrom", "2025-01-01", "validTo", "2024-01-01"))
                .post("/api/guarantee-links").then().statusCode(422).body("violations.field", hasItem("validTo"));
        given().contentType(ContentType.JSON).body(Map.of("guarantorId", firm(3), "borrowerId", a, "amount", "-1.00",
                        "validFrom", "2025-01-01"))
                .post("/api/guarantee-links").then().statusCode(400).body("violations.field", hasItem("amount"));
        given().get("/api/customers/" + a + "/guarantee-circle").then().statusCode(200)
                .body("size", equalTo(1)).body("hasCycle", equalTo(false));
        given().get("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11/guarantee-circle").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "credit-analyst")
    void forbidsAnalystsToLinkGuarantees() {
        given().contentType(ContentType.JSON).body(Map.of("guarantorId", "7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11",
                        "borrowerId", "6f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11", "amount", "1.00", "validFrom", "2025-01-01"))
                .post("/api/guarantee-links").then().statusCode(403);
    }
}
