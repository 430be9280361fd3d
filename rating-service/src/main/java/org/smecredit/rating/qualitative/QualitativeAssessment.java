package org.smecredit.rating.qualitative;

import java.math.BigDecimal;
import java.util.List;

/**
 * The qualitative module's result, stored on the rating: each factor with its evidence and points, the total, the
 * weight it gets against the financial model and the notches that follow (see {@link QualitativeScorecard}).
 *
 * @param points         sum of the factor points (scorecard units: 8 points double the good:bad odds)
 * @param weight         weight of the qualitative points in the combined log-odds (the financial score has 1)
 * @param weightedPoints {@code weight × points}
 * @param notches        grades moved from the financial model grade: + better, − worse, within ±{@code maxNotches}
 */
public record QualitativeAssessment(List<Factor> factors, int points, BigDecimal weight, BigDecimal weightedPoints,
                                    int notches, int maxNotches) {

    /** One factor: the evidence read (e.g. "taxGrade A (2026-04-30)", or "no evidence") and its points. */
    public record Factor(String factor, String evidence, int points) {
    }
}
