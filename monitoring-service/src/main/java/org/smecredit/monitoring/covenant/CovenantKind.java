package org.smecredit.monitoring.covenant;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.smecredit.monitoring.customer.FinancialStatement;

/**
 * Financial covenants a loan agreement can set, each a figure of the borrower's statement against a limit. Ratios
 * are computed at 6 decimals HALF_UP; amounts are CNY.
 */
public enum CovenantKind {
    /** Total liabilities / total equity must not exceed the limit (zero or negative equity breaches any limit). */
    DEBT_TO_EQUITY(true),
    /** Current assets / current liabilities must be at least the limit. */
    CURRENT_RATIO(false),
    /** Operating profit / interest expense must be at least the limit (no interest expense: nothing to cover). */
    INTEREST_COVER(false),
    /** Total equity (net worth, CNY) must be at least the limit. */
    MIN_NET_WORTH(false);

    static final String CNY = "CNY";

    /** True when the limit is a maximum, false when it is a minimum. */
    public final boolean maximum;

    CovenantKind(boolean maximum) {
        this.maximum = maximum;
    }

    /** What the covenant tests, for evidence. */
    public String figure() {
        return switch (this) {
            case DEBT_TO_EQUITY -> "debt/equity (total liabilities / total equity)";
            case CURRENT_RATIO -> "current ratio (current assets / current liabilities)";
            case INTEREST_COVER -> "interest cover (operating profit / interest expense)";
            case MIN_NET_WORTH -> "net worth (total equity, CNY)";
        };
    }

    /** Outcome of testing one covenant on one statement. */
    public record Test(CovenantKind kind, BigDecimal measured, BigDecimal limit, boolean breached, String inputs) {
    }

    /** Tests the covenant; null when the statement lacks the figures it needs (nothing to judge). */
    public Test test(FinancialStatement s, BigDecimal limit) {
        return switch (this) {
            case DEBT_TO_EQUITY -> {
                if (s.totalLiabilities == null || s.totalEquity == null) {
                    yield null;
                }
                String inputs = "total liabilities " + s.totalLiabilities + ", total equity " + s.totalEquity;
                if (s.totalEquity.signum() <= 0) {
                    // no equity cushion at all: breached whatever the limit, the ratio is undefined
                    yield new Test(this, null, limit, true, inputs);
                }
                BigDecimal ratio = s.totalLiabilities.divide(s.totalEquity, 6, RoundingMode.HALF_UP);
                yield new Test(this, ratio, limit, ratio.compareTo(limit) > 0, inputs);
            }
            case CURRENT_RATIO -> {
                if (s.currentAssets == null || s.currentLiabilities == null || s.currentLiabilities.signum() <= 0) {
                    yield null;
                }
                BigDecimal ratio = s.currentAssets.divide(s.currentLiabilities, 6, RoundingMode.HALF_UP);
                yield new Test(this, ratio, limit, ratio.compareTo(limit) < 0,
                        "current assets " + s.currentAssets + ", current liabilities " + s.currentLiabilities);
            }
            case INTEREST_COVER -> {
                if (s.operatingProfit == null || s.interestExpense == null || s.interestExpense.signum() <= 0) {
                    yield null;
                }
                BigDecimal ratio = s.operatingProfit.divide(s.interestExpense, 6, RoundingMode.HALF_UP);
                yield new Test(this, ratio, limit, ratio.compareTo(limit) < 0,
                        "operating profit " + s.operatingProfit + ", interest expense " + s.interestExpense);
            }
            case MIN_NET_WORTH -> {
                // the limit is in CNY: a statement in another currency is not compared with it
                if (s.totalEquity == null || (s.currency != null && !CNY.equals(s.currency))) {
                    yield null;
                }
                yield new Test(this, s.totalEquity, limit, s.totalEquity.compareTo(limit) < 0,
                        "total equity " + s.totalEquity);
            }
        };
    }
}
