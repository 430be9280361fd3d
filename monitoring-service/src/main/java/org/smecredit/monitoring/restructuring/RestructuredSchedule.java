package org.smecredit.monitoring.restructuring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;

/**
 * The new schedule of a restructured loan (collections.loan-restructured.v1): {@code termMonths} level monthly
 * installments of {@code monthlyPayment}, the first on {@code firstDueDate} and then on the same day of each following
 * month. Each month's interest is the outstanding principal × annual rate / 12, HALF_UP to 2 decimals (CNY); the
 * rest of the payment repays principal; the last installment repays all the principal left, so it absorbs the
 * rounding and the schedule's principal is exactly the restructured principal. Pure.
 */
public final class RestructuredSchedule {
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private RestructuredSchedule() {
    }

    /**
     * @param firstNumber number of the first new installment (after the loan's existing ones)
     * @throws IllegalArgumentException when the terms cannot make a schedule: no principal or term, more than 2
     *                                  decimals, or a payment that does not cover a month's interest
     */
    public static List<ScheduledInstallment> of(BigDecimal principal, BigDecimal annualRate, int termMonths,
                                                BigDecimal monthlyPayment, LocalDate firstDueDate, int firstNumber) {
        if (principal == null || principal.signum() <= 0 || principal.scale() > 2 && principal.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("restructured principal must be positive with at most 2 decimals: " + principal);
        }
        if (termMonths < 1) {
            throw new IllegalArgumentException("term must be at least one month: " + termMonths);
        }
        if (annualRate == null || annualRate.signum() < 0) {
            throw new IllegalArgumentException("annual rate must not be negative: " + annualRate);
        }
        if (monthlyPayment == null || monthlyPayment.signum() <= 0) {
            throw new IllegalArgumentException("monthly payment must be positive: " + monthlyPayment);
        }
        BigDecimal outstanding = principal.setScale(2, RoundingMode.UNNECESSARY);
        List<ScheduledInstallment> schedule = new ArrayList<>();
        for (int k = 0; k < termMonths; k++) {
            BigDecimal interest = outstanding.multiply(annualRate).divide(MONTHS, 2, RoundingMode.HALF_UP);
            BigDecimal repaid;
            if (k == termMonths - 1) {
                repaid = outstanding;
            } else {
                repaid = monthlyPayment.setScale(2, RoundingMode.HALF_UP).subtract(interest);
                if (repaid.signum() < 0) {
                    throw new IllegalArgumentException("monthly payment " + monthlyPayment.toPlainString()
                            + " does not cover the interest " + interest.toPlainString() + " of month " + (k + 1));
                }
                repaid = repaid.min(outstanding);
            }
            schedule.add(new ScheduledInstallment(firstNumber + k, firstDueDate.plusMonths(k), repaid, interest));
            outstanding = outstanding.subtract(repaid);
        }
        return schedule;
    }
}
