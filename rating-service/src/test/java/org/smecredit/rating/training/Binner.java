package org.smecredit.rating.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Coarse classing for a scorecard factor, on the training split only:
 * <ol>
 *   <li>fine classes at the 5 % quantiles of the non-missing values (heavy tails land in the open outer classes,
 *       so an outlier can never move a bin edge: this is the capping);</li>
 *   <li>adjacent classes pooled until the bad rate is monotone in the ratio (tried both ways, the direction with
 *       the higher information value kept): a readable, robust scorecard rather than a split-specific fit;</li>
 *   <li>classes with fewer than {@value #MIN_SHARE} of the rows, or without a bad or a good, merged into the
 *       neighbour with the closer bad rate; at most {@value #MAX_BINS} classes (closest neighbours merged);</li>
 *   <li>missing (undefined ratio) is its own class with its own weight of evidence; with fewer than
 *       {@value #MIN_MISSING} rows its bad rate is not credible, and it is held neutral (WoE 0, the average
 *       obligor), as it is when the ratio's missingness in the data does not transfer to production
 *       ({@code StatementRatio#learnMissing()}).</li>
 * </ol>
 * Weight of evidence = ln((goods in class / all goods) / (bads in class / all bads)), counts smoothed by +0.5.
 */
final class Binner {
    static final double MIN_SHARE = 0.05;
    static final int MAX_BINS = 6;
    static final int MIN_MISSING = 30;
    static final double OUTER = 1e300;

    /** A class under construction: [lower, upper), rows and bads. */
    record Cls(double lower, double upper, int count, int bads) {
        double rate() {
            return (double) bads / count;
        }

        Cls merge(Cls o) {
            return new Cls(Math.min(lower, o.lower), Math.max(upper, o.upper), count + o.count, bads + o.bads);
        }
    }

    /** @param missingWoe the missing class's WoE (already made prudent if thin) */
    record Result(List<Cls> bins, double[] woe, int missingCount, int missingBads, double missingWoe, double iv,
                  double lowerCap, double upperCap) {

        double woeOf(double value) {
            if (Double.isNaN(value)) {
                return missingWoe;
            }
            for (int i = 0; i < bins.size(); i++) {
                if (value < bins.get(i).upper()) {
                    return woe[i];
                }
            }
            return woe[woe.length - 1];
        }
    }

    private Binner() {
    }

    static Result bin(double[] x, int[] y, boolean learnMissing) {
        int totalBads = Arrays.stream(y).sum();
        int totalGoods = y.length - totalBads;
        List<double[]> present = new ArrayList<>();
        int missing = 0;
        int missingBads = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                missing++;
                missingBads += y[i];
            } else {
                present.add(new double[] {x[i], y[i]});
            }
        }
        present.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] sorted = present.stream().mapToDouble(a -> a[0]).toArray();
        int n = sorted.length;
        // fine classes at 5 % quantiles: edges are values, a class is [edge_k, edge_k+1)
        List<Double> edges = new ArrayList<>();
        for (int k = 1; k < 20; k++) {
            double q = sorted[(int) Math.floor(k * n / 20.0)];
            if (edges.isEmpty() || q > edges.get(edges.size() - 1)) {
                edges.add(q);
            }
        }
        List<Cls> fine = new ArrayList<>();
        double lower = -OUTER;
        int p = 0;
        for (int e = 0; e <= edges.size(); e++) {
            double upper = e < edges.size() ? edges.get(e) : OUTER;
            int count = 0;
            int bads = 0;
            while (p < n && (sorted[p] < upper || e == edges.size())) {
                count++;
                bads += (int) present.get(p)[1];
                p++;
            }
            if (count > 0) {
                fine.add(new Cls(lower, upper, count, bads));
                lower = upper;
            }
        }
        fine.set(fine.size() - 1, new Cls(fine.get(fine.size() - 1).lower(), OUTER,
                fine.get(fine.size() - 1).count(), fine.get(fine.size() - 1).bads()));

        Result best = null;
        for (boolean increasing : new boolean[] {false, true}) {
            List<Cls> bins = coarse(fine, increasing, n);
            Result r = finish(bins, missing, missingBads, learnMissing, totalGoods, totalBads,
                    sorted[(int) Math.floor(0.01 * (n - 1))], sorted[(int) Math.ceil(0.99 * (n - 1))]);
            if (best == null || r.iv() > best.iv() + 1e-12) {
                best = r;
            }
        }
        return best;
    }

    private static List<Cls> coarse(List<Cls> fine, boolean increasing, int n) {
        List<Cls> bins = new ArrayList<>(fine);
        // pool adjacent violators
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 1 < bins.size(); i++) {
                double a = bins.get(i).rate();
                double b = bins.get(i + 1).rate();
                if (increasing ? a > b : a < b) {
                    bins.set(i, bins.get(i).merge(bins.remove(i + 1)));
                    changed = true;
                    break;
                }
            }
        }
        // too small, or pure
        changed = true;
        while (changed && bins.size() > 1) {
            changed = false;
            for (int i = 0; i < bins.size(); i++) {
                Cls c = bins.get(i);
                if (c.count() < MIN_SHARE * n || c.bads() == 0 || c.bads() == c.count()) {
                    mergeWithCloser(bins, i);
                    changed = true;
                    break;
                }
            }
        }
        while (bins.size() > MAX_BINS) {
            int at = 0;
            double gap = Double.MAX_VALUE;
            for (int i = 0; i + 1 < bins.size(); i++) {
                double d = Math.abs(bins.get(i).rate() - bins.get(i + 1).rate());
                if (d < gap) {
                    gap = d;
                    at = i;
                }
            }
            bins.set(at, bins.get(at).merge(bins.remove(at + 1)));
        }
        return bins;
    }

    private static void mergeWithCloser(List<Cls> bins, int i) {
        Cls c = bins.get(i);
        int j;
        if (i == 0) {
            j = 1;
        } else if (i == bins.size() - 1) {
            j = i - 1;
        } else {
            j = Math.abs(bins.get(i - 1).rate() - c.rate()) <= Math.abs(bins.get(i + 1).rate() - c.rate()) ? i - 1 : i + 1;
        }
        int lo = Math.min(i, j);
        bins.set(lo, bins.get(lo).merge(bins.get(lo + 1)));
        bins.remove(lo + 1);
    }

    private static Result finish(List<Cls> bins, int missing, int missingBads, boolean learnMissing, int goods,
                                 int bads, double lowCap,
                                 double highCap) {
        double[] woe = new double[bins.size()];
        double iv = 0;
        for (int i = 0; i < bins.size(); i++) {
            Cls c = bins.get(i);
            woe[i] = woe(c.count() - c.bads(), c.bads(), goods, bads);
            iv += ivTerm(c.count() - c.bads(), c.bads(), goods, bads, woe[i]);
        }
        double missingWoe;
        if (learnMissing && missing >= MIN_MISSING) {
            missingWoe = woe(missing - missingBads, missingBads, goods, bads);
            iv += ivTerm(missing - missingBads, missingBads, goods, bads, missingWoe);
        } else {
            missingWoe = 0;
        }
        return new Result(List.copyOf(bins), woe, missing, missingBads, missingWoe, iv, lowCap, highCap);
    }

    static double woe(int g, int b, int goods, int bads) {
        return Math.log(((g + 0.5) / goods) / ((b + 0.5) / bads));
    }

    private static double ivTerm(int g, int b, int goods, int bads, double woe) {
        return ((double) g / goods - (double) b / bads) * woe;
    }
}
