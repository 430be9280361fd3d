package org.smecredit.rating.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fitted scorecard as written to its versioned model file (JSON): factors with their bins and points, the base
 * points, the calibration from score to PD and the master scale. Plain data plus the scoring arithmetic, so the
 * training command, the evaluation command and the service all score with the very same code.
 *
 * <p>Score = clamp(basePoints + Σ points of the bin each factor falls in, 0, 100). A factor whose ratio is
 * undefined (zero denominator in production, {@code ?} in the data set) falls in its own missing bin.
 * PD = max(pdFloor, 1 / (1 + exp(−(calibration.intercept + calibration.slope · score)))).
 *
 * @param version       model version, recorded on every rating
 * @param description   what the model is, in one sentence
 * @param training      where the model came from (data file, its SHA-256, split, seed)
 * @param factors       the scorecard's factors, in table order
 * @param basePoints    points every obligor starts with (logistic intercept and bin shifts, scaled)
 * @param scaling       how log-odds became points
 * @param coefficients  the logistic regression on weight of evidence: intercept first, then one per factor
 * @param calibration   score → PD (logistic, fitted on the training split)
 * @param masterScale   performing grades best first, score bands contiguous over 0..100
 * @param pdFloor       Basel II ¶285 floor, 0.0003
 * @param trainingGradeShares share of the training split per grade (master-scale order), the PSI reference
 */
public record ScorecardModel(
        String version,
        String description,
        Training training,
        List<Factor> factors,
        int basePoints,
        Scaling scaling,
        List<Double> coefficients,
        Calibration calibration,
        List<GradeBand> masterScale,
        double pdFloor,
        List<Double> trainingGradeShares) {

    /** Where the model was fitted. */
    public record Training(String dataFile, String dataSha256, int rows, int uniqueRows, int trainRows,
                           int holdOutRows, double holdOutShare, long seed, double trainDefaultRate) {
    }

    /**
     * One factor.
     *
     * @param name        stable factor name, e.g. {@code NET_PROFIT_TO_TOTAL_ASSETS}
     * @param attribute   the data-set attribute it was fitted on, e.g. {@code Attr1}
     * @param formula     the ratio in the product's statement line items
     * @param informationValue IV on the training split
     * @param lowerCap    values below are reported as this (training 1st percentile); the outer bins are open
     * @param upperCap    values above are reported as this (training 99th percentile)
     * @param bins        contiguous bins over the real line, lowest values first; upper bound exclusive
     * @param missing     the bin of an undefined ratio (its lower and upper bounds are unused, written as 0)
     */
    public record Factor(String name, String attribute, String formula, double informationValue, double lowerCap,
                         double upperCap, List<Bin> bins, Bin missing) {

        /** The bin of {@code value} (NaN = missing). */
        public Bin binOf(double value) {
            if (Double.isNaN(value)) {
                return missing;
            }
            for (Bin b : bins) {
                if (value < b.upper()) {
                    return b;
                }
            }
            return bins.get(bins.size() - 1);
        }

        public int maxPoints() {
            int max = missing.points();
            for (Bin b : bins) {
                max = Math.max(max, b.points());
            }
            return max;
        }

        /** The value as reported on a rating: capped at the training percentiles. */
        public double capped(double value) {
            return Double.isNaN(value) ? value : Math.max(lowerCap, Math.min(upperCap, value));
        }
    }

    /**
     * A bin: values in [lower, upper) (±infinity written as null in JSON is avoided: the outer bounds are ±1e300).
     *
     * @param woe    weight of evidence ln(good share / bad share), training split, +0.5 smoothing
     * @param points points earned, 0 for the factor's worst bin
     */
    public record Bin(double lower, double upper, int count, int bads, double woe, int points) {
    }

    /** Points = factor · ln(odds good); {@code pointsToDoubleOdds} = factor · ln 2. */
    public record Scaling(double factor, double pointsToDoubleOdds, double offset) {
    }

    /** P(default) = 1 / (1 + exp(−(intercept + slope · score))). */
    public record Calibration(double intercept, double slope, String horizon) {
    }

    /** A performing grade: a contiguous score band and its PD. */
    public record GradeBand(String grade, int minScore, int maxScore, double pd) {
    }

    /** One factor's contribution to a score. */
    public record Contribution(Factor factor, double value, Bin bin) {
        public int shortfall() {
            return factor.maxPoints() - bin.points();
        }
    }

    /** A scored obligor. */
    public record Scored(int score, double pd, GradeBand grade, List<Contribution> contributions) {

        /** Contributions ordered by points lost against each factor's best bin, the most adverse first. */
        public List<Contribution> drivers() {
            List<Contribution> sorted = new ArrayList<>(contributions);
            sorted.sort(Comparator.comparingInt(Contribution::shortfall).reversed());
            return sorted;
        }
    }

    /** Scores the factor values, given in {@link #factors()} order (NaN = undefined ratio). */
    public Scored score(double[] values) {
        if (values.length != factors.size()) {
            throw new IllegalArgumentException("expected " + factors.size() + " factor values, got " + values.length);
        }
        int total = basePoints;
        List<Contribution> contributions = new ArrayList<>(factors.size());
        for (int i = 0; i < values.length; i++) {
            Factor f = factors.get(i);
            Bin bin = f.binOf(values[i]);
            total += bin.points();
            contributions.add(new Contribution(f, f.capped(values[i]), bin));
        }
        int score = Math.max(0, Math.min(100, total));
        return new Scored(score, pd(score), gradeOf(score), contributions);
    }

    /** The calibrated PD of a score, floored. */
    public double pd(int score) {
        double p = 1.0 / (1.0 + Math.exp(-(calibration.intercept() + calibration.slope() * score)));
        return Math.max(pdFloor, p);
    }

    public GradeBand gradeOf(int score) {
        for (GradeBand g : masterScale) {
            if (score >= g.minScore() && score <= g.maxScore()) {
                return g;
            }
        }
        throw new IllegalArgumentException("score outside the master scale: " + score);
    }

    public int gradeIndex(int score) {
        return masterScale.indexOf(gradeOf(score));
    }
}
