package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The headline metrics of one business date's completed run, from its loan_day rows. */
public record PortfolioPoint(
        LocalDate businessDate,
        int loans,
        BigDecimal exposure,
        BigDecimal specialMentionExposure,
        BigDecimal nplExposure,
        BigDecimal totalEcl,
        BigDecimal nplRatio,
        BigDecimal specialMentionRatio,
        BigDecimal provisionCoverage) {
}
