package org.smecredit.contracts.rating.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A customer received a rating (a new row of its rating history). Key: customerId. */
public record RatingAssigned(
        UUID ratingId,
        UUID customerId,
        /** Master-scale grade, e.g. "BBB"; "D" is default. */
        String grade,
        /** One-year probability of default as a decimal (0.0150 = 1.5 %), floored at 0.0003 (Basel). */
        BigDecimal pd,
        int score,
        String modelVersion,
        /** What caused the rating: STATEMENT_FILED, EARLY_WARNING, ANNUAL_REVIEW, OVERRIDE. */
        String trigger,
        LocalDate ratedOn,
        /** The statement the rating used, if any. */
        UUID statementId,
        List<Driver> drivers,
        /** The grade of the customer's rating before this one; null for a first rating (optional, added in v1). */
        String previousGrade) {

    /** The v1 shape before {@code previousGrade} was added: kept so existing producers and tests still compile. */
    public RatingAssigned(UUID ratingId, UUID customerId, String grade, BigDecimal pd, int score, String modelVersion,
                          String trigger, LocalDate ratedOn, UUID statementId, List<Driver> drivers) {
        this(ratingId, customerId, grade, pd, score, modelVersion, trigger, ratedOn, statementId, drivers, null);
    }

    /** One factor of the score: its input value and the points it contributed. */
    public record Driver(String factor, BigDecimal value, int points) {
    }
}
