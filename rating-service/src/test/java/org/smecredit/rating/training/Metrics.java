package org.smecredit.rating.training;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Discrimination and stability measures. Risk scores: higher = riskier. */
final class Metrics {
    private Metrics() {
    }

    /** Area under the ROC curve (Mann-Whitney, ties count one half). */
    static double auc(double[] risk, int[] y) {
        int n = risk.length;
        Integer[] idx = order(risk);
        double[] rank = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && risk[idx[j + 1]] == risk[idx[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                rank[idx[k]] = avg;
            }
            i = j + 1;
        }
        double bads = 0;
        double sumRanks = 0;
        for (int k = 0; k < n; k++) {
            if (y[k] == 1) {
                bads++;
                sumRanks += rank[k];
            }
        }
        double goods = n - bads;
        return (sumRanks - bads * (bads + 1) / 2) / (bads * goods);
    }

    /** Kolmogorov-Smirnov: the largest gap between the cumulative bad and good distributions over risk cut-offs. */
    static double ks(double[] risk, int[] y) {
        int n = risk.length;
        Integer[] idx = order(risk);
        double bads = Arrays.stream(y).sum();
        double goods = n - bads;
        double cb = 0;
        double cg = 0;
        double best = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && risk[idx[j]] == risk[idx[i]]) {
                if (y[idx[j]] == 1) {
                    cb++;
                } else {
                    cg++;
                }
                j++;
            }
            best = Math.max(best, Math.abs(cb / bads - cg / goods));
            i = j;
        }
        return best;
    }

    /** Population stability index of {@code actual} shares against {@code expected} shares (ε = 1e-4 per bucket). */
    static double psi(List<Double> expected, double[] actual) {
        double psi = 0;
        for (int k = 0; k < actual.length; k++) {
            double e = Math.max(1e-4, expected.get(k));
            double a = Math.max(1e-4, actual[k]);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    private static Integer[] order(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> v[i]));
        return idx;
    }
}
