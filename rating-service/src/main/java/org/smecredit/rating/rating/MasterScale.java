package org.smecredit.rating.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The bank's master scale: performing grades from best to worst, each a contiguous band of scores 0..100 with a
 * one-year PD, then the default grade {@code D} (PD 1), which no score reaches: default is an event (Basel II
 * ¶452: 90 days past due or unlikely to pay), assigned by the default process, not by the scorecard or by notching.
 *
 * <p>Every PD is at least {@link #PD_FLOOR}, 0.03 % (Basel II ¶285: the PD of a corporate exposure is at least
 * 0.03 %), and PDs rise strictly from grade to grade. The construction checks both, and that the score bands cover
 * 0..100 without gap or overlap. The PDs below are expert calibration of the rule scorecard, to be recalibrated
 * with the fitted model.
 */
public final class MasterScale {
    /** Basel II ¶285 (CRE32.3, 2019 version): PD floor of 0.03 % for corporate and bank exposures. */
    public static final BigDecimal PD_FLOOR = new BigDecimal("0.0003");
    public static final String DEFAULT_GRADE = "D";

    private static final MasterScale STANDARD = new MasterScale(List.of(
            new Grade("AAA", 90, 100, new BigDecimal("0.0003"), false),
            new Grade("AA", 80, 89, new BigDecimal("0.0006"), false),
            new Grade("A", 70, 79, new BigDecimal("0.0012"), false),
            new Grade("BBB", 60, 69, new BigDecimal("0.0030"), false),
            new Grade("BB", 50, 59, new BigDecimal("0.0080"), false),
            new Grade("B", 40, 49, new BigDecimal("0.0200"), false),
            new Grade("CCC", 30, 39, new BigDecimal("0.0600"), false),
            new Grade("CC", 20, 29, new BigDecimal("0.1500"), false),
            new Grade("C", 0, 19, new BigDecimal("0.3000"), false),
            new Grade(DEFAULT_GRADE, null, null, BigDecimal.ONE, true)));

    private final List<Grade> grades;

    /** @param grades performing grades best first (highest scores first), then exactly one default grade */
    public MasterScale(List<Grade> grades) {
        this.grades = List.copyOf(grades);
        validate(this.grades);
    }

    public static MasterScale standard() {
        return STANDARD;
    }

    /** All grades, best first, default last. */
    public List<Grade> grades() {
        return grades;
    }

    /** The performing grade whose band holds {@code score} (0..100). */
    public Grade forScore(int score) {
        return grades.stream().filter(g -> g.contains(score)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("score outside 0..100: " + score));
    }

    public Optional<Grade> byCode(String code) {
        return grades.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /**
     * The grade {@code notches} steps worse than {@code grade}. Notching stops at the worst performing grade: it
     * never produces default. A defaulted grade stays defaulted.
     */
    public Grade downgrade(Grade grade, int notches) {
        if (notches < 0) {
            throw new IllegalArgumentException("notches cannot be negative: " + notches);
        }
        int index = grades.indexOf(grade);
        if (index < 0) {
            throw new IllegalArgumentException("grade not on this scale: " + grade.code());
        }
        if (grade.defaulted()) {
            return grade;
        }
        int worstPerforming = grades.size() - 2;
        return grades.get(Math.min(index + notches, worstPerforming));
    }

    /**
     * The performing grade {@code gradesWorse} steps from {@code grade} (negative = better), clamped to the best and
     * the worst performing grade: notching never produces default, nor lifts a defaulted grade.
     */
    public Grade notch(Grade grade, int gradesWorse) {
        int index = grades.indexOf(grade);
        if (index < 0) {
            throw new IllegalArgumentException("grade not on this scale: " + grade.code());
        }
        if (grade.defaulted()) {
            return grade;
        }
        int worstPerforming = grades.size() - 2;
        return grades.get(Math.max(0, Math.min(index + gradesWorse, worstPerforming)));
    }

    private static void validate(List<Grade> grades) {
        if (grades.size() < 2) {
            throw new IllegalArgumentException("a master scale needs performing grades and a default grade");
        }
        Grade last = grades.get(grades.size() - 1);
        if (!last.defaulted() || last.pd().compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("the last grade must be the default grade, with PD 1");
        }
        int expectedMax = 100;
        BigDecimal previousPd = null;
        for (int i = 0; i < grades.size(); i++) {
            Grade g = grades.get(i);
            if (g.pd().compareTo(PD_FLOOR) < 0) {
                throw new IllegalArgumentException("PD of " + g.code() + " below the 0.03 % floor: " + g.pd());
            }
            if (previousPd != null && g.pd().compareTo(previousPd) <= 0) {
                throw new IllegalArgumentException("PDs must rise from grade to grade; " + g.code() + " has " + g.pd());
            }
            previousPd = g.pd();
            if (i == grades.size() - 1) {
                break;
            }
            if (g.defaulted()) {
                throw new IllegalArgumentException("only the last grade may be the default grade: " + g.code());
            }
            if (g.maxScore() == null || g.minScore() == null || g.maxScore() != expectedMax || g.minScore() > g.maxScore()) {
                throw new IllegalArgumentException("score bands must be contiguous from 100 down; " + g.code()
                        + " should end at " + expectedMax);
            }
            expectedMax = g.minScore() - 1;
        }
        if (expectedMax != -1) {
            throw new IllegalArgumentException("score bands must reach 0; the worst performing grade ends at "
                    + (expectedMax + 1));
        }
    }
}
