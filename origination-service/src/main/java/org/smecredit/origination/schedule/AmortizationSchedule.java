package org.smecredit.origination.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Monthly repayment schedules, exact in BigDecimal, for each {@link RepaymentType}.
 *
 * <p><b>Equal installment</b> (annuity, 等额本息), below. <b>Equal principal</b> (等额本金): principal of each period
 * = P / n rounded HALF_UP to the fen, interest = outstanding × r HALF_UP, the last period takes the remaining
 * principal. <b>Interest-only bullet</b> and <b>line drawdown</b>: interest = outstanding × r HALF_UP every period,
 * the whole principal in the last. In every type the principal parts sum exactly to the amount.
 *
 * <p>Convention (30/360-style monthly accrual): every period is one twelfth of a year whatever its calendar length,
 * so the monthly rate is {@code r = annualRate / 12} and the interest of a period is {@code outstanding × r}. The
 * level payment is {@code P · r / (1 − (1 + r)^−n)} rounded HALF_UP to 2 decimals (CNY fen); with a zero rate it is
 * {@code P / n}. Interest of each period is rounded HALF_UP to 2 decimals, principal = payment − interest, and the
 * last installment takes whatever principal remains, so the principal parts sum <em>exactly</em> to the loan amount
 * (the last payment differs from the others by the accumulated rounding, a few fen at most).
 *
 * <p>Due date k is the disbursement date plus k months ({@link LocalDate#plusMonths}), always counted from the
 * disbursement date, so a loan paid out on 31 January falls due on 28/29 February, 31 March, 30 April, … —
 * month-end safe and never drifting. Pure, so tested without Quarkus.
 */
public final class AmortizationSchedule {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private AmortizationSchedule() {
    }

    /** One installment. Amounts CNY scale 2; {@code outstandingAfter} is the principal left after paying it. */
    public record Installment(int number, LocalDate dueDate, BigDecimal payment, BigDecimal principal,
                              BigDecimal interest, BigDecimal outstandingAfter) {
    }

    /** The monthly rate {@code annualRate / 12}, unrounded (34 significant digits). */
    public static BigDecimal monthlyRate(BigDecimal annualRate) {
        return annualRate.divide(TWELVE, MC);
    }

    /** The level monthly payment {@code P · r / (1 − (1 + r)^−n)}, rounded HALF_UP to 2 decimals. */
    public static BigDecimal levelPayment(BigDecimal principal, BigDecimal annualRate, int termMonths) {
        requireValid(principal, annualRate, termMonths);
        BigDecimal r = monthlyRate(annualRate);
        if (r.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(termMonths), 2, RoundingMode.HALF_UP);
        }
        BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.add(r).pow(-termMonths, MC));
        return principal.multiply(r, MC).divide(discount, MC).setScale(2, RoundingMode.HALF_UP);
    }

    /** The full schedule of a loan of {@code principal} (CNY, scale ≤ 2) disbursed on {@code disbursedOn}. */
    public static List<Installment> annuity(BigDecimal principal, BigDecimal annualRate, int termMonths,
                                            LocalDate disbursedOn) {
        BigDecimal payment = levelPayment(principal, annualRate, termMonths);
        BigDecimal r = monthlyRate(annualRate);
        BigDecimal outstanding = principal.setScale(2, RoundingMode.UNNECESSARY);
        List<Installment> out = new ArrayList<>(termMonths);
        for (int k = 1; k <= termMonths; k++) {
            BigDecimal interest = outstanding.multiply(r).setScale(2, RoundingMode.HALF_UP);
            BigDecimal principalPart = k == termMonths
                    ? outstanding
                    : payment.subtract(interest).min(outstanding).max(BigDecimal.ZERO.setScale(2));
            outstanding = outstanding.subtract(principalPart);
            out.add(new Installment(k, disbursedOn.plusMonths(k), principalPart.add(interest), principalPart,
                    interest, outstanding));
        }
        return Collections.unmodifiableList(out);
    }

    /** The schedule of {@code type}. */
    public static List<Installment> of(RepaymentType type, BigDecimal principal, BigDecimal annualRate,
                                       int termMonths, LocalDate disbursedOn) {
        return switch (type) {
            case EQUAL_INSTALLMENT -> annuity(principal, annualRate, termMonths, disbursedOn);
            case EQUAL_PRINCIPAL -> equalPrincipal(principal, annualRate, termMonths, disbursedOn);
            case INTEREST_ONLY_BULLET, LINE_DRAWDOWN -> bullet(principal, annualRate, termMonths, disbursedOn);
        };
    }

    /** Equal principal (等额本金): P / n each period (HALF_UP to the fen), the last takes the rest. */
    public static List<Installment> equalPrincipal(BigDecimal principal, BigDecimal annualRate, int termMonths,
                                                   LocalDate disbursedOn) {
        requireValid(principal, annualRate, termMonths);
        BigDecimal r = monthlyRate(annualRate);
        BigDecimal part = principal.divide(BigDecimal.valueOf(termMonths), 2, RoundingMode.HALF_UP);
        BigDecimal outstanding = principal.setScale(2, RoundingMode.UNNECESSARY);
        List<Installment> out = new ArrayList<>(termMonths);
        for (int k = 1; k <= termMonths; k++) {
            BigDecimal interest = outstanding.multiply(r).setScale(2, RoundingMode.HALF_UP);
            BigDecimal principalPart = k == termMonths ? outstanding : part.min(outstanding);
            outstanding = outstanding.subtract(principalPart);
            out.add(new Installment(k, disbursedOn.plusMonths(k), principalPart.add(interest), principalPart,
                    interest, outstanding));
        }
        return Collections.unmodifiableList(out);
    }

    /** Interest only, principal at maturity (bullet). */
    public static List<Installment> bullet(BigDecimal principal, BigDecimal annualRate, int termMonths,
                                           LocalDate disbursedOn) {
        requireValid(principal, annualRate, termMonths);
        BigDecimal r = monthlyRate(annualRate);
        BigDecimal outstanding = principal.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal interest = outstanding.multiply(r).setScale(2, RoundingMode.HALF_UP);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        List<Installment> out = new ArrayList<>(termMonths);
        for (int k = 1; k <= termMonths; k++) {
            BigDecimal principalPart = k == termMonths ? outstanding : zero;
            out.add(new Installment(k, disbursedOn.plusMonths(k), principalPart.add(interest), principalPart,
                    interest, k == termMonths ? zero : outstanding));
        }
        return Collections.unmodifiableList(out);
    }

    private static void requireValid(BigDecimal principal, BigDecimal annualRate, int termMonths) {
        if (principal.signum() <= 0) {
            throw new IllegalArgumentException("principal must be positive: " + principal);
        }
        if (principal.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("principal has more than 2 decimals: " + principal);
        }
        if (annualRate.signum() < 0) {
            throw new IllegalArgumentException("annual rate must not be negative: " + annualRate);
        }
        if (termMonths < 1) {
            throw new IllegalArgumentException("term must be at least one month: " + termMonths);
        }
    }
}
