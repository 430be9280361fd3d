package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;

/**
 * Loans, their outstanding principal (exposure, CNY) and their ECL within one slice of the book, with the slice's
 * non-performing exposure (substandard + doubtful + loss), its NPL ratio (NPL exposure / the slice's exposure) and its
 * share of the whole book's exposure (concentration). Ratios as in {@link PortfolioRatios}: 6 decimals HALF_UP, null
 * when the denominator is zero.
 */
public record Exposure(int loans, BigDecimal exposure, BigDecimal ecl, BigDecimal nplExposure, BigDecimal nplRatio,
                       BigDecimal share) {
}
