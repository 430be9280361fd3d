package org.smecredit.origination.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.GuaranteeLinked;
import org.smecredit.contracts.customer.v1.StatementFiled;
import org.smecredit.contracts.monitoring.v1.LoanClassified;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.platform.testing.CloudEventsKafka;
import org.smecredit.platform.testing.Fixtures;

/**
 * Mother of the events origination consumes. Ratings start from the contract's own sample
 * ({@code contracts/src/test/resources/samples/rating.assigned.v1.json}), so the consumer is tested on the shape
 * the producer promises.
 */
public final class Borrowers {
    private Borrowers() {
    }

    /** The contract sample of an event type, read from the contracts module beside this one. */
    public static String sample(String type) {
        try {
            return Files.readString(Path.of("..", "contracts", "src", "test", "resources", "samples", type + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CustomerRegistered registered(UUID customerId) {
        return new CustomerRegistered(customerId, Fixtures.randomUscc(), "Hunan Xiangjiang Precision Machinery Co., Ltd.",
                "C34", "430100", 120, LocalDate.of(2011, 4, 18), "rm.li");
    }

    /**
     * Last year's audited statement; revenue CNY 39,000,000 = EUR 5m at 7.80, the Basel II Annex 5 SME column
     * (S = 5), so the firm-size adjustment is the full 0.04.
     */
    public static StatementFiled statement(UUID customerId, LocalDate periodEnd) {
        return new StatementFiled(customerId, UUID.randomUUID(), periodEnd, 1, true, "CNY",
                new BigDecimal("60000000.00"), new BigDecimal("24000000.00"), new BigDecimal("36000000.00"),
                new BigDecimal("30000000.00"), new BigDecimal("12000000.00"), new BigDecimal("39000000.00"),
                new BigDecimal("4000000.00"), new BigDecimal("3000000.00"), new BigDecimal("500000.00"),
                new BigDecimal("3500000.00"));
    }

    /** The guarantor guarantees the borrower; both sit in a circle of these members. */
    public static GuaranteeLinked guarantee(UUID guarantor, UUID borrower, java.util.List<UUID> circle) {
        return new GuaranteeLinked(UUID.randomUUID(), guarantor, borrower, new BigDecimal("2000000.00"),
                LocalDate.now().minusMonths(1), LocalDate.now().plusYears(2), circle, circle.size() > 2);
    }

    /**
     * The contract sample with this customer, a fresh rating id and the given grade and PD, dated tomorrow: a
     * rating-service test run on the same broker may rate a customer whose statement a test files, and its rating
     * (dated today) must not supersede the one the test sets.
     */
    public static RatingAssigned rating(UUID customerId, String grade, String pd) {
        RatingAssigned sample = CloudEventsKafka.JSON.convertValue(
                readTree(sample("rating.assigned.v1")), RatingAssigned.class);
        return new RatingAssigned(UUID.randomUUID(), customerId, grade, new BigDecimal(pd), sample.score(),
                sample.modelVersion(), sample.trigger(), LocalDate.now().plusDays(1), sample.statementId(),
                sample.drivers());
    }

    public static LoanClassified classified(UUID customerId, UUID loanId, LoanCategory category, int dpd) {
        return new LoanClassified(loanId, customerId, LocalDate.of(2026, 3, 1), LoanCategory.SPECIAL_MENTION, category,
                dpd, category.isNonPerforming() ? 3 : 2, new BigDecimal("120000.00"), new BigDecimal("800000.00"));
    }

    public static LoanDefaulted defaulted(UUID customerId, UUID loanId) {
        return new LoanDefaulted(loanId, customerId, LocalDate.of(2026, 4, 2), 91, LoanCategory.SUBSTANDARD, "CNY",
                new BigDecimal("750000.00"), new BigDecimal("18250.00"));
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return CloudEventsKafka.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
