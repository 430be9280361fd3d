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

    /** The contract sample with this customer, a fresh rating id and the given grade and PD. */
    public static RatingAssigned rating(UUID customerId, String grade, String pd) {
        RatingAssigned sample = CloudEventsKafka.JSON.convertValue(
                readTree(sample("rating.assigned.v1")), RatingAssigned.class);
        return new RatingAssigned(UUID.randomUUID(), customerId, grade, new BigDecimal(pd), sample.score(),
                sample.modelVersion(), sample.trigger(), LocalDate.now(), sample.statementId(), sample.drivers());
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
