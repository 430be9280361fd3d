package org.smecredit.rating.qualitative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The qualitative module's points, one factor at a time, and the combination rule (weight 0.5, 8 points a notch, ±2). */
class QualitativeScorecardTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static SoftItem item(String kind, String observedOn, String assessment, String amount, Map<String, String> attrs) {
        return new SoftItem(kind, LocalDate.parse(observedOn), assessment, amount == null ? null : new BigDecimal(amount),
                attrs);
    }

    static int points(QualitativeAssessment a, String factor) {
        return a.factors().stream().filter(f -> f.factor().equals(factor)).findFirst().orElseThrow().points();
    }

    @ParameterizedTest(name = "tax grade {0} -> {1}")
    @CsvSource({"A, 8", "B, 4", "M, 0", "C, -8", "D, -16"})
    void taxCreditGradePoints(String grade, int expected) {
        var a = QualitativeScorecard.assess(null, null,
                List.of(item("TAX_PAYMENT", "2026-04-30", "NEUTRAL", null, Map.of("taxGrade", grade))), AS_OF);
        assertEquals(expected, points(a, "TAX_GRADE"));
    }

    @Test
    void theLatestTaxGradeCountsAndItemsAfterTheRatingDateDoNot() {
        var a = QualitativeScorecard.assess(null, null, List.of(
                item("TAX_PAYMENT", "2026-04-30", "POSITIVE", null, Map.of("taxGrade", "A")),
                item("TAX_PAYMENT", "2025-04-30", "NEGATIVE", null, Map.of("taxGrade", "D")),
                item("TAX_PAYMENT", "2026-07-01", "NEGATIVE", null, Map.of("taxGrade", "D"))), AS_OF);
        assertEquals(8, points(a, "TAX_GRADE"));
    }

    @ParameterizedTest(name = "latest tax record {0} amount {1} -> {2}")
    @CsvSource({"NEGATIVE, 120000.00, -8", "NEGATIVE, 0.00, 0", "NEGATIVE, , 0", "POSITIVE, 120000.00, 0"})
    void taxArrears(String assessment, String amount, int expected) {
        var a = QualitativeScorecard.assess(null, null,
                List.of(item("TAX_PAYMENT", "2026-03-31", assessment, amount, null)), AS_OF);
        assertEquals(expected, points(a, "TAX_ARREARS"));
    }

    @ParameterizedTest(name = "payments {0} -> {1}")
    @CsvSource({
            "'POSITIVE', 0",                          // a single record proves no regularity
            "'POSITIVE,POSITIVE', 4",
            "'POSITIVE,NEGATIVE', -4",
            "'NEGATIVE,NEGATIVE,NEGATIVE,NEGATIVE', -12", // floored at -12
            "'NEUTRAL,POSITIVE', 0"})
    void paymentRegularityOverTwentyFourMonths(String assessments, int expected) {
        List<SoftItem> items = java.util.Arrays.stream(assessments.split(","))
                .map(s -> item("UTILITY_PAYMENT", "2026-01-31", s, null, null)).toList();
        assertEquals(expected, points(QualitativeScorecard.assess(null, null, items, AS_OF), "PAYMENT_REGULARITY"));
    }

    @Test
    void paymentRecordsOlderThanTwentyFourMonthsAreIgnored() {
        var a = QualitativeScorecard.assess(null, null,
                List.of(item("SOCIAL_INSURANCE_PAYMENT", "2024-06-30", "NEGATIVE", null, null)), AS_OF);
        assertEquals(0, points(a, "PAYMENT_REGULARITY"));
    }

    @ParameterizedTest(name = "established {0} -> {1}")
    @CsvSource({"2025-01-01, -8", "2024-07-01, -8", "2024-06-30, -4", "2021-07-01, -4", "2021-06-30, 0",
            "2016-06-30, 4", "2011-03-15, 4"})
    void yearsInBusiness(String established, int expected) {
        var a = QualitativeScorecard.assess(LocalDate.parse(established), null, List.of(), AS_OF);
        assertEquals(expected, points(a, "YEARS_IN_BUSINESS"));
    }

    @ParameterizedTest(name = "owner credit {0} -> {1}")
    @CsvSource({"POSITIVE, 4", "NEUTRAL, 0", "NEGATIVE, -12"})
    void ownerCredit(String assessment, int expected) {
        var a = QualitativeScorecard.assess(null, null,
                List.of(item("OWNER_PERSONAL_CREDIT", "2026-05-01", assessment, null, null)), AS_OF);
        assertEquals(expected, points(a, "OWNER_CREDIT"));
    }

    @Test
    void courtRecordsOfThirtySixMonthsFlooredAtMinusTwentyFour() {
        assertEquals(-16, points(QualitativeScorecard.assess(null, null,
                List.of(item("COURT_JUDGMENT", "2025-01-01", "NEGATIVE", "50000.00", null)), AS_OF), "COURT_RECORDS"));
        assertEquals(-8, points(QualitativeScorecard.assess(null, null,
                List.of(item("ADMINISTRATIVE_PENALTY", "2025-01-01", "NEGATIVE", null, null)), AS_OF), "COURT_RECORDS"));
        assertEquals(-24, points(QualitativeScorecard.assess(null, null, List.of(
                item("COURT_JUDGMENT", "2025-01-01", "NEGATIVE", null, null),
                item("COURT_JUDGMENT", "2026-01-01", "NEGATIVE", null, null)), AS_OF), "COURT_RECORDS"));
        assertEquals(0, points(QualitativeScorecard.assess(null, null, List.of(
                item("COURT_JUDGMENT", "2023-06-30", "NEGATIVE", null, null),
                item("COURT_JUDGMENT", "2026-01-01", "POSITIVE", null, null)), AS_OF), "COURT_RECORDS"));
    }

    @ParameterizedTest(name = "industry {0} -> {1}")
    @CsvSource({"E47, -4", "K70, -4", "B06, -4", "D44, 2", "Q83, 2", "C13, 0", "F51, 0"})
    void industryRisk(String code, int expected) {
        assertEquals(expected, points(QualitativeScorecard.assess(null, code, List.of(), AS_OF), "INDUSTRY_RISK"));
    }

    @Test
    void withoutEvidenceEveryFactorIsNeutralAndNothingMoves() {
        var a = QualitativeScorecard.assess(null, null, List.of(), AS_OF);
        assertEquals(7, a.factors().size());
        assertEquals(0, a.points());
        assertEquals(0, a.notches());
        a.factors().forEach(f -> assertEquals("no evidence", f.evidence()));
    }

    @ParameterizedTest(name = "points {0} -> weighted {1}, notches {2}")
    @CsvSource({
            "0, 0.0, 0",
            "15, 7.5, 0",      // less than one doubling of the odds after weighting: no notch
            "16, 8.0, 1",
            "-15, -7.5, 0",
            "-16, -8.0, -1",
            "-31, -15.5, -1",  // truncated towards zero
            "-32, -16.0, -2",
            "-56, -28.0, -2",  // bounded at two notches
            "24, 12.0, 1"})
    void combinationIsHalfWeightEightPointsANotchBoundedAtTwo(int points, String weighted, int notches) {
        assertEquals(notches, QualitativeScorecard.notches(points));
        assertEquals(new BigDecimal(weighted), QualitativeScorecard.WEIGHT.multiply(BigDecimal.valueOf(points))
                .setScale(1));
    }

    @Test
    void aFirmWithTaxGradeDArrearsAndAJudgmentLosesTwoNotches() {
        var a = QualitativeScorecard.assess(LocalDate.of(2011, 3, 15), "C13", List.of(
                item("TAX_PAYMENT", "2026-04-30", "NEGATIVE", "80000.00", Map.of("taxGrade", "D")),
                item("COURT_JUDGMENT", "2026-02-01", "NEGATIVE", "200000.00", null)), AS_OF);
        // D -16, arrears -8, years +4, judgment -16 = -36 -> weighted -18 -> trunc(-18/8) = -2
        assertEquals(-36, a.points());
        assertEquals(new BigDecimal("-18.0"), a.weightedPoints());
        assertEquals(-2, a.notches());
    }
}
