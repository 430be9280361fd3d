package org.smecredit.customer.soft;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.customer.v1.SoftInformationRecorded;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
class SoftInformationResourceTest {
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
                        "legalName", "Yueyang Paper Mill Co.", "industryCode", "C22", "regionCode", "430600", "employees", 60))
                .post("/api/customers").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> taxRecord(String grade) {
        Map<String, Object> r = new HashMap<>();
        r.put("kind", "TAX_PAYMENT");
        r.put("observedOn", "2026-04-30");
        r.put("source", "State Taxation Administration e-tax bureau");
        r.put("assessment", "POSITIVE");
        r.put("amount", "0.00");
        r.put("attributes", Map.of("taxGrade", grade, "year", "2025"));
        r.put("summary", "Tax credit grade " + grade + " for 2025; no arrears.");
        return r;
    }

    @Test
    @TestSecurity(user = "rm.zhao", roles = "relationship-manager")
    void recordsDatedSourcedItemsListsThemNewestFirstAndPublishesThem() {
        String customer = newCustomer();
        given().contentType(ContentType.JSON).body(taxRecord("A"))
                .post("/api/customers/" + customer + "/soft-information")
                .then().statusCode(201).body("attributes.taxGrade", equalTo("A")).body("recordedBy", equalTo("rm.zhao"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "COURT_JUDGMENT", "observedOn", "2026-06-02",
                        "source", "China Judgements Online", "sourceReference", "(2026) Xiang 06 Min Chu 118",
                        "assessment", "NEGATIVE", "amount", "350000.00", "summary", "Ordered to pay a supplier 350,000 CNY."))
                .post("/api/customers/" + customer + "/soft-information")
                .then().statusCode(201);

        given().get("/api/customers/" + customer + "/soft-information").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].kind", equalTo("COURT_JUDGMENT"))
                .body("[1].kind", equalTo("TAX_PAYMENT"));
        given().queryParam("kind", "TAX_PAYMENT").get("/api/customers/" + customer + "/soft-information")
                .then().body("", hasSize(1));

        var event = kafka.await(Topics.CUSTOMER_EVENTS, e -> customer.equals(e.key())
                && EventTypes.CUSTOMER_SOFT_INFORMATION_RECORDED.type().equals(e.type())
                && e.json().get("kind").asText().equals("COURT_JUDGMENT"), Duration.ofSeconds(30));
        SoftInformationRecorded payload = event.as(SoftInformationRecorded.class);
        assertEquals("NEGATIVE", payload.assessment());
        assertEquals("China Judgements Online", payload.source());
    }

    @Test
    @TestSecurity(user = "rm.zhao", roles = "relationship-manager")
    void answersUndatedUnsourcedOrWronglyGradedItemsWith4xxNamingTheField() {
        String customer = newCustomer();
        Map<String, Object> undated = taxRecord("A");
        undated.remove("observedOn");
        undated.put("source", " ");
        given().contentType(ContentType.JSON).body(undated).post("/api/customers/" + customer + "/soft-information")
                .then().statusCode(400).body("violations.field", hasItem("observedOn")).body("violations.field", hasItem("source"));
        given().contentType(ContentType.JSON).body(taxRecord("AAA")).post("/api/customers/" + customer + "/soft-information")
                .then().statusCode(422).body("violations.field", hasItem("attributes.taxGrade"));
        given().get("/api/customers/" + customer + "/soft-information").then().body("", hasSize(0));
        given().contentType(ContentType.JSON).body(taxRecord("B"))
                .post("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11/soft-information").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void auditorsReadButDoNotRecord() {
        given().contentType(ContentType.JSON).body(taxRecord("A"))
                .post("/api/customers/7f1c1b7e-2a7c-4f5e-9a43-3b0c2a8f0d11/soft-information").then().statusCode(403);
    }
}
