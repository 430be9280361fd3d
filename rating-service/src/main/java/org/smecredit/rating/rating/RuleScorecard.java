package org.smecredit.rating.rating;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A transparent, rule-based SME scorecard: five classic financial ratios, each scored from fixed bands, summed to a
 * score of 0..100. It is an expert rule set, not a fitted model: the bands follow common SME credit-analysis
 * thresholds and are meant to be replaced by a fitted scorecard (a new {@link RatingModel} version).
 *
 * <table>
 *   <caption>Factors and bands (a band applies from its bound on; the first matching band wins)</caption>
 *   <tr><th>factor</th><th>ratio</th><th>weight</th><th>bands → points</th><th>zero denominator</th></tr>
 *   <tr><td>DEBT_TO_ASSETS</td><td>total liabilities / total assets</td><td>25</td>
 *       <td>≤ 0.40 → 25, ≤ 0.55 → 19, ≤ 0.70 → 12, ≤ 0.85 → 5, else 0</td>
 *       <td>no assets: worst band (reported +999.9999)</td></tr>
 *   <tr><td>CURRENT_RATIO</td><td>current assets / current liabilities</td><td>20</td>
 *       <td>≥ 2.00 → 20, ≥ 1.50 → 16, ≥ 1.20 → 12, ≥ 1.00 → 7, ≥ 0.80 → 3, else 0</td>
 *       <td>nothing falls due within a year: best band (+999.9999)</td></tr>
 *   <tr><td>NET_MARGIN</td><td>net profit / revenue</td><td>15</td>
 *       <td>≥ 0.10 → 15, ≥ 0.05 → 12, ≥ 0.02 → 8, ≥ 0.00 → 4, else 0</td>
 *       <td>no revenue: worst band (−999.9999)</td></tr>
 *   <tr><td>INTEREST_COVERAGE</td><td>operating profit / interest expense</td><td>20</td>
 *       <td>≥ 6.0 → 20, ≥ 4.0 → 16, ≥ 2.5 → 12, ≥ 1.5 → 7, ≥ 1.0 → 3, else 0</td>
 *       <td>no interest expense: best band (+999.9999)</td></tr>
 *   <tr><td>OPERATING_CASH_FLOW_TO_LIABILITIES</td><td>operating cash flow / total liabilities</td><td>20</td>
 *       <td>≥ 0.40 → 20, ≥ 0.25 → 15, ≥ 0.15 → 10, ≥ 0.05 → 5, ≥ 0.00 → 2, else 0</td>
 *       <td>no liabilities: best band (+999.9999)</td></tr>
 * </table>
 *
 * <p>Each ratio is computed with 34 significant digits, rounded to 4 decimals HALF_UP and clamped to ±999.9999;
 * the band is chosen on that reported value, so a reader can reproduce every point by hand from the drivers.
 * Drivers are ordered by points lost against the factor's weight, the most adverse first (the "reason code"
 * convention of credit scoring); ties keep the table order.
 */
public final class RuleScorecard implements RatingModel {
    public static final String VERSION = "rule-scorecard-1";

    static final BigDecimal CAP = new BigDecimal("999.9999");
    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final int RATIO_SCALE = 4;

    enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /** A band: ratios at or beyond {@code bound} (in the factor's good direction) earn {@code points}. */
    record Band(BigDecimal bound, int points) {
        Band(String bound, int points) {
            this(new BigDecimal(bound), points);
        }
    }

    /**
     * One factor: how to read its numerator and denominator, its bands best first, the points of the worst band,
     * and the value that stands for the ratio when the denominator is zero.
     */
    record Factor(String name, Function<Financials, BigDecimal> numerator, Function<Financials, BigDecimal> denominator,
                  Direction direction, List<Band> bands, int worstPoints, BigDecimal whenDenominatorIsZero) {

        int maxPoints() {
            return bands.get(0).points();
        }

        BigDecimal ratio(Financials f) {
            BigDecimal den = denominator.apply(f);
            if (den.signum() == 0) {
                return whenDenominatorIsZero;
            }
            BigDecimal exact = numerator.apply(f).divide(den, PRECISION);
            return exact.max(CAP.negate()).min(CAP).setScale(RATIO_SCALE, RoundingMode.HALF_UP);
        }

        int points(BigDecimal value) {
            for (Band b : bands) {
                boolean inBand = direction == Direction.HIGHER_IS_BETTER
                        ? value.compareTo(b.bound()) >= 0
                        : value.compareTo(b.bound()) <= 0;
                if (inBand) {
                    return b.points();
                }
            }
            return worstPoints;
        }
    }

    static final List<Factor> FACTORS = List.of(
            new Factor("DEBT_TO_ASSETS", Financials::totalLiabilities, Financials::totalAssets,
                    Direction.LOWER_IS_BETTER,
                    List.of(new Band("0.40", 25), new Band("0.55", 19), new Band("0.70", 12), new Band("0.85", 5)),
                    0, CAP),
            new Factor("CURRENT_RATIO", Financials::currentAssets, Financials::currentLiabilities,
                    Direction.HIGHER_IS_BETTER,
                    List.of(new Band("2.00", 20), new Band("1.50", 16), new Band("1.20", 12), new Band("1.00", 7),
                            new Band("0.80", 3)),
                    0, CAP),
            new Factor("NET_MARGIN", Financials::netProfit, Financials::revenue,
                    Direction.HIGHER_IS_BETTER,
                    List.of(new Band("0.10", 15), new Band("0.05", 12), new Band("0.02", 8), new Band("0.00", 4)),
                    0, CAP.negate()),
            new Factor("INTEREST_COVERAGE", Financials::operatingProfit, Financials::interestExpense,
                    Direction.HIGHER_IS_BETTER,
                    List.of(new Band("6.0", 20), new Band("4.0", 16), new Band("2.5", 12), new Band("1.5", 7),
                            new Band("1.0", 3)),
                    0, CAP),
            new Factor("OPERATING_CASH_FLOW_TO_LIABILITIES", Financials::operatingCashFlow, Financials::totalLiabilities,
                    Direction.HIGHER_IS_BETTER,
                    List.of(new Band("0.40", 20), new Band("0.25", 15), new Band("0.15", 10), new Band("0.05", 5),
                            new Band("0.00", 2)),
                    0, CAP));

    static {
        int total = FACTORS.stream().mapToInt(Factor::maxPoints).sum();
        if (total != 100) {
            throw new IllegalStateException("factor weights must sum to 100, not " + total);
        }
    }

    @Override
    public String modelVersion() {
        return VERSION;
    }

    @Override
    public ModelScore score(Financials financials) {
        List<Driver> drivers = new ArrayList<>(FACTORS.size());
        int score = 0;
        for (Factor factor : FACTORS) {
            BigDecimal value = factor.ratio(financials);
            int points = factor.points(value);
            score += points;
            drivers.add(new Driver(factor.name(), value, points, factor.maxPoints()));
        }
        // stable sort: equal shortfalls keep the table order
        drivers.sort(Comparator.comparingInt(Driver::shortfall).reversed());
        return new ModelScore(score, drivers, VERSION);
    }
}
