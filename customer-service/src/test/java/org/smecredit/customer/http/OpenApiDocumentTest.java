package org.smecredit.customer.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The published OpenAPI document describes every endpoint with examples: each operation has a summary, an example on
 * its request body (when it has one) and on its success answer, and each 4xx answer is problem+json with an example.
 */
@QuarkusTest
class OpenApiDocumentTest {
    static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    static JsonNode document;

    /** Fetched in the test (not in a static @BeforeAll, which runs before RestAssured knows the test port). */
    @BeforeEach
    void fetch() throws Exception {
        if (document != null) {
            return;
        }
        String json = given().accept("application/json").queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), json);
    }

    /** Every operation as "METHOD path". */
    static Map<String, JsonNode> operations() {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                out.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return out;
    }

    @Test
    void listsEveryEndpointOfTheService() {
        assertEquals(new TreeSet<>(List.of(
                        "GET /api/audit",
                        "GET /api/customers", "POST /api/customers", "GET /api/customers/search",
                        "GET /api/customers/{id}", "PATCH /api/customers/{id}", "PUT /api/customers/{id}",
                        "GET /api/customers/{id}/360",
                        "PUT /api/customers/{id}/group-membership", "GET /api/customers/{id}/related-party-group",
                        "GET /api/customers/{id}/guarantee-circle",
                        "GET /api/customers/{customerId}/statements", "POST /api/customers/{customerId}/statements",
                        "GET /api/customers/{customerId}/soft-information", "POST /api/customers/{customerId}/soft-information",
                        "POST /api/guarantee-links")),
                operations().keySet());
    }

    @Test
    void everyOperationHasASummaryAndExamplesOnItsRequestAndSuccessAnswer() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, op) -> {
            if (op.path("summary").asText().isBlank()) {
                missing.add(name + ": summary");
            }
            JsonNode body = op.path("requestBody");
            if (!body.isMissingNode()) {
                JsonNode json = body.path("content").path("application/json");
                if (json.isMissingNode()) {
                    missing.add(name + ": request body is not application/json");
                } else if (!hasExample(json)) {
                    missing.add(name + ": request body example");
                }
            }
            boolean success = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                String status = response.getKey();
                if (status.startsWith("2")) {
                    success = true;
                    JsonNode json = response.getValue().path("content").path("application/json");
                    if (!hasExample(json)) {
                        missing.add(name + ": " + status + " example");
                    }
                } else if (status.startsWith("4")) {
                    JsonNode problem = response.getValue().path("content").path("application/problem+json");
                    if (!hasExample(problem)) {
                        missing.add(name + ": " + status + " problem+json example");
                    }
                }
            }
            if (!success) {
                missing.add(name + ": no success answer");
            }
        });
        assertTrue(missing.isEmpty(), "OpenAPI gaps: " + String.join("; ", missing));
    }

    @Test
    void documentsTheSharedProblemAnswers() {
        JsonNode register = operations().get("POST /api/customers");
        for (String status : List.of("400", "401", "403", "409", "413", "422")) {
            assertTrue(hasExample(register.path("responses").path(status).path("content").path("application/problem+json")),
                    "POST /api/customers " + status);
        }
        JsonNode tooLarge = register.path("responses").path("413").path("content").path("application/problem+json")
                .path("examples").elements().next().path("value");
        assertEquals("https://smecredit.org/problems/payload-too-large", tooLarge.path("type").asText());
        assertEquals(413, tooLarge.path("status").asInt());
        JsonNode registered = register.path("responses").path("201").path("content").path("application/json")
                .path("examples").path("registered").path("value");
        assertEquals("91110000600037341L", registered.path("uscc").asText(), "examples are JSON values, not strings");
        assertTrue(operations().get("GET /api/customers/{id}").path("responses").path("413").isMissingNode(),
                "a GET has no body, so no 413");
    }

    /** An example on the media type, or on its schema (followed through a $ref to components/schemas). */
    static boolean hasExample(JsonNode mediaType) {
        if (mediaType.isMissingNode()) {
            return false;
        }
        if (mediaType.has("example") || mediaType.path("examples").size() > 0) {
            return true;
        }
        JsonNode schema = mediaType.path("schema");
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            schema = document.path("components").path("schemas").path(name);
        }
        return schema.has("example") || schema.path("examples").size() > 0;
    }
}
