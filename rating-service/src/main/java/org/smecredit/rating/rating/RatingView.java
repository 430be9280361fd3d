package org.smecredit.rating.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smecredit.rating.qualitative.QualitativeAssessment;

/** A rating as the API shows it. */
public record RatingView(UUID id, UUID customerId, int score, String modelGrade, int downgradeNotches, String grade,
                         BigDecimal pd, String modelVersion, RatingTrigger trigger, UUID causeId, UUID statementId,
                         List<DriverView> drivers, LocalDate ratedOn, Instant ratedAt, String ratedBy,
                         String previousGrade, BigDecimal modelPd, Map<String, BigDecimal> inputs,
                         QualitativeAssessment qualitative) {

    /** One factor: its ratio, the points it earned and its weight (the points of its best band). */
    public record DriverView(String factor, BigDecimal value, int points, int maxPoints) {
        static DriverView of(Driver d) {
            return new DriverView(d.factor(), d.value(), d.points(), d.maxPoints());
        }
    }
}
