package org.smecredit.rating.rating;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The statement figures a rating model reads, in CNY (equity may be negative). Totals that cannot be negative (assets, liabilities,
 * current items, revenue, interest expense) are checked here; profits and cash flow may be negative.
 */
public record Financials(
        BigDecimal totalAssets,
        BigDecimal totalLiabilities,
        BigDecimal currentAssets,
        BigDecimal currentLiabilities,
        BigDecimal revenue,
        BigDecimal operatingProfit,
        BigDecimal netProfit,
        BigDecimal interestExpense,
        BigDecimal operatingCashFlow,
        BigDecimal totalEquity) {

    /** Without a reported equity figure: equity = total assets − total liabilities (the balance-sheet identity). */
    public Financials(BigDecimal totalAssets, BigDecimal totalLiabilities, BigDecimal currentAssets,
                      BigDecimal currentLiabilities, BigDecimal revenue, BigDecimal operatingProfit,
                      BigDecimal netProfit, BigDecimal interestExpense, BigDecimal operatingCashFlow) {
        this(totalAssets, totalLiabilities, currentAssets, currentLiabilities, revenue, operatingProfit, netProfit,
                interestExpense, operatingCashFlow, totalAssets.subtract(totalLiabilities));
    }

    public Financials {
        nonNegative("totalAssets", totalAssets);
        nonNegative("totalLiabilities", totalLiabilities);
        nonNegative("currentAssets", currentAssets);
        nonNegative("currentLiabilities", currentLiabilities);
        nonNegative("revenue", revenue);
        Objects.requireNonNull(operatingProfit, "operatingProfit");
        Objects.requireNonNull(netProfit, "netProfit");
        nonNegative("interestExpense", interestExpense);
        Objects.requireNonNull(operatingCashFlow, "operatingCashFlow");
        Objects.requireNonNull(totalEquity, "totalEquity");
    }

    private static void nonNegative(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " cannot be negative: " + value);
        }
    }
}
