package org.smecredit.origination.pricing;

import java.math.BigDecimal;

/** Presentation of rates and PDs read back from NUMERIC(12,8) columns: 0.03000000 → 0.0300, 0.00562500 → 0.005625. */
public final class Rates {
    private Rates() {
    }

    /** Trailing zeros beyond 4 decimals dropped; at least 4 decimals kept. Null stays null. */
    public static BigDecimal normalize(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < RiskBasedPricing.RATE_SCALE ? stripped.setScale(RiskBasedPricing.RATE_SCALE) : stripped;
    }

    public static PriceBreakdown normalize(PriceBreakdown p) {
        if (p == null) {
            return null;
        }
        return new PriceBreakdown(normalize(p.lpr()), normalize(p.pd()), normalize(p.lgd()), normalize(p.riskPremium()),
                normalize(p.operatingCost()), normalize(p.margin()), normalize(p.computedRate()),
                normalize(p.rateFloor()), normalize(p.rateCap()), p.bound(), normalize(p.annualRate()),
                normalize(p.riskWeight()), normalize(p.salesEurMillion()),
                normalize(p.capitalRatio()), normalize(p.hurdleRate()), normalize(p.capitalCharge()));
    }
}
