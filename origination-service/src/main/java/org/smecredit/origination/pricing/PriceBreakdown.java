package org.smecredit.origination.pricing;

import java.math.BigDecimal;

/**
 * How an annual rate was built, returned with every decision so that the customer and the approver can see it:
 * {@code computedRate = round4(lpr + pd × lgd + operatingCost + margin)}, then {@code annualRate} = computedRate
 * bounded by the product's floor and cap. All values are decimals (0.0300 = 3 %).
 *
 * @param riskPremium expected loss per year, pd × lgd, unrounded
 * @param bound       which product bound applied, if any
 */
public record PriceBreakdown(BigDecimal lpr, BigDecimal pd, BigDecimal lgd, BigDecimal riskPremium,
                             BigDecimal operatingCost, BigDecimal margin, BigDecimal computedRate,
                             BigDecimal rateFloor, BigDecimal rateCap, Bound bound, BigDecimal annualRate) {

    public enum Bound { NONE, FLOOR, CAP }
}
