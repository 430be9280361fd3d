package org.smecredit.rating.rating;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class RatingResourceTest {

    @Test
    @TestSecurity(user = "analyst.zhao", roles = "credit-analyst")
    void publishesTheMasterScaleBestGradeFirstWithDefaultLast() {
        given().get("/api/ratings/master-scale")
                .then().statusCode(200)
                .body("", hasSize(13))
                .body("[0].grade", equalTo("AAA"))
                .body("[0].minScore", equalTo(92))
                .body("[0].pd", equalTo(0.0003f))
                .body("[3].grade", equalTo("BBB"))
                .body("[3].pd", equalTo(0.0021f))
                .body("[12].grade", equalTo("D"))
                .body("[12].defaulted", equalTo(true))
                .body("[12].minScore", nullValue())
                .body("[12].pd", equalTo(1));
    }

    @Test
    @TestSecurity(user = "auditor.sun", roles = "auditor")
    void answersACustomerNeverRatedWith404Problem() {
        String customer = UUID.randomUUID().toString();
        given().get("/api/ratings/" + customer)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smecredit.org/problems/not-found"))
                .body("detail", equalTo("rating of customer " + customer + " does not exist"));
        given().get("/api/ratings/" + customer + "/history")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/ratings/not-a-uuid").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "someone", roles = "nobody")
    void forbidsCallersWithoutAReadingRole() {
        String customer = UUID.randomUUID().toString();
        given().get("/api/ratings/" + customer).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/ratings/" + customer + "/history").then().statusCode(403);
        given().get("/api/ratings/master-scale").then().statusCode(403);
    }

    @Test
    void refusesAnonymousCallers() {
        given().get("/api/ratings/master-scale").then().statusCode(401);
        given().get("/api/ratings/" + UUID.randomUUID()).then().statusCode(401);
    }
}
