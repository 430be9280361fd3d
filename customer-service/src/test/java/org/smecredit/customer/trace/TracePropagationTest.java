package org.smecredit.customer.trace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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

/** An operator can follow one request from the HTTP call to the event it caused by one trace id. */
@QuarkusTest
class TracePropagationTest {
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
        return Map.of("uscc", uscc, "legalName", "Zhuzhou Rail Fasteners Co., Ltd.", "industryCode", "C33",
                "regionCode", "430200", "employees", 40, "establishedOn", "2015-03-02");
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void theEventCarriesTheTraceOfTheRequestThatCausedIt() {
        String caller = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String id = given().contentType(ContentType.JSON).header("traceparent", caller)
                .body(registration(Fixtures.randomUscc()))
                .when().post("/api/customers")
                .then().statusCode(201)
                .header("traceparent", startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-"))
                .extract().path("id");

        var event = kafka.await(Topics.CUSTOMER_EVENTS, e -> id.equals(e.key())
                && EventTypes.CUSTOMER_REGISTERED.type().equals(e.type()), Duration.ofSeconds(30));
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", event.traceId());
        assertNotEquals(caller, event.traceParent(), "the event is a new span of the caller's trace");
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void aGatewayRequestIdStartsTheTraceWhenTheCallerSendsNone() {
        String requestId = "9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f";
        String id = given().contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .body(registration(Fixtures.randomUscc()))
                .when().post("/api/customers")
                .then().statusCode(201)
                .header("traceparent", matchesPattern("00-" + requestId + "-[0-9a-f]{16}-01"))
                .extract().path("id");

        var event = kafka.await(Topics.CUSTOMER_EVENTS, e -> id.equals(e.key())
                && EventTypes.CUSTOMER_REGISTERED.type().equals(e.type()), Duration.ofSeconds(30));
        assertNotNull(event.traceParent());
        assertEquals(requestId, event.traceId());
    }
}
