package org.smecredit.origination.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmortizationScheduleTest {
    private static final LocalDate DISBURSED = LocalDate.of(2026, 3, 15);

    /**
     * Level payments of the annuity formula P·r/(1−(1+r)^−n), r = annual/12, computed independently (Python
     * decimal, 34 digits; 1,000,000 at 6 % over 12 months is the textbook PMT(0.5 %, 12, 1,000,000) = 86,066.43;
     * 500,000 at 4.35 % over 36 months is the 等额本息 figure Chinese bank calculators show, 14,839.97).
     */
    @ParameterizedTest(name = "{0} at {1} over {2} months pays {3} a month")
    @CsvSource({
            "1000000.00, 0.06,   12, 86066.43",
            "500000.00,  0.0435, 36, 14839.97",
            "3000000.00, 0.0486, 60, 56421.48",
            "100000.00,  0.0451,  6, 16886.59",
            "9999999.99, 0.1200, 60, 222444.48",
            "250000.00,  0.0385, 24, 10839.55"})
    void paysTheAnnuityLevelPayment(BigDecimal principal, BigDecimal rate, int months, BigDecimal payment) {
        assertEquals(payment, AmortizationSchedule.levelPayment(principal, rate, months));
        List<AmortizationSchedule.Installment> schedule = AmortizationSchedule.annuity(principal, rate, months, DISBURSED);
        for (AmortizationSchedule.Installment i : schedule.subList(0, months - 1)) {
            assertEquals(payment, i.payment(), "installment " + i.number());
        }
    }

    @ParameterizedTest(name = "{0} at {1} over {2} months: principal sums exactly")
    @CsvSource({
            "1000000.00, 0.06,   12",
            "500000.00,  0.0435, 36",
            "3000000.00, 0.0486, 60",
            "100000.00,  0.0451,  6",
            "9999999.99, 0.1200, 60",
            "123456.78,  0.0399, 35",
            "100000.01,  0.0000, 7"})
    void principalPartsSumExactlyToTheLoanAmountAndEndAtZero(BigDecimal principal, BigDecimal rate, int months) {
        List<AmortizationSchedule.Installment> schedule = AmortizationSchedule.annuity(principal, rate, months, DISBURSED);
        assertEquals(months, schedule.size());
        BigDecimal sum = schedule.stream().map(AmortizationSchedule.Installment::principal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(principal, sum);
        assertEquals(new BigDecimal("0.00"), schedule.get(months - 1).outstandingAfter());
        for (AmortizationSchedule.Installment i : schedule) {
            assertEquals(2, i.principal().scale());
            assertEquals(2, i.interest().scale());
            assertTrue(i.principal().signum() >= 0 && i.interest().signum() >= 0, "installment " + i.number());
            assertEquals(i.principal().add(i.interest()), i.payment());
        }
    }

    @Test
    void chargesInterestOnTheOutstandingPrincipalAtOneTwelfthOfTheAnnualRate() {
        BigDecimal r = new BigDecimal("0.005");
        BigDecimal outstanding = new BigDecimal("1000000.00");
        for (AmortizationSchedule.Installment i : AmortizationSchedule.annuity(outstanding, new BigDecimal("0.06"), 12, DISBURSED)) {
            assertEquals(outstanding.multiply(r).setScale(2, RoundingMode.HALF_UP), i.interest(), "installment " + i.number());
            outstanding = outstanding.subtract(i.principal());
            assertEquals(outstanding, i.outstandingAfter());
        }
        // first period: 1,000,000 × 0.5 % = 5,000.00 interest, 81,066.43 principal
        var first = AmortizationSchedule.annuity(new BigDecimal("1000000.00"), new BigDecimal("0.06"), 12, DISBURSED).get(0);
        assertEquals(new BigDecimal("5000.00"), first.interest());
        assertEquals(new BigDecimal("81066.43"), first.principal());
    }

    /** Rounding of eleven payments leaves the last installment to take the remaining principal. */
    @ParameterizedTest(name = "{0} at {1} over {2} months: last installment {3} principal + {4} interest")
    @CsvSource({
            "1000000.00, 0.06,   12, 85638.23, 428.19",
            "3000000.00, 0.0486, 60, 56194.02, 227.59",
            "9999999.99, 0.1200, 60, 220241.77, 2202.42"})
    void lastInstallmentTakesTheRemainingPrincipal(BigDecimal principal, BigDecimal rate, int months,
                                                   BigDecimal lastPrincipal, BigDecimal lastInterest) {
        List<AmortizationSchedule.Installment> schedule = AmortizationSchedule.annuity(principal, rate, months, DISBURSED);
        AmortizationSchedule.Installment last = schedule.get(months - 1);
        assertEquals(lastPrincipal, last.principal());
        assertEquals(lastInterest, last.interest());
        assertEquals(schedule.get(months - 2).outstandingAfter(), last.principal());
        BigDecimal level = AmortizationSchedule.levelPayment(principal, rate, months);
        assertTrue(last.payment().subtract(level).abs().compareTo(new BigDecimal("1.00")) < 0,
                "last payment " + last.payment() + " differs from the level payment " + level + " by rounding only");
    }

    @ParameterizedTest(name = "disbursed {0}: installment {1} due {2}")
    @CsvSource({
            "2026-01-31, 1, 2026-02-28",
            "2026-01-31, 2, 2026-03-31",
            "2026-01-31, 3, 2026-04-30",
            "2027-12-31, 2, 2028-02-29",
            "2026-03-15, 12, 2027-03-15",
            "2026-08-30, 6, 2027-02-28"})
    void fallsDueMonthlyFromTheDisbursementDateEndOfMonthSafe(LocalDate disbursed, int number, LocalDate due) {
        var schedule = AmortizationSchedule.annuity(new BigDecimal("1000000.00"), new BigDecimal("0.05"), 12, disbursed);
        assertEquals(due, schedule.get(number - 1).dueDate());
    }

    @Test
    void aZeroRateRepaysEqualPrincipalWithoutInterest() {
        var schedule = AmortizationSchedule.annuity(new BigDecimal("100000.00"), BigDecimal.ZERO, 3, DISBURSED);
        assertEquals(new BigDecimal("33333.33"), schedule.get(0).payment());
        assertEquals(new BigDecimal("33333.34"), schedule.get(2).principal());
        assertEquals(new BigDecimal("0.00"), schedule.get(2).interest());
    }

    @Test
    void refusesImpossibleLoans() {
        assertThrows(IllegalArgumentException.class,
                () -> AmortizationSchedule.annuity(BigDecimal.ZERO, new BigDecimal("0.05"), 12, DISBURSED));
        assertThrows(IllegalArgumentException.class,
                () -> AmortizationSchedule.annuity(new BigDecimal("100.001"), new BigDecimal("0.05"), 12, DISBURSED));
        assertThrows(IllegalArgumentException.class,
                () -> AmortizationSchedule.annuity(new BigDecimal("100.00"), new BigDecimal("0.05"), 0, DISBURSED));
        assertThrows(IllegalArgumentException.class,
                () -> AmortizationSchedule.annuity(new BigDecimal("100.00"), new BigDecimal("-0.01"), 12, DISBURSED));
    }
}
