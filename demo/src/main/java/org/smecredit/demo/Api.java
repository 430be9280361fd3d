package org.smecredit.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.KeycloakTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small REST client for the five services, authenticated with bearer tokens from Keycloak. Every call goes
 * through the API gateway ({@code SME_GATEWAY_URL}, default {@code http://127.0.0.1:8080}); {@code SME_<SERVICE>_URL}
 * sends one service's calls elsewhere (e.g. straight to its port).
 */
public final class Api {
    public enum Service {
        CUSTOMER(8081), RATING(8082), ORIGINATION(8083), MONITORING(8084), COLLECTIONS(8085);

        final int port;

        Service(int port) {
            this.port = port;
        }

        public String baseUrl() {
            return System.getenv().getOrDefault("SME_" + name() + "_URL", gatewayUrl());
        }

        /** The service's own port, bypassing the gateway (benchmarks, diagnostics). */
        public String directUrl() {
            return "http://127.0.0.1:" + port;
        }
    }

    public static String gatewayUrl() {
        return System.getenv().getOrDefault("SME_GATEWAY_URL", "http://127.0.0.1:8080");
    }

    /**
     * A user of the bank (a demo user of the Keycloak realm) or an internal system (a confidential client such as
     * {@code core-banking}); {@code roles} documents the realm roles Keycloak puts in its token.
     */
    public record User(String name, String... roles) {
    }

    /** A non-2xx answer, with the problem+json body. */
    public static final class ApiException extends RuntimeException {
        public final int status;
        public final String body;

        ApiException(String what, int status, String body) {
            super(what + " -> HTTP " + status + " " + body);
            this.status = status;
            this.body = body;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final KeycloakTokens tokens;

    public Api(KeycloakTokens tokens) {
        this.tokens = tokens;
    }

    public JsonNode get(User as, Service service, String path) {
        return send(as, service, "GET", path, null, Map.of());
    }

    public JsonNode post(User as, Service service, String path, Object body) {
        return send(as, service, "POST", path, body, Map.of());
    }

    public JsonNode post(User as, Service service, String path, Object body, Map<String, String> headers) {
        return send(as, service, "POST", path, body, headers);
    }

    /** Polls a GET until {@code done} holds (404 counts as not yet); fails after {@code timeout}. */
    public JsonNode await(User as, Service service, String path, Predicate<JsonNode> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(as, service, path);
                if (done.test(last)) {
                    return last;
                }
            } catch (ApiException e) {
                if (e.status != 404) {
                    throw e;
                }
            }
            sleep(250);
        }
        throw new IllegalStateException("timed out after " + timeout + " waiting on " + service + " " + path
                + "; last answer: " + last);
    }

    private JsonNode send(User as, Service service, String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(CloudEventsKafka.toJson(body)));
            if (as != null) {
                b.header("Authorization", "Bearer " + tokens.token(as.name()));
            }
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            headers.forEach(b::header);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new ApiException(method + " " + service + " " + path, r.statusCode(), r.body());
            }
            return r.body() == null || r.body().isBlank() ? null : CloudEventsKafka.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + service.baseUrl() + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
