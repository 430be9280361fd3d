package org.smecredit.rating.training;

/**
 * Logistic regression fitted by iteratively reweighted least squares (Newton-Raphson), with an optional ridge
 * penalty on the slopes (never on the intercept). Deterministic: no random start, fixed iteration order.
 */
final class Logit {
    private Logit() {
    }

    /**
     * @param x     n rows of p features (no intercept column; one is added)
     * @param y     0/1 outcomes
     * @param ridge L2 penalty on the slopes (0 = plain maximum likelihood)
     * @return intercept then p slopes
     */
    static double[] fit(double[][] x, int[] y, double ridge) {
        int n = x.length;
        int p = x[0].length + 1;
        double[] beta = new double[p];
        double mean = 0;
        for (int v : y) {
            mean += v;
        }
        mean /= n;
        beta[0] = Math.log(mean / (1 - mean));
        for (int iter = 0; iter < 100; iter++) {
            double[][] h = new double[p][p];
            double[] g = new double[p];
            double[] row = new double[p];
            for (int i = 0; i < n; i++) {
                row[0] = 1;
                System.arraycopy(x[i], 0, row, 1, p - 1);
                double eta = 0;
                for (int j = 0; j < p; j++) {
                    eta += beta[j] * row[j];
                }
                double mu = 1 / (1 + Math.exp(-eta));
                mu = Math.min(1 - 1e-12, Math.max(1e-12, mu));
                double w = mu * (1 - mu);
                double r = y[i] - mu;
                for (int j = 0; j < p; j++) {
                    g[j] += row[j] * r;
                    for (int k = 0; k <= j; k++) {
                        h[j][k] += w * row[j] * row[k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    h[k][j] = h[j][k];
                }
                if (j > 0) {
                    h[j][j] += ridge;
                    g[j] -= ridge * beta[j];
                }
            }
            double[] step = solve(h, g);
            // Newton step with step halving: the penalized log-likelihood must not fall
            double before = logLikelihood(x, y, beta, ridge);
            double t = 1;
            double[] next = new double[p];
            for (int half = 0; half < 40; half++) {
                for (int j = 0; j < p; j++) {
                    next[j] = beta[j] + t * step[j];
                }
                if (logLikelihood(x, y, next, ridge) >= before - 1e-12) {
                    break;
                }
                t /= 2;
            }
            double max = 0;
            for (int j = 0; j < p; j++) {
                max = Math.max(max, Math.abs(next[j] - beta[j]));
                beta[j] = next[j];
            }
            if (max < 1e-10) {
                break;
            }
        }
        return beta;
    }

    static double logLikelihood(double[][] x, int[] y, double[] beta, double ridge) {
        double ll = 0;
        for (int i = 0; i < x.length; i++) {
            double eta = linear(beta, x[i]);
            // log(1 + e^eta) computed stably
            double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
            ll += y[i] * eta - softplus;
        }
        for (int j = 1; j < beta.length; j++) {
            ll -= 0.5 * ridge * beta[j] * beta[j];
        }
        return ll;
    }

    static double linear(double[] beta, double[] x) {
        double eta = beta[0];
        for (int j = 0; j < x.length; j++) {
            eta += beta[j + 1] * x[j];
        }
        return eta;
    }

    /** Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double tb = b[c];
            b[c] = b[piv];
            b[piv] = tb;
            if (Math.abs(a[c][c]) < 1e-300) {
                throw new IllegalStateException("singular system at column " + c);
            }
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                if (f == 0) {
                    continue;
                }
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
