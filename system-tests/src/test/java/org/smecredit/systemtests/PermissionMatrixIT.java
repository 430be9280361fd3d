package org.smecredit.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smecredit.demo.Api;
import org.smecredit.demo.CreditCycle;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The permission matrix (src/test/resources/permission-matrix.csv) against the running stack: every row, with a
 * real Keycloak token of every realm role, through the gateway. And the other way round: every operation of every
 * service's OpenAPI document has a row, so a new endpoint cannot escape the matrix.
 */
class PermissionMatrixIT {
    /** One demo principal per realm role (deploy/keycloak/sme-realm.json). */
    static final Map<String, String> PRINCIPAL_OF_ROLE = new LinkedHashMap<>();

    static {
        PRINCIPAL_OF_ROLE.put("relationship-manager", CreditCycle.RM.name());
        PRINCIPAL_OF_ROLE.put("credit-analyst", CreditCycle.ANALYST.name());
        PRINCIPAL_OF_ROLE.put("credit-approver", CreditCycle.APPROVER.name());
        PRINCIPAL_OF_ROLE.put("risk-manager", CreditCycle.RISK.name());
        PRINCIPAL_OF_ROLE.put("collections-officer", CreditCycle.COLLECTOR.name());
        PRINCIPAL_OF_ROLE.put("auditor", CreditCycle.AUDITOR.name());
        PRINCIPAL_OF_ROLE.put("integration", CreditCycle.CORE_BANKING.name());
    }

    static final List<String> SERVICES = List.of("customer", "rating", "origination", "monitoring", "collections");
    static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    record Row(String method, String path, Map<String, Boolean> allowed, String example) {
        String operation() {
            return method + " " + path;
        }
    }

    static List<Row> matrix;
    static String customerId;
    static String uscc;

    @BeforeAll
    static void load() throws IOException {
        matrix = readMatrix();
        uscc = Fixtures.randomUscc();
        JsonNode c = Stack.API.post(CreditCycle.RM, Api.Service.CUSTOMER, "/api/customers", Map.of("uscc", uscc,
                "legalName", "Permission Matrix Test Trading Co., Ltd.", "industryCode", "F51", "regionCode", "430100",
                "employees", 12, "establishedOn", "2015-06-01"));
        customerId = c.get("id").asText();
    }

    static List<Row> readMatrix() throws IOException {
        try (InputStream in = PermissionMatrixIT.class.getResourceAsStream("/permission-matrix.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String[] header = lines.get(0).split(",", -1);
            assertEquals("operation", header[0]);
            assertEquals(new TreeSet<>(PRINCIPAL_OF_ROLE.keySet()),
                    new TreeSet<>(List.of(header).subList(1, header.length - 1)), "one column per realm role");
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                assertEquals(header.length, cells.length, "cells in: " + line);
                String[] op = cells[0].split(" ");
                Map<String, Boolean> allowed = new LinkedHashMap<>();
                for (int i = 1; i < header.length - 1; i++) {
                    assertTrue(Set.of("Y", "N").contains(cells[i]), "Y or N in: " + line);
                    allowed.put(header[i], cells[i].equals("Y"));
                }
                rows.add(new Row(op[0], op[1], allowed, cells[header.length - 1]));
            }
            return rows;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsWhatTheMatrixSays() {
        return matrix.stream().map(row -> dynamicTest(row.operation(), () -> check(row)));
    }

    void check(Row row) {
        String path = concrete(row.path());
        HttpResponse<String> anonymous = Gateway.call(row.method(), path, null, null, Map.of());
        assertEquals(401, anonymous.statusCode(), "no token: " + Gateway.describe(anonymous));
        for (Map.Entry<String, Boolean> e : row.allowed().entrySet()) {
            String token = Stack.TOKENS.token(PRINCIPAL_OF_ROLE.get(e.getKey()));
            if (!e.getValue()) {
                HttpResponse<String> r = Gateway.call(row.method(), path, token, null, Map.of());
                assertEquals(403, r.statusCode(), e.getKey() + " must be refused: " + Gateway.describe(r));
                continue;
            }
            // a right role: with a made-up id or an empty body the request fails validation or finds nothing,
            // but never for lack of permission; with the row's example it succeeds
            HttpResponse<String> r = Gateway.call(row.method(), path, token, null, Map.of());
            assertTrue(r.statusCode() != 401 && r.statusCode() != 403 && r.statusCode() < 500,
                    e.getKey() + " must be let through: " + Gateway.describe(r));
            if (!row.example().isEmpty()) {
                String example = row.example().replace("{customer}", customerId).replace("{uscc}", uscc);
                HttpResponse<String> ok = Gateway.call(row.method(), example, token, null, Map.of());
                assertEquals(2, ok.statusCode() / 100, e.getKey() + ": " + Gateway.describe(ok));
            }
        }
    }

    /** Path parameters filled with values of the right type that name nothing. */
    static String concrete(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = m.group(1).toLowerCase().contains("date") ? "2000-01-03" : UUID.randomUUID().toString();
            m.appendReplacement(sb, value);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Test
    void everyOperationOfEveryServiceIsInTheMatrix() throws Exception {
        Set<String> documented = new TreeSet<>();
        for (String service : SERVICES) {
            HttpResponse<String> r = Gateway.get("/openapi/" + service + "-service?format=json", null);
            assertEquals(200, r.statusCode(), Gateway.describe(r));
            JsonNode paths = CloudEventsKafka.JSON.readTree(r.body()).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next().toUpperCase();
                    if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        documented.add(method + " " + gatewayPath(service, p.getKey()));
                    }
                }
            }
        }
        Set<String> inMatrix = new TreeSet<>();
        matrix.forEach(row -> inMatrix.add(row.operation()));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(inMatrix);
        Set<String> stale = new TreeSet<>(inMatrix);
        stale.removeAll(documented);
        assertTrue(missing.isEmpty(), "operations without a row in permission-matrix.csv: " + missing);
        assertTrue(stale.isEmpty(), "rows of permission-matrix.csv no service documents: " + stale);
    }

    /** Each service's own /api/audit is exposed by the gateway as /api/audit/<service>; other paths are unchanged. */
    static String gatewayPath(String service, String servicePath) {
        return servicePath.equals("/api/audit") ? "/api/audit/" + service : servicePath;
    }
}
