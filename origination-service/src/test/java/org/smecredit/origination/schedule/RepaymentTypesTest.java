package org.smecredit.origination.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schedule arithmetic per repayment type: principal sums exactly to the amount, the last installment absorbs the
 * rounding, interest is outstanding × annual / 12 HALF_UP to the fen. Hand-computed figures (Python decimal).
 */
class RepaymentTypesTest {
    private static final LocalDate DISBURSED = LocalDate.of(2026, 1, 31);

    private static BigDecimal sum(List<AmortizationSchedule.Installment> s,
                                  java.util.function.Function<AmortizationSchedule.Installment, BigDecimal> f) {
        return s.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @ParameterizedTest(name = "{0}: {1} at {2} over {3} months")
    @CsvSource({
            "EQUAL_INSTALLMENT,    1000000.00, 0.06,   12",
            "EQUAL_INSTALLMENT,    333333.33,  0.0537, 7",
            "EQUAL_PRINCIPAL,      1000000.00, 0.06,   12",
            "EQUAL_PRINCIPAL,      250000.00,  0.0385, 7",
            "EQUAL_PRINCIPAL,      9999999.99, 0.1200, 60",
            "INTEREST_ONLY_BULLET, 1000000.00, 0.06,   12",
            "INTEREST_ONLY_BULLET, 50000.01,   0.0350, 1",
            "LINE_DRAWDOWN,        2000000.00, 0.0480, 12"})
    void principalSumsExactlyToTheAmountAndTheLoanEndsAtZero(RepaymentType type, BigDecimal amount, BigDecimal rate,
                                                            int months) {
        List<AmortizationSchedule.Installment> s = AmortizationSchedule.of(type, amount, rate, months, DISBURSED);
        assertEquals(months, s.size());
        assertEquals(amount, sum(s, AmortizationSchedule.Installment::principal));
        assertEquals(new BigDecimal("0.00"), s.get(months - 1).outstandingAfter());
        assertEquals(DISBURSED.plusMonths(months), s.get(months - 1).dueDate());
        for (AmortizationSchedule.Installment i : s) {
            assertEquals(i.payment(), i.principal().add(i.interest()), "installment " + i.number());
            assertEquals(2, i.principal().scale());
        }
    }

    @Test
    void equalPrincipalRepaysAFixedShareAndTheLastAbsorbsTheRounding() {
        // 1,000,000 / 12 = 83,333.33; interest of month 1 = 1,000,000 × 0.005 = 5,000.00; month 2 = 916,666.67 ×
        // 0.005 = 4,583.33; the last repays 1,000,000 − 11 × 83,333.33 = 83,333.37 with 416.67 interest
        List<AmortizationSchedule.Installment> s = AmortizationSchedule.equalPrincipal(new BigDecimal("1000000.00"),
                new BigDecimal("0.06"), 12, DISBURSED);
        assertEquals(new BigDecimal("83333.33"), s.get(0).principal());
        assertEquals(new BigDecimal("5000.00"), s.get(0).interest());
        assertEquals(new BigDecimal("88333.33"), s.get(0).payment());
        assertEquals(new BigDecimal("4583.33"), s.get(1).interest());
        assertEquals(new BigDecimal("83333.37"), s.get(11).principal());
        assertEquals(new BigDecimal("416.67"), s.get(11).interest());
        assertEquals(new BigDecimal("32500.00"), sum(s, AmortizationSchedule.Installment::interest));
        // month-end safe: disbursed 31 January, due 28 February
        assertEquals(LocalDate.of(2026, 2, 28), s.get(0).dueDate());
    }

    @Test
    void equalPrincipalWithAnUnevenDivision() {
        // 250,000 / 7 = 35,714.29 (HALF_UP); the last takes 250,000 − 6 × 35,714.29 = 35,714.26
        List<AmortizationSchedule.Installment> s = AmortizationSchedule.equalPrincipal(new BigDecimal("250000.00"),
                new BigDecimal("0.0385"), 7, DISBURSED);
        assertEquals(new BigDecimal("35714.29"), s.get(0).principal());
        assertEquals(new BigDecimal("802.08"), s.get(0).interest());
        assertEquals(new BigDecimal("35714.26"), s.get(6).principal());
        assertEquals(new BigDecimal("114.58"), s.get(6).interest());
        assertEquals(new BigDecimal("3208.33"), sum(s, AmortizationSchedule.Installment::interest));
    }

    @Test
    void aBulletPaysInterestMonthlyAndThePrincipalAtMaturity() {
        List<AmortizationSchedule.Installment> s = AmortizationSchedule.of(RepaymentType.INTEREST_ONLY_BULLET,
                new BigDecimal("1000000.00"), new BigDecimal("0.06"), 12, DISBURSED);
        for (AmortizationSchedule.Installment i : s.subList(0, 11)) {
            assertEquals(new BigDecimal("0.00"), i.principal());
            assertEquals(new BigDecimal("5000.00"), i.interest());
            assertEquals(new BigDecimal("1000000.00"), i.outstandingAfter());
        }
        assertEquals(new BigDecimal("1005000.00"), s.get(11).payment());
        assertEquals(new BigDecimal("60000.00"), sum(s, AmortizationSchedule.Installment::interest));
    }
}
