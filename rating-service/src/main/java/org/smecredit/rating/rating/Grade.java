package org.smecredit.rating.rating;

import java.math.BigDecimal;

/**
 * One grade of the master scale.
 *
 * @param code      e.g. {@code BBB}; {@code D} is default
 * @param minScore  lowest score of the grade (inclusive); null for default, which no score reaches
 * @param maxScore  highest score of the grade (inclusive); null for default
 * @param pd        one-year probability of default, a decimal (0.0030 = 0.30 %)
 * @param defaulted whether the grade is the default grade
 */
public record Grade(String code, Integer minScore, Integer maxScore, BigDecimal pd, boolean defaulted) {

    boolean contains(int score) {
        return !defaulted && score >= minScore && score <= maxScore;
    }
}
