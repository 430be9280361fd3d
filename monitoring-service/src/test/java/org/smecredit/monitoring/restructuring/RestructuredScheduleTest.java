package org.smecredit.monitoring.restructuring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;

class RestructuredScheduleTest {

    /** The contract sample: 1,000,000.00 at 12 % over 36 months, level payment 33,214.31. */
    @Test
    void levelPaymentsWithTheLastAbsorbingTheRounding() {
        var s = RestructuredSchedule.of(new BigDecimal("1000000.00"), new BigDecimal("0.12"), 36,
                new BigDecimal("33214.31"), LocalDate.parse("2027-04-15"), 7);
        assertEquals(36, s.size());
        assertEquals(7, s.get(0).number());
        assertEquals(42, s.get(35).number());
        assertEquals(LocalDate.parse("2027-04-15"), s.get(0).dueDate());
        assertEquals(LocalDate.parse("2030-03-15"), s.get(35).dueDate());
        // month 1: interest 1,000,000.00 × 1 % = 10,000.00, principal 23,214.31
        assertEquals(new BigDecimal("10000.00"), s.get(0).interestDue());
        assertEquals(new BigDecimal("23214.31"), s.get(0).principalDue());
        // every payment but the last is the level payment
        for (int k = 0; k < 35; k++) {
            assertEquals(new BigDecimal("33214.31"), s.get(k).principalDue().add(s.get(k).interestDue()), "month " + (k + 1));
        }
        // the principal adds up exactly; the last payment differs from the level one by rounding only
        assertEquals(new BigDecimal("1000000.00"), s.stream().map(ScheduledInstallment::principalDue)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal last = s.get(35).principalDue().add(s.get(35).interestDue());
        assertEquals(true, last.subtract(new BigDecimal("33214.31")).abs().compareTo(new BigDecimal("0.50")) < 0, last.toPlainString());
    }

    @Test
    void aZeroRateRepaysPrincipalOnlyAndMonthEndsClamp() {
        var s = RestructuredSchedule.of(new BigDecimal("1000.00"), BigDecimal.ZERO, 3, new BigDecimal("333.33"),
                LocalDate.parse("2025-01-31"), 1);
        assertEquals(new BigDecimal("333.33"), s.get(0).principalDue());
        assertEquals(new BigDecimal("0.00"), s.get(0).interestDue());
        assertEquals(new BigDecimal("333.34"), s.get(2).principalDue());
        assertEquals(LocalDate.parse("2025-02-28"), s.get(1).dueDate());
    }

    @Test
    void refusesTermsThatCannotMakeASchedule() {
        LocalDate first = LocalDate.parse("2025-01-15");
        assertThrows(IllegalArgumentException.class, () -> RestructuredSchedule.of(new BigDecimal("1000.00"),
                new BigDecimal("0.12"), 12, new BigDecimal("5.00"), first, 1));
        assertThrows(IllegalArgumentException.class, () -> RestructuredSchedule.of(new BigDecimal("1000.00"),
                new BigDecimal("0.12"), 0, new BigDecimal("100.00"), first, 1));
        assertThrows(IllegalArgumentException.class, () -> RestructuredSchedule.of(BigDecimal.ZERO,
                new BigDecimal("0.12"), 12, new BigDecimal("100.00"), first, 1));
        assertThrows(IllegalArgumentException.class, () -> RestructuredSchedule.of(new BigDecimal("1000.00"),
                new BigDecimal("-0.01"), 12, new BigDecimal("100.00"), first, 1));
    }
}
