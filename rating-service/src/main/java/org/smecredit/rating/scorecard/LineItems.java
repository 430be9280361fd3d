package org.smecredit.rating.scorecard;

/**
 * The statement line items customer-service holds, as the scorecard reads them (CNY; doubles are fine here: the
 * scorecard reads ratios, never sums money).
 */
public record LineItems(double totalAssets, double totalLiabilities, double totalEquity, double currentAssets,
                        double currentLiabilities, double revenue, double operatingProfit, double netProfit,
                        double interestExpense, double operatingCashFlow) {
}
