package org.smecredit.monitoring.classification;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * IFRS 9 expected credit loss, ECL = PD × LGD × EAD (the practical decomposition of §5.5.17). Pure.
 *
 * <ul>
 *   <li>Stage 1: 12-month ECL (§5.5.5) → the one-year PD.</li>
 *   <li>Stage 2: lifetime ECL (§5.5.3) → lifetime PD {@code 1 − (1 − PD)^T}, T the remaining term in years
 *       (Actual/365 from the business date to maturity), at least 1.</li>
 *   <li>Stage 3: credit-impaired, default has happened → PD 1.</li>
 * </ul>
 * Undiscounted and single-scenario in this slice; money is CNY rounded HALF_UP to 2 decimals.
 */
public final class ExpectedCreditLoss {
    /** Scale of the probabilities computed here. */
    public static final int PD_SCALE = 8;

    private ExpectedCreditLoss() {
    }

    /** The PD that applies in {@code stage}, from the borrower's one-year PD. */
    public static BigDecimal probabilityOfDefault(int stage, BigDecimal oneYearPd, LocalDate asOf, LocalDate maturity) {
        return switch (stage) {
            case 1 -> oneYearPd.setScale(PD_SCALE, RoundingMode.HALF_UP);
            case 2 -> lifetimePd(oneYearPd, remainingYears(asOf, maturity));
            case 3 -> BigDecimal.ONE.setScale(PD_SCALE);
            default -> throw new IllegalArgumentException("IFRS 9 stage must be 1, 2 or 3: " + stage);
        };
    }

    /** Remaining term in years, Actual/365, at least 1. */
    public static double remainingYears(LocalDate asOf, LocalDate maturity) {
        double years = ChronoUnit.DAYS.between(asOf, maturity) / 365.0;
        return Math.max(1.0, years);
    }

    /** {@code 1 − (1 − PD)^years}: the probability of defaulting at some point over {@code years}. */
    public static BigDecimal lifetimePd(BigDecimal oneYearPd, double years) {
        double survival = Math.pow(1.0 - oneYearPd.doubleValue(), years);
        return BigDecimal.ONE.subtract(new BigDecimal(survival, MathContext.DECIMAL64))
                .setScale(PD_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal ecl(BigDecimal pd, BigDecimal lgd, BigDecimal ead) {
        return pd.multiply(lgd).multiply(ead).setScale(2, RoundingMode.HALF_UP);
    }
}
