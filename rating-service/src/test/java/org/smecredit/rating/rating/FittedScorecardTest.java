package org.smecredit.rating.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.rating.config.RatingModels;
import org.smecredit.rating.scorecard.ScorecardModel;

/**
 * Pins the arithmetic of the committed model fin-scorecard-1.0.0 (retraining to a new version means revisiting these
 * numbers on purpose): points per bin, base points, grade boundaries, the PD floor.
 */
class FittedScorecardTest {
    static final FittedScorecard SCORECARD = RatingModels.load("models");
    static final ScorecardModel MODEL = SCORECARD.model();

    /** net margin 0.06, interest cover 4.0, current ratio 1.20, equity/assets 0.40. */
    static Financials manufacturer(String interestExpense, String netProfit, String currentLiabilities) {
        return new Financials(bd("10000000.00"), bd("6000000.00"), bd("3000000.00"), bd(currentLiabilities),
                bd("15000000.00"), bd("1200000.00"), bd(netProfit), bd(interestExpense), bd("1100000.00"),
                bd("4000000.00"));
    }

    @Test
    void scoresBasePointsPlusThePointsOfEachFactorsBin() {
        ModelScore s = SCORECARD.score(manufacturer("300000.00", "900000.00", "2500000.00"));
        Map<String, Integer> points = s.drivers().stream().collect(Collectors.toMap(Driver::factor, Driver::points));
        // net margin 0.06 in [0.0586, 0.2117) → 8; cover 4.0 ≥ −0.006 → 16; current 1.2 in [1.1336, 1.2959) → 3;
        // equity/assets 0.40 in [0.3776, 0.5241) → 2
        assertEquals(Map.of("NET_MARGIN", 8, "INTEREST_COVERAGE", 16, "CURRENT_RATIO", 3, "EQUITY_TO_TOTAL_ASSETS", 2),
                points);
        assertEquals(15, MODEL.basePoints());
        assertEquals(15 + 8 + 16 + 3 + 2, s.score());
        assertEquals("fin-scorecard-1.0.0", s.modelVersion());
        // the most points lost first
        assertEquals("CURRENT_RATIO", s.drivers().get(0).factor());
        assertEquals(0, new BigDecimal("1.2000").compareTo(s.drivers().get(0).value()));
        assertEquals(7, s.drivers().get(0).maxPoints());
    }

    @Test
    void aZeroDenominatorFallsInTheMissingBin() {
        ModelScore s = SCORECARD.score(manufacturer("0.00", "900000.00", "2500000.00"));
        Driver cover = s.drivers().stream().filter(d -> d.factor().equals("INTEREST_COVERAGE")).findFirst().orElseThrow();
        assertNull(cover.value());
        assertEquals(6, cover.points(), "interest cover's missing bin is held neutral (WoE 0)");
        assertEquals(15 + 8 + 6 + 3 + 2, s.score());
    }

    @Test
    void heavyTailsLandInTheOuterBinAndAreReportedCapped() {
        // net margin 1,000: the top bin, reported at the training 99th percentile
        ModelScore s = SCORECARD.score(new Financials(bd("10000000.00"), bd("6000000.00"), bd("3000000.00"),
                bd("2500000.00"), bd("1000.00"), bd("1200000.00"), bd("1000000.00"), bd("300000.00"),
                bd("1100000.00"), bd("4000000.00")));
        Driver margin = s.drivers().stream().filter(d -> d.factor().equals("NET_MARGIN")).findFirst().orElseThrow();
        assertEquals(10, margin.points());
        assertEquals(BigDecimal.valueOf(MODEL.factors().get(0).upperCap()).setScale(4, RoundingMode.HALF_UP), margin.value());
    }

    @ParameterizedTest
    @CsvSource({"100, AAA", "92, AAA", "91, AA", "60, BB+", "59, BB", "52, BB", "51, BB-", "44, BB-", "43, B+",
            "12, CCC", "11, C", "0, C"})
    void gradeBoundaries(int score, String grade) {
        assertEquals(grade, SCORECARD.masterScale().forScore(score).code());
    }

    @Test
    void masterScaleHasTwelvePerformingGradesAndDefaultWithPdsRisingFromTheFloor() {
        MasterScale scale = SCORECARD.masterScale();
        assertEquals(13, scale.grades().size());
        assertEquals("D", scale.grades().get(12).code());
        assertEquals(0, MasterScale.PD_FLOOR.compareTo(scale.grades().get(0).pd()), "AAA sits on the 0.03 % floor");
        assertEquals(0, new BigDecimal("0.0161").compareTo(scale.forScore(44).pd()));
    }

    @Test
    void modelPdIsFlooredAtThreeBasisPointsAndFallsWithTheScore() {
        // raw calibrated PD at 100 is exp(−(−0.00847 − 8.6393)) ≈ 0.018 %, below the floor
        assertEquals(0.0003, MODEL.pd(100), 1e-12);
        for (int s = 1; s <= 100; s++) {
            assertTrue(MODEL.pd(s) <= MODEL.pd(s - 1), "PD must not rise with the score at " + s);
        }
        assertEquals(1 / (1 + Math.exp(-(-0.00847 - 0.086393 * 44))), MODEL.pd(44), 1e-12);
    }

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }
}
