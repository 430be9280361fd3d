package org.smecredit.monitoring.classification;

import java.util.List;
import java.util.OptionalInt;

/**
 * The bank's master rating scale as monitoring reads grades, best first: the same order as rating-service's
 * {@code MasterScale.standard()} (AAA, AA, A, BBB, BB, B, CCC, CC, C, then the default grade D). A notch is one step
 * on this scale. Pure.
 */
public final class GradeScale {
    /** Best first; D (default) last. */
    public static final List<String> GRADES = List.of("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "D");

    private GradeScale() {
    }

    /**
     * Notches from {@code atOrigination} down to {@code current} (negative for an upgrade); empty when either grade
     * is missing or not on the scale, in which case no downgrade can be established.
     */
    public static OptionalInt notchesDown(String atOrigination, String current) {
        if (atOrigination == null || current == null) {
            return OptionalInt.empty();
        }
        int from = GRADES.indexOf(atOrigination);
        int to = GRADES.indexOf(current);
        if (from < 0 || to < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(to - from);
    }

    /** The scale as a PostgreSQL text array literal, for {@code array_position} in the daily run's SQL. */
    public static String sqlArray() {
        return GRADES.stream().map(g -> "'" + g + "'").collect(java.util.stream.Collectors.joining(", ", "ARRAY[", "]::text[]"));
    }
}
