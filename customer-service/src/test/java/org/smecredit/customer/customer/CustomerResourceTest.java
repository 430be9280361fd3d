package org.smecredit.customer.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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
class CustomerResourceTest {
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static Map<String, Object> registration(String uscc) {
        return Map.of("uscc", uscc, "legalName", "Changsha Precision Castings Co., Ltd.", "industryCode", "C33",
                "regionCode", "430100", "employees", 85, "establishedOn", "2012-05-04");
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void registersAnSmeAndPublishesCustomerRegistered() {
        String uscc = Fixtures.randomUscc();
        String id = given().contentType(ContentType.JSON).body(registration(uscc))
                .when().post("/api/customers")
                .then().statusCode(201)
                .header("Location", containsString("/api/customers/"))
                .body("uscc", equalTo(uscc))
                .body("registeredBy", equalTo("rm.li"))
                .body("relationshipManager", equalTo("rm.li"))
                .extract().path("id");

        given().when().get("/api/customers/" + id).then().statusCode(200).body("legalName", containsString("Changsha"));

        var event = kafka.await(Topics.CUSTOMER_EVENTS, e -> id.equals(e.key())
                && EventTypes.CUSTOMER_REGISTERED.type().equals(e.type()), Duration.ofSeconds(30));
        assertEquals(uscc, event.json().get("uscc").asText());
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void refusesASecondCustomerWithTheSameUsccNamingTheExistingOne() {
        String uscc = Fixtures.randomUscc();
        String id = given().contentType(ContentType.JSON).body(registration(uscc))
                .post("/api/customers").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(registration(uscc))
                .post("/api/customers")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/duplicate-uscc"))
                .body("existingId", equalTo(id));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void answersAWrongCheckCharacterWith422NamingTheField() {
        given().contentType(ContentType.JSON).body(registration("91110000600037341A"))
                .post("/api/customers")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("uscc"))
                .body("detail", containsString("expected L"));
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void answersMalformedUsccsWith4xxNamingTheFieldAndWritesNothing() {
        // GB 32100-2015: 18 characters from 0-9 and A-Y without I, O, S, V, Z
        String valid = Fixtures.randomUscc();
        for (String malformed : new String[] {valid.substring(0, 10) + "O" + valid.substring(11),
                valid.substring(0, 2) + "ABCDEF" + valid.substring(8)}) {
            given().contentType(ContentType.JSON).body(registration(malformed)).post("/api/customers")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://smecredit.org/problems/invalid-uscc"))
                    .body("violations.field", hasItem("uscc"));
            given().queryParam("uscc", malformed).get("/api/customers").then().statusCode(404);
        }
        given().contentType(ContentType.JSON).body(registration(valid.substring(0, 17))).post("/api/customers")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("uscc"));
        given().queryParam("uscc", valid.substring(0, 17)).get("/api/customers").then().statusCode(404);
        given().queryParam("uscc", valid).get("/api/customers").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void answersMissingAndMalformedFieldsWith400NamingThem() {
        given().contentType(ContentType.JSON).body(Map.of("uscc", Fixtures.randomUscc(), "industryCode", "C33",
                        "regionCode", "43010"))
                .post("/api/customers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("legalName"))
                .body("violations.field", hasItem("regionCode"));

        given().contentType(ContentType.JSON).body("{\"uscc\": \"91110000600037341L\", \"employees\": \"many\"}")
                .post("/api/customers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("employees"));

        given().contentType(ContentType.JSON).body("{not json")
                .post("/api/customers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", notNullValue());
    }

    @Test
    @TestSecurity(user = "collector", roles = "collections-officer")
    void forbidsRegistrationToRolesThatMayOnlyRead() {
        given().contentType(ContentType.JSON).body(registration(Fixtures.randomUscc()))
                .post("/api/customers")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusesAnonymousCallers() {
        given().contentType(ContentType.JSON).body(registration(Fixtures.randomUscc()))
                .post("/api/customers")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "rm.li", roles = {"relationship-manager", "auditor"})
    void recordsTheRegistrationInTheAuditTrail() {
        String id = given().contentType(ContentType.JSON).body(registration(Fixtures.randomUscc()))
                .post("/api/customers").then().statusCode(201).extract().path("id");
        given().queryParam("entityId", id).get("/api/audit")
                .then().statusCode(200)
                .body("[0].action", equalTo("customer.registered"))
                .body("[0].actor", equalTo("rm.li"))
                .body("[0].after.uscc", notNullValue());
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void answersUnknownCustomersWith404Problem() {
        given().get("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/customers/not-a-uuid").then().statusCode(404);
    }
}
