package org.smecredit.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.smecredit.demo.Api;
import org.smecredit.demo.CreditCycle;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;
import org.smecredit.platform.testing.ForgedTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tokens and the gateway, end to end: Keycloak tokens that are tampered with, forged, expired or meant for another
 * audience are refused; the gateway's own errors are problem+json; its request id reaches the audit trail, which
 * auditors query through the gateway; maker-checker holds with real users.
 */
class GatewaySecurityIT {
    static final String READ_PATH = "/api/ratings/master-scale"; // any role may read it, nothing to set up
    static final String ISSUER = Stack.TOKENS.realmUrl();

    @Test
    void aValidTokenIsAcceptedAndNoTokenIsNot() {
        assertEquals(200, Gateway.get(READ_PATH, Stack.TOKENS.token(CreditCycle.RM.name())).statusCode());
        assertEquals(401, Gateway.get(READ_PATH, null).statusCode());
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String token = Stack.TOKENS.passwordGrant("sme-web", CreditCycle.RM.name());
        assertEquals(200, Gateway.get(READ_PATH, token).statusCode(), "the untampered token works");
        // the relationship manager grants themselves the approver role; the signature no longer matches
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) CloudEventsKafka.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        ((ObjectNode) claims.get("realm_access")).putArray("roles").add("credit-approver").add("auditor");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(CloudEventsKafka.JSON.writeValueAsBytes(claims)) + "." + parts[2];
        HttpResponse<String> r = Gateway.get("/api/rating-overrides/rates", tampered);
        assertEquals(401, r.statusCode(), Gateway.describe(r));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        String forged = ForgedTokens.withThrowawayKey(ISSUER).token(CreditCycle.RISK.name(), "risk-manager");
        HttpResponse<String> r = Gateway.get(READ_PATH, forged);
        assertEquals(401, r.statusCode(), Gateway.describe(r));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        // realm client sme-short-lived issues 2-second access tokens (deploy/keycloak/sme-realm.json)
        String token = Stack.TOKENS.passwordGrant("sme-short-lived", CreditCycle.RM.name());
        long exp = CloudEventsKafka.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("exp").asLong();
        assertTrue(exp - System.currentTimeMillis() / 1000 <= 5, "short-lived token expires within seconds");
        Thread.sleep(Math.max(0, (exp + 3) * 1000 - System.currentTimeMillis()));
        HttpResponse<String> r = Gateway.get(READ_PATH, token);
        assertEquals(401, r.statusCode(), Gateway.describe(r));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        // client sme-other-app has no audience mapper: its tokens are not addressed to the SME API (aud sme-api)
        String token = Stack.TOKENS.passwordGrant("sme-other-app", CreditCycle.RM.name());
        JsonNode claims = CloudEventsKafka.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertTrue(!claims.path("aud").toString().contains("sme-api"), "no sme-api audience: " + claims.path("aud"));
        assertEquals(ISSUER, claims.get("iss").asText(), "same realm, same issuer, same signing key");
        HttpResponse<String> r = Gateway.get(READ_PATH, token);
        assertEquals(401, r.statusCode(), Gateway.describe(r));
    }

    @Test
    void theGatewaysOwnErrorsAreProblemJson() {
        HttpResponse<String> noRoute = Gateway.get("/api/no-such-thing", null);
        assertProblem(noRoute, 404, "no-route");
        HttpResponse<String> notExposed = Gateway.get("/q/health", null);
        assertProblem(notExposed, 404, "no-route");
        String big = "{\"legalName\":\"" + "x".repeat(1_100_000) + "\"}";
        HttpResponse<String> tooLarge = Gateway.call("POST", "/api/customers", Stack.TOKENS.token(CreditCycle.RM.name()),
                big, Map.of());
        assertProblem(tooLarge, 413, "payload-too-large");
    }

    @Test
    void aFloodFromOneClientIsRateLimited() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        HttpRequest req = HttpRequest.newBuilder(URI.create(Gateway.URL + READ_PATH)).timeout(Duration.ofSeconds(30)).build();
        for (int i = 0; i < 300; i++) {
            flood.add(Gateway.HTTP.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> limited = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : flood) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 429) {
                limited.add(r);
            } else {
                assertEquals(401, r.statusCode(), "the rest reach the service (no token: 401)");
            }
        }
        assertTrue(!limited.isEmpty(), "300 concurrent requests from one client exceed burst and connection limits");
        assertProblem(limited.get(0), 429, "rate-limited");
        assertEquals("1", limited.get(0).headers().firstValue("Retry-After").orElse(null));
        Thread.sleep(2000); // let the client's bucket drain for the next tests
    }

    @Test
    void theGatewaysRequestIdReachesTheAuditTrailWhichAuditorsQueryThroughTheGateway() throws Exception {
        String requestId = "it-" + UUID.randomUUID();
        HttpResponse<String> created = Gateway.call("POST", "/api/customers", Stack.TOKENS.token(CreditCycle.RM.name()),
                CloudEventsKafka.toJson(Map.of("uscc", Fixtures.randomUscc(), "legalName", "Audit Trail Test Co., Ltd.",
                        "industryCode", "F51", "regionCode", "430100", "employees", 9, "establishedOn", "2018-01-01")),
                Map.of("X-Request-Id", requestId));
        assertEquals(201, created.statusCode(), Gateway.describe(created));
        assertEquals(requestId, created.headers().firstValue("X-Request-Id").orElse(null), "echoed to the caller");
        String customerId = CloudEventsKafka.JSON.readTree(created.body()).get("id").asText();

        String auditor = Stack.TOKENS.token(CreditCycle.AUDITOR.name());
        HttpResponse<String> trail = Gateway.get("/api/audit/customer?entityType=customer&entityId=" + customerId, auditor);
        assertEquals(200, trail.statusCode(), Gateway.describe(trail));
        JsonNode rows = CloudEventsKafka.JSON.readTree(trail.body());
        assertTrue(rows.size() >= 1, trail.body());
        JsonNode first = rows.get(0);
        assertEquals(requestId, first.get("requestId").asText());
        assertEquals(CreditCycle.RM.name(), first.get("actor").asText(), "the Keycloak user, by preferred_username");
        assertTrue(first.get("roles").toString().contains("relationship-manager"), first.toString());
        // filters: another actor's changes are not this customer's
        HttpResponse<String> none = Gateway.get("/api/audit/customer?entityId=" + customerId + "&actor=nobody", auditor);
        assertEquals("[]", none.body().strip());
        // a request id that is not an id (spaces, too long) is replaced by the gateway's own
        HttpResponse<String> odd = Gateway.call("GET", READ_PATH, auditor, null, Map.of("X-Request-Id", "x".repeat(200)));
        String replaced = odd.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(replaced.matches("[0-9a-f]{32}"), replaced);
    }

    @Test
    void noSelfApprovalThroughTheGateway() {
        // branch.he.jun holds relationship-manager AND credit-approver: may submit and may approve, never both
        Api.User branchHead = new Api.User("branch.he.jun", "relationship-manager", "credit-approver");
        JsonNode c = Stack.API.post(branchHead, Api.Service.CUSTOMER, "/api/customers", Map.of("uscc", Fixtures.randomUscc(),
                "legalName", "Maker Checker Machining Co., Ltd.", "industryCode", "C33", "regionCode", "430100",
                "employees", 120, "establishedOn", "2011-03-15"));
        String customerId = c.get("id").asText();
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("periodEnd", LocalDate.now().withDayOfYear(1).minusDays(1).toString());
        statement.put("audited", true);
        statement.put("currency", "CNY");
        statement.put("totalAssets", new BigDecimal("60000000.00"));
        statement.put("totalLiabilities", new BigDecimal("24000000.00"));
        statement.put("totalEquity", new BigDecimal("36000000.00"));
        statement.put("currentAssets", new BigDecimal("30000000.00"));
        statement.put("currentLiabilities", new BigDecimal("12000000.00"));
        statement.put("revenue", new BigDecimal("90000000.00"));
        statement.put("operatingProfit", new BigDecimal("9500000.00"));
        statement.put("netProfit", new BigDecimal("7000000.00"));
        statement.put("interestExpense", new BigDecimal("900000.00"));
        statement.put("operatingCashFlow", new BigDecimal("8000000.00"));
        Stack.API.post(branchHead, Api.Service.CUSTOMER, "/api/customers/" + customerId + "/statements", statement);
        // origination learns of the customer and its rating from events; generous waits: right after
        // RestartResilienceIT, rating-service first works through a backlog of early warnings (measured: 2 minutes)
        Stack.API.await(branchHead, Api.Service.RATING, "/api/ratings/" + customerId, r -> r.hasNonNull("grade"),
                Duration.ofSeconds(240));
        Stack.API.await(branchHead, Api.Service.ORIGINATION, "/api/borrowers/" + customerId, b -> true,
                Duration.ofSeconds(120));
        // above the automatic authority (origination.policy.automatic-authority, 3,000,000 CNY): a person decides
        JsonNode a = Stack.API.post(branchHead, Api.Service.ORIGINATION, "/api/applications", Map.of("customerId", customerId,
                "productCode", "WORKING_CAPITAL", "amount", new BigDecimal("5000000.00"), "termMonths", 12,
                "purpose", "export order raw materials"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        String applicationId = a.get("id").asText();
        JsonNode referred = Stack.API.await(branchHead, Api.Service.ORIGINATION, "/api/applications/" + applicationId,
                x -> !Set.of("SUBMITTED", "AWAITING_RATING", "UNDER_REVIEW").contains(x.get("status").asText()),
                Duration.ofSeconds(120));
        assertEquals("REFERRED", referred.get("status").asText(), referred.toString());

        Api.ApiException self = org.junit.jupiter.api.Assertions.assertThrows(Api.ApiException.class, () ->
                Stack.API.post(branchHead, Api.Service.ORIGINATION, "/api/applications/" + applicationId + "/approval",
                        Map.of("comment", "my own application")));
        assertEquals(403, self.status, self.body);
        assertTrue(self.body.contains("maker-checker"), self.body);

        Stack.API.post(CreditCycle.APPROVER_2, Api.Service.ORIGINATION, "/api/applications/" + applicationId + "/approval",
                Map.of("comment", "second pair of eyes: within branch authority"));
        JsonNode decided = Stack.API.get(CreditCycle.RM, Api.Service.ORIGINATION, "/api/applications/" + applicationId);
        // approval makes an offer; nothing is booked until the borrower accepts it
        assertEquals("APPROVED", decided.get("status").asText(), decided.toString());
        assertTrue(decided.get("loanId").isNull(), decided.toString());
    }

    static void assertProblem(HttpResponse<String> r, int status, String slug) {
        assertEquals(status, r.statusCode(), Gateway.describe(r));
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), Gateway.describe(r));
        assertTrue(r.body().contains("\"type\":\"https://smecredit.org/problems/" + slug + "\""), r.body());
        assertTrue(r.body().contains("\"status\":" + status), r.body());
        String rid = r.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(!rid.isEmpty() && r.body().contains(rid), "request id in header and body: " + r.body());
    }
}
