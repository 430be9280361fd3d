package org.smecredit.monitoring.signal;

import java.util.List;

/**
 * Rating downgrades on rating-service's master scale (best to worst; D is default). Pure. The list mirrors
 * rating-service's {@code MasterScale}; a grade it does not know is not judged.
 */
public final class RatingDowngrade {
    static final List<String> MASTER_SCALE = List.of("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "D");
    static final String DEFAULT_GRADE = "D";

    private RatingDowngrade() {
    }

    /** Notches from {@code previous} down to {@code grade}: positive for a downgrade, 0 or less otherwise. */
    public static int notches(String previous, String grade) {
        if (previous == null || grade == null) {
            return 0;
        }
        int from = MASTER_SCALE.indexOf(previous);
        int to = MASTER_SCALE.indexOf(grade);
        if (from < 0 || to < 0) {
            return 0;
        }
        return to - from;
    }

    /** HIGH from {@code highNotches} notches down or into default, MEDIUM below; null when it is no downgrade. */
    public static Severity severity(String previous, String grade, int highNotches) {
        int n = notches(previous, grade);
        if (n <= 0) {
            return null;
        }
        return n >= highNotches || DEFAULT_GRADE.equals(grade) ? Severity.HIGH : Severity.MEDIUM;
    }
}
