package org.smecredit.customer.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.smecredit.platform.testing.Fixtures;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** quarkus.http.limits.max-body-size is 1M (1,048,576 bytes): bigger bodies get a 413 problem naming the limit. */
@QuarkusTest
class OversizedPayloadResourceTest {
    static final long LIMIT = 1024 * 1024;

    @TestHTTPResource("/api/customers")
    URL customers;

    static String registration(String uscc, String address) {
        return "{\"uscc\":\"" + uscc + "\",\"legalName\":\"Chunked Upload Castings Co., Ltd.\",\"industryCode\":\"C33\","
                + "\"regionCode\":\"430100\",\"employees\":12,\"registeredAddress\":\"" + address + "\"}";
    }

    @Test
    @TestSecurity(user = "rm.big", roles = "relationship-manager")
    void refusesABodyWhoseContentLengthExceedsTheLimitWithAProblemNamingIt() {
        String uscc = Fixtures.randomUscc();
        given().contentType(ContentType.JSON).body(registration(uscc, "x".repeat(1_100_000))).post("/api/customers")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/payload-too-large"))
                .body("status", equalTo(413))
                .body("limitBytes", equalTo((int) LIMIT))
                .body("detail", containsString("limit of " + LIMIT + " bytes"))
                .body("violations.field", hasItem("$"));
        given().queryParam("uscc", uscc).get("/api/customers").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rm.big", roles = "relationship-manager")
    void refusesAChunkedBodyOverTheLimitWithAProblemNamingIt() throws Exception {
        String uscc = Fixtures.randomUscc();
        HttpResponse<String> answer = postChunked(registration(uscc, "y".repeat(1_500_000)));
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("content-type").orElse(""));
        assertTrue(answer.body().contains("\"type\":\"https://smecredit.org/problems/payload-too-large\""), answer.body());
        assertTrue(answer.body().contains("chunked request body exceeds the limit of " + LIMIT + " bytes"), answer.body());
        assertTrue(answer.body().contains("\"limitBytes\":" + LIMIT), answer.body());
        given().queryParam("uscc", uscc).get("/api/customers").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rm.big", roles = "relationship-manager")
    void passesAChunkedBodyUnderTheLimitThrough() throws Exception {
        String uscc = Fixtures.randomUscc();
        HttpResponse<String> answer = postChunked(registration(uscc, "12 Lugu Ave, Changsha"));
        assertEquals(201, answer.statusCode(), answer.body());
        given().queryParam("uscc", uscc).get("/api/customers").then().statusCode(200)
                .body("registeredAddress", equalTo("12 Lugu Ave, Changsha"));
    }

    /** A body of unknown length: java.net.http sends it with Transfer-Encoding: chunked over HTTP/1.1. */
    private HttpResponse<String> postChunked(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(customers.toString()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
