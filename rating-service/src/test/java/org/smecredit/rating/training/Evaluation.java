package org.smecredit.rating.training;

import java.util.Locale;

import org.smecredit.rating.scorecard.Arff;
import org.smecredit.rating.scorecard.ScorecardModel;

/** Scores an ARFF data set with a model and reports AUC, Gini, KS, calibration by grade and PSI, as markdown. */
final class Evaluation {

    record Result(int n, int bads, double auc, double ks, double psi, int[] gradeCount, int[] gradeBads,
                  double[] gradePdSum, double[] risk) {
        double gini() {
            return 2 * auc - 1;
        }
    }

    private Evaluation() {
    }

    static double[] factorValues(ScorecardModel model, Arff.Data data, double[] row) {
        double[] v = new double[model.factors().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = row[data.column(model.factors().get(i).attribute())];
        }
        return v;
    }

    static Result evaluate(ScorecardModel model, Arff.Data data, int[] rows) {
        int g = model.masterScale().size();
        int[] count = new int[g];
        int[] bads = new int[g];
        double[] pdSum = new double[g];
        double[] risk = new double[rows.length];
        int[] y = new int[rows.length];
        int totalBads = 0;
        for (int k = 0; k < rows.length; k++) {
            double[] row = data.rows().get(rows[k]);
            ScorecardModel.Scored s = model.score(factorValues(model, data, row));
            int gi = model.masterScale().indexOf(s.grade());
            count[gi]++;
            bads[gi] += data.labels()[rows[k]];
            pdSum[gi] += s.pd();
            risk[k] = -s.score();
            y[k] = data.labels()[rows[k]];
            totalBads += y[k];
        }
        double[] shares = new double[g];
        for (int i = 0; i < g; i++) {
            shares[i] = (double) count[i] / rows.length;
        }
        return new Result(rows.length, totalBads, Metrics.auc(risk, y), Metrics.ks(risk, y),
                Metrics.psi(model.trainingGradeShares(), shares), count, bads, pdSum, risk);
    }

    static String markdown(ScorecardModel model, Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "| rows | defaults | default rate | AUC | Gini | KS | PSI vs training |%n"));
        b.append("|---|---|---|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| %d | %d | %.2f %% | %.4f | %.4f | %.4f | %.4f |%n%n", r.n(), r.bads(),
                100.0 * r.bads() / r.n(), r.auc(), r.gini(), r.ks(), r.psi()));
        b.append("Calibration by grade (predicted = mean model PD of the obligors in the grade):\n\n");
        b.append("| grade | scores | master-scale PD | rows | share | training share | defaults | observed DR | predicted PD |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < r.gradeCount().length; i++) {
            ScorecardModel.GradeBand gb = model.masterScale().get(i);
            int c = r.gradeCount()[i];
            b.append(String.format(Locale.ROOT, "| %s | %d–%d | %.2f %% | %d | %.1f %% | %.1f %% | %d | %s | %s |%n",
                    gb.grade(), gb.minScore(), gb.maxScore(), 100 * gb.pd(), c, 100.0 * c / r.n(),
                    100 * model.trainingGradeShares().get(i), r.gradeBads()[i],
                    c == 0 ? "—" : String.format(Locale.ROOT, "%.2f %%", 100.0 * r.gradeBads()[i] / c),
                    c == 0 ? "—" : String.format(Locale.ROOT, "%.2f %%", 100.0 * r.gradePdSum()[i] / c)));
        }
        b.append(String.format(Locale.ROOT,
                "%nPSI reading: < 0.10 stable, 0.10–0.25 investigate, > 0.25 shifted population.%n"));
        return b.toString();
    }
}
