package org.smecredit.monitoring.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.monitoring.repayment.RepaymentAllocation.PaidInstallment;

class DelinquencyTest {

    static PaidInstallment inst(int n, String due, String principalDue, String interestDue, String principalPaid,
                                String interestPaid) {
        return new PaidInstallment(n, LocalDate.parse(due), new BigDecimal(principalDue), new BigDecimal(interestDue),
                new BigDecimal(principalPaid), new BigDecimal(interestPaid));
    }

    /** Installment 1 fully paid, 2 paid except 0.01 of principal, 3 only its interest paid, 4 untouched. */
    static final List<PaidInstallment> SCHEDULE = List.of(
            inst(1, "2026-01-15", "1000.00", "50.00", "1000.00", "50.00"),
            inst(2, "2026-02-15", "1000.00", "40.00", "999.99", "40.00"),
            inst(3, "2026-03-15", "1000.00", "30.00", "0.00", "30.00"),
            inst(4, "2026-04-15", "1000.00", "20.00", "0.00", "0.00"));

    @ParameterizedTest(name = "as of {0}: {1} DPD")
    @CsvSource({
            // nothing due yet but the paid installment
            "2026-02-14, 0",
            // due today is not yet past due
            "2026-02-15, 0",
            // a cent short on installment 2 makes it past due from its own due date
            "2026-02-16, 1",
            "2026-03-15, 28",
            // counted from the oldest unpaid installment, not the latest
            "2026-04-20, 64"
    })
    void countsDaysFromTheOldestInstallmentNotFullyPaid(String asOf, int dpd) {
        assertEquals(dpd, Delinquency.daysPastDue(SCHEDULE, LocalDate.parse(asOf)));
    }

    @ParameterizedTest(name = "interest-only partial payment on installment 3 as of {0}: {1} DPD")
    @CsvSource({"2026-03-16, 1", "2026-03-31, 16"})
    void anUnpaidPrincipalWithInterestPaidIsStillPastDue(String asOf, int dpd) {
        var schedule = List.of(SCHEDULE.get(0), inst(2, "2026-02-15", "1000.00", "40.00", "1000.00", "40.00"),
                SCHEDULE.get(2), SCHEDULE.get(3));
        assertEquals(dpd, Delinquency.daysPastDue(schedule, LocalDate.parse(asOf)));
    }
}
