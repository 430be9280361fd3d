package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The headline ratios of a loan book, from the exposure (outstanding principal) by five-category class and the ECL.
 *
 * <p>NPL = substandard + doubtful + loss (CBIRC/PBOC Order [2023] No. 1: the three lower classes are the
 * non-performing assets; domain-facts.md), so NPL ratio = NPL exposure / total exposure; special-mention ratio =
 * special-mention exposure / total exposure; provision coverage = ECL / NPL exposure (the regulator's provision
 * coverage ratio, 银监发〔2018〕7号, domain-facts.md, its 120-150 % range unconfirmed). Ratios are decimals (0.25 =
 * 25 %) at {@link #SCALE} decimal places, {@link RoundingMode#HALF_UP}; a ratio whose denominator is zero is null
 * (undefined, not 0): no exposure gives no NPL ratio, no NPL gives no coverage.
 */
public record PortfolioRatios(BigDecimal nplRatio, BigDecimal specialMentionRatio, BigDecimal provisionCoverage) {
    public static final int SCALE = 6;

    public static PortfolioRatios of(BigDecimal exposure, BigDecimal specialMentionExposure, BigDecimal nplExposure,
                                     BigDecimal ecl) {
        return new PortfolioRatios(ratio(nplExposure, exposure), ratio(specialMentionExposure, exposure),
                ratio(ecl, nplExposure));
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
    }
}
