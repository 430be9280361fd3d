package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The loan book as of a completed daily run ({@code asOf}; null when no run has completed yet): totals, exposure by
 * five-category class, IFRS 9 stage and grade, by the borrower's industry, region and SME size class (from the
 * customer profile; {@value PortfolioSql#UNKNOWN} when the borrower has no profile or the attribute is not known), and
 * the headline ratios ({@link PortfolioRatios}). Industry, region and size class are ordered by exposure, largest
 * first (the concentrations a risk committee reads first).
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
        Map<String, Exposure> byGrade,
        Map<String, Exposure> byIndustry,
        Map<String, Exposure> byRegion,
        Map<String, Exposure> bySizeClass) {
}
