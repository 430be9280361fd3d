package org.smecredit.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemMappersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "register.request.uscc, uscc",
            "file.request.lines.totalAssets, lines.totalAssets",
            "get.id, id",
            "register.request, request"
    })
    void namesTheFieldWithoutMethodAndParameterNames(String propertyPath, String field) {
        assertEquals(field, ProblemMappers.fieldOf(propertyPath));
    }

    @Test
    void problemBodyKeepsRfc9457MembersFirstAndLeavesEmptyOnesOut() {
        Problem p = new ProblemException(409, "duplicate-uscc", "Conflict", "exists", List.of())
                .with("existingId", "42").toProblem("/api/customers");
        Map<String, Object> body = p.toBody();
        assertEquals(List.of("type", "title", "status", "detail", "instance", "existingId"), List.copyOf(body.keySet()));
        assertEquals("https://smecredit.org/problems/duplicate-uscc", body.get("type"));
        assertEquals(409, body.get("status"));
    }
}
