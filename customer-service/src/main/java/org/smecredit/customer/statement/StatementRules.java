package org.smecredit.customer.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.smecredit.platform.problem.Problem;

/** Accounting-identity checks on a statement; pure, so tested without Quarkus. */
public final class StatementRules {
    /** Rounding tolerance on assets = liabilities + equity: 1 CNY or 0.01 % of assets, whichever is larger. */
    static final BigDecimal ABSOLUTE_TOLERANCE = new BigDecimal("1.00");
    static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("0.0001");

    private StatementRules() {
    }

    /** The lines that break an identity, empty when the statement is consistent. */
    public static List<Problem.Violation> violations(FileStatementRequest s) {
        List<Problem.Violation> out = new ArrayList<>();
        BigDecimal gap = s.totalAssets().subtract(s.totalLiabilities().add(s.totalEquity())).abs();
        BigDecimal tolerance = ABSOLUTE_TOLERANCE.max(s.totalAssets().multiply(RELATIVE_TOLERANCE).setScale(2, RoundingMode.HALF_UP));
        if (gap.compareTo(tolerance) > 0) {
            out.add(new Problem.Violation("totalAssets", "total assets " + s.totalAssets()
                    + " differ from liabilities + equity " + s.totalLiabilities().add(s.totalEquity()) + " by " + gap));
        }
        if (s.currentAssets().compareTo(s.totalAssets()) > 0) {
            out.add(new Problem.Violation("currentAssets", "current assets exceed total assets"));
        }
        if (s.currentLiabilities().compareTo(s.totalLiabilities()) > 0) {
            out.add(new Problem.Violation("currentLiabilities", "current liabilities exceed total liabilities"));
        }
        return out;
    }
}
