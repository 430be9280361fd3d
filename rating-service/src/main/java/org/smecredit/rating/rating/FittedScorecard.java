package org.smecredit.rating.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.smecredit.rating.scorecard.LineItems;
import org.smecredit.rating.scorecard.ScorecardModel;
import org.smecredit.rating.scorecard.StatementRatio;

/**
 * The fitted financial scorecard (a model file written by the training command) behind {@link RatingModel}. Each
 * factor's ratio is computed from the statement with the formula the model was validated with
 * ({@link StatementRatio}); an undefined ratio (zero denominator) falls in the factor's missing bin.
 */
public final class FittedScorecard implements RatingModel {
    private final ScorecardModel model;
    private final List<StatementRatio> ratios;

    public FittedScorecard(ScorecardModel model) {
        this.model = model;
        List<StatementRatio> r = new ArrayList<>();
        for (ScorecardModel.Factor f : model.factors()) {
            StatementRatio ratio = StatementRatio.byName(f.name()).orElseThrow(() -> new IllegalArgumentException(
                    "model " + model.version() + " uses factor " + f.name() + ", which the service cannot compute"));
            if (!ratio.attribute().equals(f.attribute()) || !ratio.formula().equals(f.formula())) {
                throw new IllegalArgumentException("model " + model.version() + " defines " + f.name() + " as "
                        + f.attribute() + " = " + f.formula() + "; the service computes " + ratio.attribute() + " = "
                        + ratio.formula());
            }
            r.add(ratio);
        }
        this.ratios = List.copyOf(r);
    }

    public ScorecardModel model() {
        return model;
    }

    /** The master scale the model was calibrated with: its performing grades, then default. */
    public MasterScale masterScale() {
        List<Grade> grades = new ArrayList<>();
        for (ScorecardModel.GradeBand g : model.masterScale()) {
            grades.add(new Grade(g.grade(), g.minScore(), g.maxScore(),
                    BigDecimal.valueOf(g.pd()).setScale(4, RoundingMode.HALF_UP), false));
        }
        grades.add(new Grade(MasterScale.DEFAULT_GRADE, null, null, BigDecimal.ONE, true));
        return new MasterScale(grades);
    }

    @Override
    public String modelVersion() {
        return model.version();
    }

    @Override
    public ModelScore score(Financials f) {
        LineItems items = new LineItems(f.totalAssets().doubleValue(), f.totalLiabilities().doubleValue(),
                f.totalEquity().doubleValue(), f.currentAssets().doubleValue(), f.currentLiabilities().doubleValue(),
                f.revenue().doubleValue(), f.operatingProfit().doubleValue(), f.netProfit().doubleValue(),
                f.interestExpense().doubleValue(), f.operatingCashFlow().doubleValue());
        double[] values = new double[ratios.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ratios.get(i).of(items);
        }
        ScorecardModel.Scored scored = model.score(values);
        List<Driver> drivers = scored.drivers().stream().map(c -> new Driver(c.factor().name(),
                Double.isNaN(c.value()) ? null : BigDecimal.valueOf(c.value()).setScale(4, RoundingMode.HALF_UP),
                c.bin().points(), c.factor().maxPoints())).toList();
        return new ModelScore(scored.score(), drivers, model.version(),
                BigDecimal.valueOf(scored.pd()).setScale(8, RoundingMode.HALF_UP));
    }
}
