package org.smecredit.collections.cases;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.smecredit.collections.CollectionsTestSupport.api;
import static org.smecredit.collections.CollectionsTestSupport.defaulted;
import static org.smecredit.collections.CollectionsTestSupport.openCase;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class CaseQueryResourceTest {
    static CloudEventsKafka kafka;

    @Inject
    BusinessClock clock;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/query");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    @TestSecurity(user = "rm.li", roles = "relationship-manager")
    void findsCasesByLoanAndStatus() {
        UUID loanId = UUID.randomUUID();
        String caseId = openCase(kafka, defaulted(loanId, clock.today().minusDays(1)));

        api().queryParam("loanId", loanId).queryParam("status", "OPEN").get("/api/cases")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo(caseId));
        api().queryParam("loanId", loanId).queryParam("status", "CLOSED").get("/api/cases")
                .then().statusCode(200).body("size()", equalTo(0));
        api().queryParam("status", "OPEN").queryParam("size", 500).get("/api/cases")
                .then().statusCode(200).body("id", hasItem(caseId)).body("status", not(hasItem("CLOSED")));
    }

    @Test
    @TestSecurity(user = "auditor.sun", roles = "auditor")
    void answersBadFiltersAndUnknownCasesWithProblems() {
        api().queryParam("status", "PENDING").get("/api/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("status"));
        api().get("/api/cases/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        api().get("/api/cases/not-a-uuid").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "analyst.wu", roles = "credit-analyst")
    void creditAnalystsDoNotReadCollectionCases() {
        api().get("/api/cases/" + UUID.randomUUID()).then().statusCode(403).contentType("application/problem+json");
        api().get("/api/cases").then().statusCode(403);
    }

    @Test
    void refusesAnonymousCallers() {
        api().get("/api/cases").then().statusCode(401);
    }
}
