package org.smecredit.origination.pricing;

import java.math.BigDecimal;

/**
 * How an annual rate was built, returned with every offer so that the customer and the approver can see it:
 * {@code computedRate = round4(lpr + pd × lgd + capitalCharge + operatingCost + margin)} with
 * {@code capitalCharge = riskWeight × capitalRatio × hurdleRate}, then {@code annualRate} = computedRate bounded by
 * the product's floor and cap. All values are decimals (0.0300 = 3 %).
 *
 * @param riskPremium     expected loss per year, pd × lgd, unrounded
 * @param riskWeight      Basel IRB corporate risk weight with the SME firm-size adjustment (0.7239 = 72.39 %)
 * @param salesEurMillion annual sales used for the SME adjustment, EUR millions; null when no statement is known
 * @param capitalCharge   riskWeight × capitalRatio × hurdleRate: the return the capital held for the loan must earn
 * @param bound           which product bound applied, if any
 */
public record PriceBreakdown(BigDecimal lpr, BigDecimal pd, BigDecimal lgd, BigDecimal riskPremium,
                             BigDecimal operatingCost, BigDecimal margin, BigDecimal computedRate,
                             BigDecimal rateFloor, BigDecimal rateCap, Bound bound, BigDecimal annualRate,
                             BigDecimal riskWeight, BigDecimal salesEurMillion, BigDecimal capitalRatio,
                             BigDecimal hurdleRate, BigDecimal capitalCharge) {

    public enum Bound { NONE, FLOOR, CAP }
}
