package org.smecredit.origination.capital;

/**
 * The standard normal distribution: N (cumulative) and G (its inverse), as the Basel IRB formula uses them.
 * Double precision is what the regulatory formula is specified in; results feed a capital charge that is rounded
 * to the basis point, far coarser than the ~1e-15 error of these algorithms.
 */
public final class NormalDistribution {
    private NormalDistribution() {
    }

    /**
     * N(x), Hart (1968) algorithm 5666 as given by G. West, "Better approximations to cumulative normal functions"
     * (Wilmott, 2005): double precision accuracy over the whole real line.
     */
    public static double cdf(double x) {
        double z = Math.abs(x);
        double c;
        if (z > 37) {
            c = 0;
        } else {
            double e = Math.exp(-z * z / 2);
            if (z < 7.07106781186547) {
                double n = ((((((0.0352624965998911 * z + 0.700383064443688) * z + 6.37396220353165) * z
                        + 33.912866078383) * z + 112.079291497871) * z + 221.213596169931) * z + 220.206867912376);
                double d = (((((((0.0883883476483184 * z + 1.75566716318264) * z + 16.064177579207) * z
                        + 86.7807322029461) * z + 296.564248779674) * z + 637.333633378831) * z + 793.826512519948) * z
                        + 440.413735824752);
                c = e * n / d;
            } else {
                double f = z + 1 / (z + 2 / (z + 3 / (z + 4 / (z + 0.65))));
                c = e / f / 2.506628274631;
            }
        }
        return x <= 0 ? c : 1 - c;
    }

    /**
     * G(p) = N⁻¹(p): P. J. Acklam's rational approximation (relative error 1.15e-9) refined by one Halley step on
     * {@link #cdf}, which brings it to full double precision.
     */
    public static double inverseCdf(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + p);
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        double x;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p <= 1 - low) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double e = cdf(x) - p;
        double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }
}
