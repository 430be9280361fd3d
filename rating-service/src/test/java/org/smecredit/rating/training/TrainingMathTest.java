package org.smecredit.rating.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The training command's building blocks on data whose answer is known. */
class TrainingMathTest {

    @Test
    void aucCountsConcordantPairsWithTiesAsHalf() {
        // bads at risk 3 and 2; goods at 2 and 1: pairs (3>2) (3>1) (2=2: ½) (2>1) → 3.5 / 4
        assertEquals(0.875, Metrics.auc(new double[] {3, 2, 2, 1}, new int[] {1, 1, 0, 0}), 1e-12);
        assertEquals(0.5, Metrics.auc(new double[] {1, 1, 1, 1}, new int[] {1, 0, 1, 0}), 1e-12);
    }

    @Test
    void ksIsTheLargestGapOfTheCumulativeDistributions() {
        assertEquals(1.0, Metrics.ks(new double[] {4, 3, 2, 1}, new int[] {1, 1, 0, 0}), 1e-12);
        assertEquals(0.5, Metrics.ks(new double[] {4, 3, 2, 1}, new int[] {1, 0, 1, 0}), 1e-12);
    }

    @Test
    void psiIsZeroForTheSameDistributionAndGrowsWithTheShift() {
        assertEquals(0.0, Metrics.psi(List.of(0.5, 0.5), new double[] {0.5, 0.5}), 1e-12);
        // (0.7 − 0.5)·ln(0.7/0.5) + (0.3 − 0.5)·ln(0.3/0.5)
        assertEquals(0.2 * Math.log(1.4) - 0.2 * Math.log(0.6), Metrics.psi(List.of(0.5, 0.5), new double[] {0.7, 0.3}),
                1e-12);
    }

    @Test
    void logisticRegressionRecoversKnownCoefficients() {
        Random r = new Random(7);
        int n = 20000;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            double eta = -2 + 1.0 * x[i][0] - 0.5 * x[i][1];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        double[] beta = Logit.fit(x, y, 0);
        assertEquals(-2, beta[0], 0.08);
        assertEquals(1.0, beta[1], 0.08);
        assertEquals(-0.5, beta[2], 0.08);
        // deterministic: the same data give the same bits
        assertEquals(beta[1], Logit.fit(x, y, 0)[1], 0.0);
    }

    @Test
    void binsAreMonotoneInBadRateWithMissingAsItsOwnBin() {
        Random r = new Random(11);
        int n = 5000;
        double[] x = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 50 == 0 ? Double.NaN : Math.exp(3 * r.nextGaussian()); // heavy tail, 2 % missing
            double pd = Double.isNaN(x[i]) ? 0.30 : 0.10 / (1 + x[i]);
            y[i] = r.nextDouble() < pd ? 1 : 0;
        }
        Binner.Result b = Binner.bin(x, y, true);
        assertTrue(b.bins().size() >= 2 && b.bins().size() <= Binner.MAX_BINS, "bins: " + b.bins());
        for (int i = 1; i < b.bins().size(); i++) {
            assertTrue(b.bins().get(i).rate() <= b.bins().get(i - 1).rate(), "bad rate must fall: " + b.bins());
            assertTrue(b.woe()[i] >= b.woe()[i - 1]);
        }
        assertEquals(100, b.missingCount());
        assertTrue(b.missingWoe() < b.woe()[0], "30 % missing bad rate is worse than every bin");
        assertEquals(0.0, Binner.bin(x, y, false).missingWoe(), "a neutral missing bin has WoE 0");
        assertTrue(b.bins().get(b.bins().size() - 1).upper() >= Binner.OUTER, "the top bin is open: capping");
    }
}
