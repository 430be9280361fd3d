package org.smecredit.collections;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smecredit.collections.proposals.DecideProposalRequest;
import org.smecredit.collections.proposals.ProposalKind;
import org.smecredit.collections.proposals.ProposalService;
import org.smecredit.collections.proposals.ProposeWriteOffRequest;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.Topics;
import org.smecredit.contracts.corebanking.v1.RepaymentReceived;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.platform.security.Actor;
import org.smecredit.platform.testing.CloudEventsKafka;

import io.quarkus.vertx.VertxContextSupport;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Test data ("mother" methods) and drivers shared by the component tests. The broker is shared with other
 * services' tests: everything here is keyed by fresh loan ids and filtered by them.
 */
public final class CollectionsTestSupport {
    public static final String SERVICE = "collections-service";
    public static final Duration WAIT = Duration.ofSeconds(60);
    public static final List<String> OFFICERS = List.of("col.wang.fang", "col.zhao.lei", "col.chen.jing");
    /** The contract sample's default: 1,000,000.00 principal + 10,912.50 overdue interest. */
    public static final BigDecimal PRINCIPAL = new BigDecimal("1000000.00");
    public static final BigDecimal OVERDUE_INTEREST = new BigDecimal("10912.50");
    public static final BigDecimal EAD = new BigDecimal("1010912.50");

    private CollectionsTestSupport() {
    }

    /** REST Assured with JSON numbers read as BigDecimal, so money compares exactly. */
    public static RequestSpecification api() {
        return RestAssured.given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .contentType(ContentType.JSON);
    }

    /** A loan that defaulted on {@code defaultDate} with the sample exposure. */
    public static LoanDefaulted defaulted(UUID loanId, LocalDate defaultDate) {
        return new LoanDefaulted(loanId, UUID.randomUUID(), defaultDate, 91, LoanCategory.SUBSTANDARD, "CNY",
                PRINCIPAL, OVERDUE_INTEREST);
    }

    public static RepaymentReceived repayment(UUID loanId, String amount, LocalDate valueDate) {
        return new RepaymentReceived(UUID.randomUUID(), loanId, new BigDecimal(amount), "CNY", valueDate,
                "CB-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public static Map<String, Object> manualRecovery(String amount, LocalDate valueDate) {
        return Map.of("amount", new BigDecimal(amount), "valueDate", valueDate.toString(),
                "reference", "guarantor transfer " + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Publishes a default and waits until its case is readable; returns the case id. */
    public static String openCase(CloudEventsKafka kafka, LoanDefaulted d) {
        kafka.publish(EventTypes.MONITORING_LOAN_DEFAULTED, d.loanId(), d);
        return awaitCaseOf(d.loanId());
    }

    /** Waits until the loan has a case (the caller's test identity must be allowed to read cases). */
    public static String awaitCaseOf(UUID loanId) {
        await().atMost(WAIT).pollInSameThread().pollInterval(Duration.ofMillis(250))
                .until(() -> casesOf(loanId).size() >= 1);
        return String.valueOf(casesOf(loanId).get(0).get("id"));
    }

    public static List<Map<String, Object>> casesOf(UUID loanId) {
        return api().queryParam("loanId", loanId).get("/api/cases")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    public static List<Map<String, Object>> recoveriesOf(String caseId) {
        return api().get("/api/cases/" + caseId + "/recoveries")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Publishes a record that is not JSON and waits for it on this service's dead-letter topic; returns its id. */
    public static String publishPoisonAndAwaitDeadLetter(CloudEventsKafka kafka, String topic, String type, Object key) {
        String id = UUID.randomUUID().toString();
        kafka.publish(topic, type, String.valueOf(key), id, "{\"this is\": not json");
        kafka.await(Topics.deadLetter(SERVICE), r -> String.valueOf(key).equals(r.key()) && id.equals(r.id()), WAIT);
        return id;
    }

    /**
     * A barrier on one partition: events are consumed in order per key, so once a poison record published after
     * them has reached the dead-letter topic, every earlier record with that key has been processed.
     */
    public static void awaitProcessedUpTo(CloudEventsKafka kafka, String topic, String type, Object key) {
        publishPoisonAndAwaitDeadLetter(kafka, topic, type, key);
    }

    public static final Actor PROPOSER = new Actor("col.wang.fang", Set.of("collections-officer"), null);
    public static final Actor APPROVER = new Actor("risk.zhou", Set.of("risk-manager"), null);

    /**
     * Writes a case off the four-eyes way, proposed by {@link #PROPOSER} and approved by {@link #APPROVER}, through
     * the service (one @TestSecurity identity per test cannot play both people over REST).
     */
    public static void writeOffFourEyes(ProposalService proposals, String caseId) {
        UUID id = UUID.fromString(caseId);
        try {
            VertxContextSupport.subscribeAndAwait(() -> proposals.proposeWriteOff(id,
                    new ProposeWriteOffRequest("borrower liquidated"), PROPOSER));
            VertxContextSupport.subscribeAndAwait(() -> proposals.decide(id, ProposalKind.WRITE_OFF,
                    new DecideProposalRequest(true, "committee CC-2027-040"), APPROVER));
        } catch (Throwable e) {
            throw new AssertionError("four-eyes write-off of case " + caseId + " failed", e);
        }
    }
}
