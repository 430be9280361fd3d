package org.smecredit.origination.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Transparent risk-based pricing of an SME loan: the cost of funds (the one-year LPR, which every RMB loan rate is
 * quoted against since the 2019 LPR reform), plus the expected loss PD × LGD, plus operating cost, plus margin.
 *
 * <p>The sum is rounded HALF_UP to 4 decimals, i.e. to the basis point (rates are quoted like 4.35 %), then
 * bounded by the product's floor and cap. Pure, so tested without Quarkus.
 */
public final class RiskBasedPricing {
    /** Rates carry 4 decimals (0.0435 = 4.35 %). */
    public static final int RATE_SCALE = 4;

    private final BigDecimal lpr;
    private final BigDecimal lgd;
    private final BigDecimal operatingCost;
    private final BigDecimal margin;

    /**
     * @param lpr           one-year Loan Prime Rate, e.g. 0.0300
     * @param lgd           loss given default, e.g. 0.45 (Basel II ¶287 F-IRB senior unsecured)
     * @param operatingCost yearly servicing cost as a rate, e.g. 0.0050
     * @param margin        yearly target margin as a rate, e.g. 0.0100
     */
    public RiskBasedPricing(BigDecimal lpr, BigDecimal lgd, BigDecimal operatingCost, BigDecimal margin) {
        this.lpr = Objects.requireNonNull(lpr);
        this.lgd = Objects.requireNonNull(lgd);
        this.operatingCost = Objects.requireNonNull(operatingCost);
        this.margin = Objects.requireNonNull(margin);
        if (lgd.signum() < 0 || lgd.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("LGD must be between 0 and 1: " + lgd);
        }
    }

    public BigDecimal lgd() {
        return lgd;
    }

    /** Prices an obligor of one-year PD {@code pd} for a product whose rate lies in [floor, cap]. */
    public PriceBreakdown price(BigDecimal pd, BigDecimal floor, BigDecimal cap) {
        if (pd.signum() < 0 || pd.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("PD must be between 0 and 1: " + pd);
        }
        BigDecimal riskPremium = pd.multiply(lgd);
        BigDecimal computed = lpr.add(riskPremium).add(operatingCost).add(margin)
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
        return new PriceBreakdown(lpr, pd, lgd, riskPremium, operatingCost, margin, computed, floor, cap, bound, rate);
    }
}
