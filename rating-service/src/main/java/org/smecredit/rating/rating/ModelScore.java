package org.smecredit.rating.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a rating model says about one statement.
 *
 * @param score        0..100, higher is better
 * @param drivers      every factor, the most adverse first
 * @param modelVersion the version of the model that produced it
 * @param modelPd      the model's own calibrated PD of the score (floored), scale 8; null when the model has none
 */
public record ModelScore(int score, List<Driver> drivers, String modelVersion, BigDecimal modelPd) {

    public ModelScore(int score, List<Driver> drivers, String modelVersion) {
        this(score, drivers, modelVersion, null);
    }

    public ModelScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be within 0..100: " + score);
        }
        drivers = List.copyOf(drivers);
    }
}
