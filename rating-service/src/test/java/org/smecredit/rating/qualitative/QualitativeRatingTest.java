package org.smecredit.rating.qualitative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.SoftInformationRecorded;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.rating.Ratings;
import org.smecredit.rating.Statements;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Soft information and profile facts from customer-service move the rating by the qualitative module's bounded
 * notches; each item re-rates the customer (trigger SOFT_INFORMATION) and the rating shows the factors.
 */
@QuarkusTest
@TestSecurity(user = "analyst.zhao", roles = "credit-analyst")
class QualitativeRatingTest {
    static CloudEventsKafka kafka;

    @BeforeAll
    static void kafka() {
        kafka = new CloudEventsKafka(CloudEventsKafka.defaultBootstrap(), "/test/customer-service");
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    static void register(UUID customer, LocalDate established, String industry) {
        kafka.publish(EventTypes.CUSTOMER_REGISTERED, customer, new CustomerRegistered(customer, "91110000600037341L",
                "华信精密机械有限公司", industry, "110108", 86, established, "rm.zhang.wei"));
    }

    static UUID soft(UUID customer, String kind, String assessment, String amount, Map<String, String> attributes) {
        UUID item = UUID.randomUUID();
        kafka.publish(EventTypes.CUSTOMER_SOFT_INFORMATION_RECORDED, customer, new SoftInformationRecorded(customer,
                item, kind, LocalDate.now().minusDays(10), "test source", assessment,
                amount == null ? null : new BigDecimal(amount), attributes, kind + " " + assessment));
        return item;
    }

    @Test
    void taxGradeDWithArrearsAndAJudgmentNotchTheModelGradeDownAtMostTwice() {
        UUID customer = UUID.randomUUID();
        register(customer, LocalDate.now().minusYears(15), "C13");
        String statementEvent = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer,
                Statements.bbbManufacturer(customer, LocalDate.of(2025, 12, 31), 1));
        Ratings.awaitRatingCausedBy(customer, statementEvent);
        // 15 years in business +4 -> weighted +2: less than a notch
        given().get("/api/ratings/" + customer).then().statusCode(200)
                .body("grade", equalTo("BB-"))
                .body("modelGrade", equalTo("BB-"))
                .body("qualitative.points", equalTo(4))
                .body("qualitative.notches", equalTo(0))
                .body("qualitative.factors.find { it.factor == 'YEARS_IN_BUSINESS' }.points", equalTo(4));

        UUID tax = soft(customer, "TAX_PAYMENT", "NEGATIVE", "80000.00", Map.of("taxGrade", "D", "year", "2025"));
        Ratings.awaitRatingCausedBy(customer, tax);
        // D -16, arrears -8, years +4 = -20 -> weighted -10 -> one notch: BB- -> B+
        given().get("/api/ratings/" + customer).then().statusCode(200)
                .body("trigger", equalTo("SOFT_INFORMATION"))
                .body("causeId", equalTo(tax.toString()))
                .body("score", equalTo(44))
                .body("modelGrade", equalTo("BB-"))
                .body("grade", equalTo("B+"))
                .body("previousGrade", equalTo("BB-"))
                .body("downgradeNotches", equalTo(1))
                .body("pd", equalTo(0.0316f))
                .body("qualitative.points", equalTo(-20))
                .body("qualitative.weight", equalTo(0.5f))
                .body("qualitative.notches", equalTo(-1));

        UUID judgment = soft(customer, "COURT_JUDGMENT", "NEGATIVE", "200000.00", null);
        Ratings.awaitRatingCausedBy(customer, judgment);
        UUID owner = soft(customer, "OWNER_PERSONAL_CREDIT", "NEGATIVE", null, null);
        List<Map<String, Object>> history = Ratings.awaitRatingCausedBy(customer, owner);
        // -20 - 16 (judgment) = -36 -> two notches (B); -12 more for the owner -> -48, still bounded at two
        assertEquals("B", history.stream().filter(r -> judgment.toString().equals(r.get("causeId"))).findFirst()
                .orElseThrow().get("grade"));
        assertEquals("B", history.get(0).get("grade"));
        given().get("/api/ratings/" + customer).then()
                .body("qualitative.points", equalTo(-48))
                .body("qualitative.notches", equalTo(-2))
                .body("qualitative.maxNotches", equalTo(2));

        String taxRating = (String) history.stream().filter(r -> tax.toString().equals(r.get("causeId"))).findFirst()
                .orElseThrow().get("id");
        var event = kafka.await(Topics.RATING_EVENTS, e -> customer.toString().equals(e.key())
                && e.payload().contains(taxRating), Duration.ofSeconds(60));
        RatingAssigned assigned = event.as(RatingAssigned.class);
        assertEquals("SOFT_INFORMATION", assigned.trigger());
        assertEquals("BB-", assigned.previousGrade());
    }

    @Test
    void softInformationBeforeTheFirstStatementIsKeptAndUsedByTheFirstRating() {
        UUID customer = UUID.randomUUID();
        soft(customer, "TAX_PAYMENT", "POSITIVE", "0.00", Map.of("taxGrade", "A"));
        soft(customer, "UTILITY_PAYMENT", "POSITIVE", null, null);
        soft(customer, "SOCIAL_INSURANCE_PAYMENT", "POSITIVE", null, null);
        register(customer, LocalDate.now().minusYears(12), "D44");
        // A +8, regular payments +4, 12 years +4, utilities industry +2 = 18 -> weighted 9 -> one notch better
        String statementEvent = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer,
                Statements.bbbManufacturer(customer, LocalDate.of(2025, 12, 31), 1));
        List<Map<String, Object>> history = Ratings.awaitRatingCausedBy(customer, statementEvent);
        assertEquals(1, history.size(), "soft information without a statement rates nothing");
        given().get("/api/ratings/" + customer).then().statusCode(200)
                .body("trigger", equalTo("STATEMENT_FILED"))
                .body("modelGrade", equalTo("BB-"))
                .body("grade", equalTo("BB"))
                .body("downgradeNotches", equalTo(-1))
                .body("qualitative.points", equalTo(18))
                .body("qualitative.notches", equalTo(1))
                .body("previousGrade", equalTo(null));
    }

    @Test
    void theSameSoftInformationItemTwiceReRatesOnce() {
        UUID customer = UUID.randomUUID();
        String statementEvent = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer,
                Statements.bbbManufacturer(customer, LocalDate.of(2025, 12, 31), 1));
        Ratings.awaitRatingCausedBy(customer, statementEvent);
        UUID item = UUID.randomUUID();
        SoftInformationRecorded penalty = new SoftInformationRecorded(customer, item, "ADMINISTRATIVE_PENALTY",
                LocalDate.now().minusDays(3), "SAMR", "NEGATIVE", new BigDecimal("20000.00"), null, "fine");
        kafka.publish(EventTypes.CUSTOMER_SOFT_INFORMATION_RECORDED, customer, penalty);
        kafka.publish(EventTypes.CUSTOMER_SOFT_INFORMATION_RECORDED, customer, penalty); // new ce id, same item
        Ratings.awaitRatingCausedBy(customer, item);
        String marker = kafka.publish(EventTypes.CUSTOMER_STATEMENT_FILED, customer,
                Statements.bbbManufacturer(customer, LocalDate.of(2026, 3, 31), 1));
        List<Map<String, Object>> history = Ratings.awaitRatingCausedBy(customer, marker);
        assertEquals(1, history.stream().filter(r -> item.toString().equals(r.get("causeId"))).count());
        assertEquals(3, history.size());
    }
}
