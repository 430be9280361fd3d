package org.smecredit.origination.capital;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Basel IRB risk-weight function for corporate exposures, with the SME firm-size adjustment. Pure.
 *
 * <pre>
 * f(PD) = (1 − e^(−50·PD)) / (1 − e^(−50))
 * R     = 0.12·f + 0.24·(1 − f)                                    Basel II ¶272
 * R_SME = R − 0.04·(1 − (S − 5)/45), S in EUR millions, S &lt; 5 → 5, only when S &lt; 50   Basel II ¶273
 * b     = (0.11852 − 0.05478·ln PD)²
 * K     = [LGD·N((1−R)^−0.5·G(PD) + (R/(1−R))^0.5·G(0.999)) − PD·LGD] · (1 + (M − 2.5)·b) / (1 − 1.5·b)
 * RW    = K · 12.5 · scaling (1.06 under Basel II, 1.0 once Basel III final removes it)
 * </pre>
 * PD is floored at the configured corporate floor (0.03 %, Basel II ¶285; 0.05 % under Basel III final). A
 * defaulted obligor (PD = 1) gets K = max(0, LGD − EL best estimate), here with EL = LGD, i.e. K = 0 (the loss is
 * provisioned, not capitalised). Source: ../shared/domain-facts.md "Basel IRB corporate risk-weight function".
 */
public final class IrbCapital {
    private static final double G_999 = NormalDistribution.inverseCdf(0.999);
    private static final double SME_SALES_FLOOR = 5;
    private static final double SME_SALES_CEILING = 50;

    private final double pdFloor;
    private final double scalingFactor;

    /**
     * @param pdFloor       corporate PD floor, e.g. 0.0003
     * @param scalingFactor 1.06 (Basel II) or 1.0 (Basel III final)
     */
    public IrbCapital(BigDecimal pdFloor, BigDecimal scalingFactor) {
        this.pdFloor = Objects.requireNonNull(pdFloor).doubleValue();
        this.scalingFactor = Objects.requireNonNull(scalingFactor).doubleValue();
    }

    /** The outcome of the formula for one exposure; every intermediate is kept so that tests and users see it. */
    public record Result(double pd, double correlation, double maturityAdjustment, double capitalRequirement,
                         double riskWeight) {
        /** The risk weight as a decimal at 6 decimals, e.g. 0.723900 = 72.39 %. */
        public BigDecimal riskWeightDecimal() {
            return new BigDecimal(riskWeight, MathContext.DECIMAL64).setScale(6, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * @param pd              one-year PD, decimal
     * @param lgd             loss given default, decimal
     * @param maturityYears   effective maturity M (2.5 under foundation IRB)
     * @param salesEurMillion consolidated annual sales in EUR millions, or null when unknown (no SME adjustment)
     */
    public Result compute(double pd, double lgd, double maturityYears, Double salesEurMillion) {
        if (pd < 0 || pd > 1 || lgd < 0 || lgd > 1) {
            throw new IllegalArgumentException("PD and LGD must be in [0, 1]: " + pd + ", " + lgd);
        }
        if (pd >= 1) {
            return new Result(1, 0, 0, 0, 0);
        }
        double p = Math.max(pd, pdFloor);
        double f = (1 - Math.exp(-50 * p)) / (1 - Math.exp(-50));
        double r = 0.12 * f + 0.24 * (1 - f);
        if (salesEurMillion != null && salesEurMillion < SME_SALES_CEILING) {
            double s = Math.max(salesEurMillion, SME_SALES_FLOOR);
            r -= 0.04 * (1 - (s - SME_SALES_FLOOR) / 45);
        }
        double b = Math.pow(0.11852 - 0.05478 * Math.log(p), 2);
        double conditional = NormalDistribution.cdf(Math.pow(1 - r, -0.5) * NormalDistribution.inverseCdf(p)
                + Math.sqrt(r / (1 - r)) * G_999);
        double k = (lgd * conditional - p * lgd) * (1 + (maturityYears - 2.5) * b) / (1 - 1.5 * b);
        k = Math.max(0, k);
        return new Result(p, r, b, k, k * 12.5 * scalingFactor);
    }
}
