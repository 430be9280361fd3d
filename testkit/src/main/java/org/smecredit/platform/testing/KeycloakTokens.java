package org.smecredit.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bearer tokens from the local stack's Keycloak, realm {@code sme} (deploy/keycloak/sme-realm.json), for the demo
 * and the system tests: people through the public client {@code sme-web} (password grant, allowed for the DEMO
 * users only), internal systems and core banking through their confidential clients (client credentials).
 * Tokens are cached until shortly before they expire.
 *
 * <p>The passwords and client secrets below are the realm file's DEMO-ONLY credentials; environment variables
 * override them ({@code SME_DEMO_PASSWORD}, {@code SME_<CLIENT>_SECRET}, e.g. {@code SME_CORE_BANKING_SECRET}).
 */
public final class KeycloakTokens {
    /** DEMO ONLY: the password of every demo user in the realm file. */
    public static final String DEMO_PASSWORD = "demo-only";
    public static final String PEOPLE_CLIENT = "sme-web";
    /** Confidential clients with a service account (realm role {@code integration}). */
    public static final Set<String> SERVICE_CLIENTS = Set.of("core-banking", "customer-service", "rating-service",
            "origination-service", "monitoring-service", "collections-service");
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final String realmUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String token, Instant refreshAt) {
    }

    public KeycloakTokens(String realmUrl) {
        this.realmUrl = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
    }

    /** Realm URL from {@code SME_KEYCLOAK_REALM_URL} (env or system property), default the local stack's. */
    public static KeycloakTokens fromEnvironment() {
        return new KeycloakTokens(setting("SME_KEYCLOAK_REALM_URL", "http://127.0.0.1:8180/realms/sme"));
    }

    public String realmUrl() {
        return realmUrl;
    }

    /**
     * A token for a demo user (password grant through {@code sme-web}) or, when {@code principal} names a
     * confidential client such as {@code core-banking}, for that client's service account.
     */
    public String token(String principal) {
        Cached c = cache.get(principal);
        if (c != null && Instant.now().isBefore(c.refreshAt)) {
            return c.token;
        }
        JsonNode answer = SERVICE_CLIENTS.contains(principal)
                ? request(Map.of("grant_type", "client_credentials", "client_id", principal,
                        "client_secret", clientSecret(principal)))
                : request(Map.of("grant_type", "password", "client_id", PEOPLE_CLIENT, "username", principal,
                        "password", setting("SME_DEMO_PASSWORD", DEMO_PASSWORD), "scope", "openid"));
        String token = answer.get("access_token").asText();
        long lifetime = answer.path("expires_in").asLong(60);
        cache.put(principal, new Cached(token, Instant.now().plusSeconds(lifetime).minus(REFRESH_BEFORE_EXPIRY)));
        return token;
    }

    /** A fresh (uncached) token by password grant through any public client of the realm. */
    public String passwordGrant(String clientId, String username) {
        return request(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", setting("SME_DEMO_PASSWORD", DEMO_PASSWORD))).get("access_token").asText();
    }

    /** DEMO ONLY default: the realm file's secret {@code demo-only-<client>-secret}. */
    static String clientSecret(String clientId) {
        String env = "SME_" + clientId.toUpperCase().replace('-', '_') + "_SECRET";
        return setting(env, "demo-only-" + clientId + "-secret");
    }

    private JsonNode request(Map<String, String> form) {
        Map<String, String> ordered = new LinkedHashMap<>(form);
        String body = ordered.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest req = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + form.get("grant_type") + ", "
                        + form.getOrDefault("username", form.get("client_id")) + "): HTTP " + r.statusCode() + " "
                        + r.body());
            }
            return CloudEventsKafka.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + realmUrl + " does not answer (deploy/keycloak.sh start): "
                    + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String setting(String name, String fallback) {
        String v = System.getProperty(name, System.getenv(name));
        return v == null || v.isBlank() ? fallback : v;
    }
}
