package org.smecredit.rating.rating;

import java.math.BigDecimal;

/** A grade of the master scale; {@code minScore}/{@code maxScore} are null for the default grade. */
public record GradeView(String grade, Integer minScore, Integer maxScore, BigDecimal pd, boolean defaulted) {
    static GradeView of(Grade g) {
        return new GradeView(g.code(), g.minScore(), g.maxScore(), g.pd(), g.defaulted());
    }
}
