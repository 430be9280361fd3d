package org.smecredit.monitoring.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.monitoring.repayment.RepaymentAllocation.Payment;
import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;

class LoanAssessmentTest {
    static final LoanAssessment.Terms TERMS = new LoanAssessment.Terms(new BigDecimal("300000.00"),
            LocalDate.parse("2026-11-17"), new BigDecimal("0.02"), new BigDecimal("0.45"));

    static final List<ScheduledInstallment> SCHEDULE = List.of(
            new ScheduledInstallment(1, LocalDate.parse("2026-09-17"), new BigDecimal("100000.00"), new BigDecimal("4850.00")),
            new ScheduledInstallment(2, LocalDate.parse("2026-10-17"), new BigDecimal("100000.00"), new BigDecimal("4445.83")),
            new ScheduledInstallment(3, LocalDate.parse("2026-11-17"), new BigDecimal("100000.00"), new BigDecimal("4041.67")));

    /** Installment 1 paid on its due date; 50,000 more received with value date 2026-12-01. */
    static final List<Payment> PAYMENTS = List.of(
            new Payment(UUID.fromString("00000000-0000-4000-8000-000000000002"), LocalDate.parse("2026-12-01"), new BigDecimal("50000.00")),
            new Payment(UUID.fromString("00000000-0000-4000-8000-000000000001"), LocalDate.parse("2026-09-17"), new BigDecimal("104850.00")));

    @ParameterizedTest(name = "as of {0}: {1} DPD, {2}, stage {3}, outstanding {4}, overdue interest {5}, EAD {6}, ECL {7}")
    @CsvSource({
            "2026-10-16, 0,  NORMAL,          1, 200000.00, 0.00,    200000.00, 1800.00",
            // installment 2 unpaid for 31 days; installment 3 due today adds its interest to EAD; < 1 year left
            "2026-11-17, 31, SPECIAL_MENTION, 2, 200000.00, 8487.50, 208487.50, 1876.39",
            // the 50,000 counts only from its value date
            "2026-11-30, 44, SPECIAL_MENTION, 2, 200000.00, 8487.50, 208487.50, 1876.39",
            // it paid interest 2 then 45,554.17 of principal 2: installment 2 still not fully paid
            "2027-01-17, 92, SUBSTANDARD,     3, 154445.83, 4041.67, 158487.50, 71319.38"
    })
    void assessesFromTheRepaymentsValuedByTheDate(String asOf, int dpd, LoanCategory category, int stage,
                                                  String outstanding, String overdueInterest, String ead, String ecl) {
        var a = LoanAssessment.assess(TERMS, SCHEDULE, PAYMENTS, LocalDate.parse(asOf), 7);
        assertEquals(dpd, a.daysPastDue());
        assertEquals(category, a.category());
        assertEquals(stage, a.stage());
        assertEquals(new BigDecimal(outstanding), a.outstandingPrincipal());
        assertEquals(new BigDecimal(overdueInterest), a.overdueInterest());
        assertEquals(new BigDecimal(ead), a.ead());
        assertEquals(new BigDecimal(ecl), a.ecl());
    }
}
