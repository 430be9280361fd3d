package org.smecredit.origination.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.smecredit.origination.capital.IrbCapital;

/**
 * Risk-based pricing of an SME loan (issue 5):
 * <pre>
 * rate = benchmark (one-year LPR)
 *      + expected loss                    PD × LGD
 *      + capital charge                   RW × capital ratio × hurdle rate
 *      + operating cost + margin
 * </pre>
 * RW is the Basel IRB corporate risk weight with the SME firm-size adjustment ({@link IrbCapital}, Basel II ¶272-273),
 * at the foundation-IRB maturity M = 2.5 years. The one-year LPR is the base every RMB loan rate is quoted against
 * since the 2019 LPR reform. The sum is rounded HALF_UP to 4 decimals (the basis point; rates are quoted like
 * 4.35 %), then bounded by the product's floor and cap. Pure, so tested without Quarkus.
 */
public final class RiskBasedPricing {
    /** Rates carry 4 decimals (0.0435 = 4.35 %). */
    public static final int RATE_SCALE = 4;
    static final int RISK_WEIGHT_SCALE = 6;

    private final BigDecimal lpr;
    private final BigDecimal operatingCost;
    private final BigDecimal margin;
    private final BigDecimal capitalRatio;
    private final BigDecimal hurdleRate;
    private final BigDecimal maturityYears;
    private final IrbCapital capital;

    /**
     * @param lpr           one-year Loan Prime Rate, e.g. 0.0300
     * @param operatingCost yearly servicing cost as a rate, e.g. 0.0050
     * @param margin        yearly target margin as a rate, e.g. 0.0050
     * @param capitalRatio  capital held per unit of risk-weighted assets, e.g. 0.105
     * @param hurdleRate    return required on that capital, e.g. 0.12
     * @param maturityYears effective maturity M of the IRB formula, 2.5 under foundation IRB
     */
    public RiskBasedPricing(BigDecimal lpr, BigDecimal operatingCost, BigDecimal margin, BigDecimal capitalRatio,
                            BigDecimal hurdleRate, BigDecimal maturityYears, IrbCapital capital) {
        this.lpr = Objects.requireNonNull(lpr);
        this.operatingCost = Objects.requireNonNull(operatingCost);
        this.margin = Objects.requireNonNull(margin);
        this.capitalRatio = Objects.requireNonNull(capitalRatio);
        this.hurdleRate = Objects.requireNonNull(hurdleRate);
        this.maturityYears = Objects.requireNonNull(maturityYears);
        this.capital = Objects.requireNonNull(capital);
    }

    /**
     * Prices an obligor of one-year PD {@code pd} for a loan of LGD {@code lgd} for a product whose rate lies in
     * [floor, cap]. {@code salesEurMillion} null: no SME firm-size adjustment (sales unknown).
     */
    public PriceBreakdown price(BigDecimal pd, BigDecimal lgd, BigDecimal salesEurMillion, BigDecimal floor,
                                BigDecimal cap) {
        if (pd.signum() < 0 || pd.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("PD must be between 0 and 1: " + pd);
        }
        if (lgd.signum() < 0 || lgd.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("LGD must be between 0 and 1: " + lgd);
        }
        BigDecimal riskPremium = pd.multiply(lgd);
        IrbCapital.Result k = capital.compute(pd.doubleValue(), lgd.doubleValue(), maturityYears.doubleValue(),
                salesEurMillion == null ? null : salesEurMillion.doubleValue());
        BigDecimal riskWeight = BigDecimal.valueOf(k.riskWeight()).setScale(RISK_WEIGHT_SCALE, RoundingMode.HALF_UP);
        BigDecimal capitalCharge = riskWeight.multiply(capitalRatio).multiply(hurdleRate);
        BigDecimal computed = lpr.add(riskPremium).add(capitalCharge).add(operatingCost).add(margin)
                .setScale(RATE_SCALE, RoundingMode.HALF_UP);
        PriceBreakdown.Bound bound = PriceBreakdown.Bound.NONE;
        BigDecimal rate = computed;
        if (computed.compareTo(floor) < 0) {
            rate = floor.setScale(RATE_SCALE, RoundingMode.HALF_UP);
            bound = PriceBreakdown.Bound.FLOOR;
        } else if (computed.compareTo(cap) > 0) {
            rate = cap.setScale(RATE_SCALE, RoundingMode.HALF_UP);
            bound = PriceBreakdown.Bound.CAP;
        }
        return new PriceBreakdown(lpr, pd, lgd, riskPremium, operatingCost, margin, computed, floor, cap, bound, rate,
                riskWeight, salesEurMillion, capitalRatio, hurdleRate, capitalCharge);
    }
}
