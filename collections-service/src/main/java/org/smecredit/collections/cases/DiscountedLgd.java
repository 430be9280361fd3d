package org.smecredit.collections.cases;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Economic realized LGD of a workout (Basel II ¶468: the loss is economic, discounted, with material direct and
 * indirect collection costs):
 *
 * <pre>
 *   LGD = 1 − (PV(recoveries) − PV(costs)) / EAD,   PV(x) = Σ amount × (1 + r)^(−days / 365)
 * </pre>
 * where days runs from the default date (the case's opening) to each cash flow's date, and r is the loan's effective
 * annual rate (its contractual rate; IFRS 9 discounts credit losses at the effective interest rate, shared/
 * domain-facts.md ECL). Clamped to [0, 1] (costs beyond recoveries are a loss of more than the exposure, reported
 * as 1, the range rating's LGD takes) and rounded HALF_UP to 4 decimals; present values HALF_UP to 2.
 *
 * <p>The discount factor is computed in double precision and rounded to 12 decimals: a factor, not money, and 12
 * digits keep a present value of 10^12 exact to the cent.
 */
public final class DiscountedLgd {
    private static final int FACTOR_SCALE = 12;

    private DiscountedLgd() {
    }

    public enum FlowKind { RECOVERY, COST }

    public record CashFlow(LocalDate date, BigDecimal amount, FlowKind kind) {
        public CashFlow {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            if (amount == null || amount.signum() < 0) {
                throw new IllegalArgumentException("a cash flow amount is not negative");
            }
        }
    }

    public record Result(BigDecimal annualRate, BigDecimal presentValueOfRecoveries, BigDecimal presentValueOfCosts,
                         BigDecimal lgd) {
    }

    public static Result of(BigDecimal exposureAtDefault, LocalDate defaultDate, BigDecimal annualRate,
                            List<CashFlow> flows) {
        if (exposureAtDefault == null || exposureAtDefault.signum() <= 0) {
            throw new IllegalArgumentException("exposure at default must be positive");
        }
        if (annualRate == null || annualRate.signum() < 0) {
            throw new IllegalArgumentException("the discount rate must not be negative");
        }
        BigDecimal recoveries = BigDecimal.ZERO;
        BigDecimal costs = BigDecimal.ZERO;
        for (CashFlow f : flows) {
            BigDecimal pv = f.amount().multiply(discountFactor(annualRate, defaultDate, f.date()), MathContext.DECIMAL128);
            if (f.kind() == FlowKind.RECOVERY) {
                recoveries = recoveries.add(pv);
            } else {
                costs = costs.add(pv);
            }
        }
        BigDecimal pvRecoveries = recoveries.setScale(2, RoundingMode.HALF_UP);
        BigDecimal pvCosts = costs.setScale(2, RoundingMode.HALF_UP);
        // one division of the unrounded net: a single HALF_UP rounding
        BigDecimal loss = exposureAtDefault.subtract(recoveries.subtract(costs))
                .divide(exposureAtDefault, RealizedLgd.SCALE, RoundingMode.HALF_UP);
        if (loss.signum() < 0) {
            loss = BigDecimal.ZERO.setScale(RealizedLgd.SCALE);
        } else if (loss.compareTo(BigDecimal.ONE) > 0) {
            loss = BigDecimal.ONE.setScale(RealizedLgd.SCALE);
        }
        return new Result(annualRate, pvRecoveries, pvCosts, loss);
    }

    /** (1 + r)^(−days/365); cash flows dated before the default are not discounted (factor 1). */
    static BigDecimal discountFactor(BigDecimal annualRate, LocalDate defaultDate, LocalDate date) {
        long days = Math.max(0, ChronoUnit.DAYS.between(defaultDate, date));
        double factor = Math.pow(1 + annualRate.doubleValue(), -days / 365.0);
        return new BigDecimal(factor).setScale(FACTOR_SCALE, RoundingMode.HALF_UP);
    }
}
