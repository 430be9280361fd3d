package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The loan book as of a completed daily run ({@code asOf}; null when no run has completed yet): totals, exposure by
 * five-category class, IFRS 9 stage and grade, and the headline ratios ({@link PortfolioRatios}).
 */
public record PortfolioView(
        LocalDate asOf,
        int loans,
        BigDecimal exposure,
        BigDecimal specialMentionExposure,
        BigDecimal nplExposure,
        BigDecimal totalEcl,
        BigDecimal nplRatio,
        BigDecimal specialMentionRatio,
        BigDecimal provisionCoverage,
        Map<String, Exposure> byCategory,
        Map<Integer, Exposure> byStage,
        Map<String, Exposure> byGrade) {
}
