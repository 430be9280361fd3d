package org.smecredit.rating.rating;

/**
 * A rating model: turns a customer's financial statement into a score of 0..100 and the drivers behind it. The
 * {@link MasterScale} maps the score to a grade and PD. Today's implementation is the transparent
 * {@link RuleScorecard}; a fitted (statistical) scorecard replaces it behind this interface, with its own version.
 */
public interface RatingModel {

    /** Recorded on every rating so that a rating can be traced to the model that produced it. */
    String modelVersion();

    ModelScore score(Financials financials);
}
