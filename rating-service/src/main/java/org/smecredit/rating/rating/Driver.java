package org.smecredit.rating.rating;

import java.math.BigDecimal;

/**
 * One factor of a score: the ratio the model read (scale 4), the points it earned and the most it could earn.
 *
 * @param factor    stable factor name, e.g. {@code DEBT_TO_ASSETS}
 * @param value     the ratio, rounded to 4 decimals HALF_UP, capped (rule scorecard: ±999.9999; fitted scorecard:
 *                  the training 1st/99th percentiles); null when the ratio is undefined (zero denominator)
 * @param points    points contributed to the score
 * @param maxPoints the factor's weight: the points of its best band
 */
public record Driver(String factor, BigDecimal value, int points, int maxPoints) {

    /** Points the factor cost the obligor against its best band. */
    public int shortfall() {
        return maxPoints - points;
    }
}
