package org.smecredit.rating.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleScorecardTest {
    private final RuleScorecard scorecard = new RuleScorecard();

    /**
     * A medium manufacturer: debt/assets 0.60, current ratio 1.20, net margin 0.06, interest cover 4.0,
     * cash flow/liabilities 0.1833. Every factor is then replaced one at a time.
     */
    static final Financials BASE = new Financials(bd("10000000.00"), bd("6000000.00"), bd("3000000.00"),
            bd("2500000.00"), bd("15000000.00"), bd("1200000.00"), bd("900000.00"), bd("300000.00"),
            bd("1100000.00"));

    @ParameterizedTest(name = "liabilities {0} / assets {1} = {2} -> {3} points")
    @CsvSource({
            "400000.00, 1000000.00, 0.4000, 25",
            "400040.00, 1000000.00, 0.4000, 25",   // 0.40004 rounds to 0.4000: still the best band
            "400050.00, 1000000.00, 0.4001, 19",   // 0.40005 rounds HALF_UP to 0.4001
            "550000.00, 1000000.00, 0.5500, 19",
            "550100.00, 1000000.00, 0.5501, 12",
            "700000.00, 1000000.00, 0.7000, 12",
            "700100.00, 1000000.00, 0.7001, 5",
            "850000.00, 1000000.00, 0.8500, 5",
            "850100.00, 1000000.00, 0.8501, 0",
            "1200000.00, 1000000.00, 1.2000, 0",   // insolvent
            "0.00, 1000000.00, 0.0000, 25",        // debt-free
            "100.00, 0.00, 999.9999, 0",           // no assets: worst band
            "0.00, 0.00, 999.9999, 0"              // empty balance sheet: worst band
    })
    void scoresLeverageFromItsBands(String liabilities, String assets, String value, int points) {
        assertFactor("DEBT_TO_ASSETS", new Financials(bd(assets), bd(liabilities), BASE.currentAssets().min(bd(assets)),
                BASE.currentLiabilities(), BASE.revenue(), BASE.operatingProfit(), BASE.netProfit(), BASE.interestExpense(),
                BASE.operatingCashFlow()), value, points);
    }

    @ParameterizedTest(name = "current assets {0} / current liabilities {1} = {2} -> {3} points")
    @CsvSource({
            "2000000.00, 1000000.00, 2.0000, 20",
            "1999000.00, 1000000.00, 1.9990, 16",
            "1500000.00, 1000000.00, 1.5000, 16",
            "1499000.00, 1000000.00, 1.4990, 12",
            "1200000.00, 1000000.00, 1.2000, 12",
            "1199000.00, 1000000.00, 1.1990, 7",
            "1000000.00, 1000000.00, 1.0000, 7",
            "999000.00, 1000000.00, 0.9990, 3",
            "800000.00, 1000000.00, 0.8000, 3",
            "799000.00, 1000000.00, 0.7990, 0",
            "0.00, 1000000.00, 0.0000, 0",
            "500.00, 0.00, 999.9999, 20",          // nothing falls due within a year: best band
            "0.00, 0.00, 999.9999, 20"
    })
    void scoresLiquidityFromItsBands(String currentAssets, String currentLiabilities, String value, int points) {
        assertFactor("CURRENT_RATIO", new Financials(BASE.totalAssets(), BASE.totalLiabilities(), bd(currentAssets),
                bd(currentLiabilities), BASE.revenue(), BASE.operatingProfit(), BASE.netProfit(), BASE.interestExpense(),
                BASE.operatingCashFlow()), value, points);
    }

    @ParameterizedTest(name = "net profit {0} / revenue {1} = {2} -> {3} points")
    @CsvSource({
            "100000.00, 1000000.00, 0.1000, 15",
            "99900.00, 1000000.00, 0.0999, 12",
            "50000.00, 1000000.00, 0.0500, 12",
            "49900.00, 1000000.00, 0.0499, 8",
            "20000.00, 1000000.00, 0.0200, 8",
            "19900.00, 1000000.00, 0.0199, 4",
            "0.00, 1000000.00, 0.0000, 4",         // break-even
            "-100.00, 1000000.00, -0.0001, 0",
            "-5000000.00, 1000000.00, -5.0000, 0",
            "2000000000.00, 1.00, 999.9999, 15",   // clamped
            "100.00, 0.00, -999.9999, 0",          // no revenue: worst band, whatever the profit
            "-100.00, 0.00, -999.9999, 0"
    })
    void scoresProfitabilityFromItsBands(String netProfit, String revenue, String value, int points) {
        assertFactor("NET_MARGIN", new Financials(BASE.totalAssets(), BASE.totalLiabilities(), BASE.currentAssets(),
                BASE.currentLiabilities(), bd(revenue), BASE.operatingProfit(), bd(netProfit), BASE.interestExpense(),
                BASE.operatingCashFlow()), value, points);
    }

    @ParameterizedTest(name = "operating profit {0} / interest {1} = {2} -> {3} points")
    @CsvSource({
            "600000.00, 100000.00, 6.0000, 20",
            "599900.00, 100000.00, 5.9990, 16",
            "400000.00, 100000.00, 4.0000, 16",
            "399900.00, 100000.00, 3.9990, 12",
            "250000.00, 100000.00, 2.5000, 12",
            "249900.00, 100000.00, 2.4990, 7",
            "150000.00, 100000.00, 1.5000, 7",
            "149900.00, 100000.00, 1.4990, 3",
            "100000.00, 100000.00, 1.0000, 3",
            "99900.00, 100000.00, 0.9990, 0",
            "-50000.00, 100000.00, -0.5000, 0",
            "100.00, 0.00, 999.9999, 20",          // no interest expense: best band
            "-100.00, 0.00, 999.9999, 20"          // even at an operating loss (the margin factor sees the loss)
    })
    void scoresDebtServiceFromItsBands(String operatingProfit, String interest, String value, int points) {
        assertFactor("INTEREST_COVERAGE", new Financials(BASE.totalAssets(), BASE.totalLiabilities(), BASE.currentAssets(),
                BASE.currentLiabilities(), BASE.revenue(), bd(operatingProfit), BASE.netProfit(), bd(interest),
                BASE.operatingCashFlow()), value, points);
    }

    @ParameterizedTest(name = "operating cash flow {0} / liabilities {1} = {2} -> {3} points")
    @CsvSource({
            "400000.00, 1000000.00, 0.4000, 20",
            "399900.00, 1000000.00, 0.3999, 15",
            "250000.00, 1000000.00, 0.2500, 15",
            "249900.00, 1000000.00, 0.2499, 10",
            "150000.00, 1000000.00, 0.1500, 10",
            "149900.00, 1000000.00, 0.1499, 5",
            "50000.00, 1000000.00, 0.0500, 5",
            "49900.00, 1000000.00, 0.0499, 2",
            "0.00, 1000000.00, 0.0000, 2",
            "-100.00, 1000000.00, -0.0001, 0",
            "100.00, 0.00, 999.9999, 20"           // no liabilities: best band
    })
    void scoresCashFlowCoverFromItsBands(String cashFlow, String liabilities, String value, int points) {
        assertFactor("OPERATING_CASH_FLOW_TO_LIABILITIES", new Financials(BASE.totalAssets().max(bd(liabilities)),
                bd(liabilities), BASE.currentAssets(), BASE.currentLiabilities().min(bd(liabilities)), BASE.revenue(),
                BASE.operatingProfit(), BASE.netProfit(), BASE.interestExpense(), bd(cashFlow)), value, points);
    }

    @Test
    void scoresTheSumOfTheFactorPointsAndListsTheMostAdverseFactorFirst() {
        ModelScore s = scorecard.score(BASE);
        // 12 (0.60 leverage) + 12 (1.20 current) + 12 (0.06 margin) + 16 (4.0 cover) + 10 (0.1833 cash flow)
        assertEquals(62, s.score());
        assertEquals(List.of("DEBT_TO_ASSETS", "OPERATING_CASH_FLOW_TO_LIABILITIES", "CURRENT_RATIO",
                "INTEREST_COVERAGE", "NET_MARGIN"), s.drivers().stream().map(Driver::factor).toList());
        assertEquals(List.of(13, 10, 8, 4, 3), s.drivers().stream().map(Driver::shortfall).toList());
        assertEquals(new BigDecimal("0.1833"), s.drivers().get(1).value());
        assertEquals(s.score(), s.drivers().stream().mapToInt(Driver::points).sum());
        assertEquals(RuleScorecard.VERSION, s.modelVersion());
    }

    @Test
    void weighsTheFactorsTo100AndGivesASoundBorrowerFullMarks() {
        assertEquals(100, RuleScorecard.FACTORS.stream().mapToInt(RuleScorecard.Factor::maxPoints).sum());
        Financials sound = new Financials(bd("10000000.00"), bd("3000000.00"), bd("5000000.00"), bd("2000000.00"),
                bd("20000000.00"), bd("3000000.00"), bd("2500000.00"), bd("100000.00"), bd("1500000.00"));
        ModelScore s = scorecard.score(sound);
        assertEquals(100, s.score());
        // no shortfall anywhere: the table order is kept
        assertEquals(List.of("DEBT_TO_ASSETS", "CURRENT_RATIO", "NET_MARGIN", "INTEREST_COVERAGE",
                "OPERATING_CASH_FLOW_TO_LIABILITIES"), s.drivers().stream().map(Driver::factor).toList());
    }

    @Test
    void givesAnInsolventLossMakingBorrowerNoPoints() {
        Financials failing = new Financials(bd("1000000.00"), bd("1500000.00"), bd("200000.00"), bd("900000.00"),
                bd("800000.00"), bd("-300000.00"), bd("-400000.00"), bd("120000.00"), bd("-50000.00"));
        assertEquals(0, scorecard.score(failing).score());
    }

    @Test
    void refusesNegativeTotals() {
        assertThrows(IllegalArgumentException.class, () -> new Financials(
                bd("-1.00"), bd("0.00"), bd("0.00"), bd("0.00"), bd("0.00"), bd("0.00"), bd("0.00"), bd("0.00"),
                bd("0.00")));
    }

    private void assertFactor(String factor, Financials financials, String value, int points) {
        Driver d = scorecard.score(financials).drivers().stream()
                .filter(x -> x.factor().equals(factor)).findFirst().orElseThrow();
        assertEquals(new BigDecimal(value), d.value(), "value of " + factor);
        assertEquals(points, d.points(), "points of " + factor);
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }
}
