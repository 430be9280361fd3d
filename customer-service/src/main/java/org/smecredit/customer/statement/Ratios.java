package org.smecredit.customer.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Standard credit-analysis ratios of one statement, decimals at scale 4 (HALF_UP); a ratio whose denominator is zero
 * or negative (equity) is null rather than a misleading number. Growth compares with the latest version of the
 * previous period filed, null when there is none. Pure.
 */
public record Ratios(
        /** leverage */
        BigDecimal debtToAssets, BigDecimal debtToEquity,
        /** liquidity */
        BigDecimal currentRatio,
        /** profitability */
        BigDecimal operatingMargin, BigDecimal netMargin, BigDecimal returnOnAssets, BigDecimal returnOnEquity,
        /** coverage */
        BigDecimal interestCoverage, BigDecimal operatingCashFlowToLiabilities,
        /** turnover */
        BigDecimal assetTurnover,
        /** growth against the previous period */
        BigDecimal revenueGrowth, BigDecimal netProfitGrowth) {

    public static Ratios of(FinancialStatement s, FinancialStatement previous) {
        return new Ratios(
                div(s.totalLiabilities, s.totalAssets),
                div(s.totalLiabilities, s.totalEquity),
                div(s.currentAssets, s.currentLiabilities),
                div(s.operatingProfit, s.revenue),
                div(s.netProfit, s.revenue),
                div(s.netProfit, s.totalAssets),
                div(s.netProfit, s.totalEquity),
                div(s.operatingProfit, s.interestExpense),
                div(s.operatingCashFlow, s.totalLiabilities),
                div(s.revenue, s.totalAssets),
                previous == null ? null : growth(s.revenue, previous.revenue),
                previous == null ? null : growth(s.netProfit, previous.netProfit));
    }

    private static BigDecimal div(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || denominator.signum() <= 0) {
            return null;
        }
        return numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }

    /** (now − before) / |before|, so growth out of a loss reads positive. */
    private static BigDecimal growth(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).divide(before.abs(), 4, RoundingMode.HALF_UP);
    }
}
